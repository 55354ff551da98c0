/// The look of the printed agreement: A4, a serif body, page numbers and the controlecode in the page margins
/// (CSS paged media, read by WeasyPrint; a browser prints the footer at the end instead).
enum AgreementDocumentStyle {
    /// The stylesheet with the controlcode in every page's footer. Only a hex hash goes into the CSS string.
    static func css(controlCode hash: String) -> String {
        let safe = hash.allSatisfy { $0.isHexDigit } ? hash : ""
        return template.replacingOccurrences(of: "__CONTROLCODE__", with: safe.isEmpty ? "" : "Controlecode \(safe)")
    }

    static var css: String { css(controlCode: "") }

    private static let template = """
    @page{size:A4;margin:18mm 20mm 20mm 20mm;
      @bottom-left{content:"__CONTROLCODE__";font:7pt Helvetica,Arial,sans-serif;color:#777}
      @bottom-right{content:"Pagina " counter(page) " van " counter(pages);font:8pt Helvetica,Arial,sans-serif;color:#555}}
    html{background:#fff}
    body.agreement{font:10pt/1.35 Georgia,"DejaVu Serif",serif;color:#111;max-width:48rem;margin:0 auto;padding:16px}
    .no-print{font:10pt Helvetica,Arial,sans-serif;margin-bottom:16px}
    .letterhead{border-bottom:2px solid #1d5fa8;padding-bottom:4px;margin-bottom:12px;display:flex;justify-content:space-between;align-items:baseline}
    .letterhead p{margin:0}.letterhead .school{font:bold 14pt Helvetica,Arial,sans-serif;color:#1d5fa8}
    .letterhead .address{font:9pt Helvetica,Arial,sans-serif;color:#555}
    h1{font:bold 18pt Helvetica,Arial,sans-serif;margin:0}
    .subtitle{margin:0 0 8px;color:#555;font-style:italic}
    h2{font:bold 10.5pt Helvetica,Arial,sans-serif;margin:10px 0 2px;color:#1d3c66;page-break-after:avoid}
    .article{page-break-inside:avoid}.article p{margin:2px 0}.article ul{margin:2px 0 2px 18px;padding:0}
    table{border-collapse:collapse;width:100%;margin:2px 0 6px}
    th,td{border:1px solid #bbb;padding:2px 6px;text-align:left;vertical-align:top}
    table.parties th{width:28%;background:#f2f5f9;font:bold 9.5pt Helvetica,Arial,sans-serif}
    .signatures{page-break-inside:avoid;margin-top:10px}
    table.signature-block th{background:#f2f5f9;font:bold 9.5pt Helvetica,Arial,sans-serif}
    table.signature-block td{height:2em;vertical-align:middle}
    .annex{page-break-before:always}
    pre.document{white-space:pre-wrap;font:10pt/1.45 Georgia,serif}
    .document-footer{margin-top:20px;border-top:1px solid #ccc;padding-top:4px;font:8pt Helvetica,Arial,sans-serif;color:#666}
    .document-footer p{margin:0;overflow-wrap:anywhere}
    .party-details{color:#444;font-size:9pt}
    @media print{.no-print{display:none}body.agreement{padding:0;max-width:none}}
    """
}
