import Plot
import StagelijnCore

/// Charts drawn on the server as SVG (no JavaScript): horizontal bars from 0 to 100 %, a label above each bar so it
/// reads at 390 px, and the norm as a line. The SVG is hidden from screen readers; the same numbers stand in a
/// table beside it.
enum QualityChart {
    struct Bar {
        var label: String
        var percent: Int?
        var text: String
        /// This bar's own norm (a requirement chart has one norm per bar); drawn as a tick.
        var norm: Int? = nil
    }

    static let width = 340.0
    static let rowHeight = 44.0

    static func svg(_ bars: [Bar], norm: Int? = nil, title: String) -> String {
        let height = Double(max(1, bars.count)) * rowHeight + 8
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
                     + "width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-hidden=\"true\" focusable=\"false\">",
                     "<title>\(escape(title))</title>"]
        let area = width - 70
        for (index, bar) in bars.enumerated() {
            let y = Double(index) * rowHeight
            parts.append("<text x=\"0\" y=\"\(format(y + 14))\" font-size=\"13\" fill=\"#1a1a1a\">\(escape(bar.label))</text>")
            parts.append("<rect x=\"0\" y=\"\(format(y + 20))\" width=\"\(format(area))\" height=\"16\" fill=\"#eef1f4\"/>")
            if let percent = bar.percent {
                let target = bar.norm ?? norm
                parts.append("<rect class=\"bar\" x=\"0\" y=\"\(format(y + 20))\" width=\"\(format(area * Double(min(100, max(0, percent))) / 100))\" "
                             + "height=\"16\" fill=\"\(target.map { percent >= $0 ? "#1d6b3a" : "#b3261e" } ?? "#1f4e8c")\"/>")
                parts.append("<text x=\"\(format(area + 6))\" y=\"\(format(y + 33))\" font-size=\"13\" font-weight=\"bold\" fill=\"#1a1a1a\">\(escape(bar.text))</text>")
            } else {
                // No bar (no value, too few, not available): the words inside the empty track, so they always fit.
                parts.append("<text x=\"6\" y=\"\(format(y + 32))\" font-size=\"12\" fill=\"#444\">\(escape(bar.text))</text>")
            }
            if let own = bar.norm {
                let x = area * Double(min(100, max(0, own))) / 100
                parts.append("<line x1=\"\(format(x))\" y1=\"\(format(y + 17))\" x2=\"\(format(x))\" y2=\"\(format(y + 39))\" stroke=\"#1a1a1a\" stroke-width=\"2\"/>")
            }
        }
        if let norm {
            let x = area * Double(norm) / 100
            parts.append("<line x1=\"\(format(x))\" y1=\"16\" x2=\"\(format(x))\" y2=\"\(format(height - 4))\" stroke=\"#1a1a1a\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>")
        }
        parts.append("</svg>")
        return parts.joined()
    }

    /// The chart with its table: on a wide screen side by side, on a phone the table below.
    static func figure(_ bars: [Bar], norm: Int? = nil, title: String, columns: (String, String) = ("Groep", "Waarde"))
        -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [
            .class("chart-figure"),
            .element(named: "figcaption", text: title + (norm.map { " (norm \($0) %, gestippelde lijn)" }
                                                       ?? (bars.contains { $0.norm != nil } ? " (de streep is de norm; groen gehaald, rood niet)" : ""))),
            .div(.class("chart-pair"),
                 .div(.class("chart-svg"), .raw(svg(bars, norm: norm, title: title))),
                 .div(.class("table-wrap"), .table(
                    .thead(.tr(.th(.attr("scope", "col"), .text(columns.0)), .th(.attr("scope", "col"), .text(columns.1)))),
                    .tbody(.forEach(bars) { bar in .tr(.th(.attr("scope", "row"), .text(bar.label)), .td(.text(bar.text))) })))),
        ])
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }

    private static func format(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Styles for the charts, added to the page (the shared stylesheet stays untouched).
    static let css = """
        .chart-figure{margin:1rem 0 1.5rem}.chart-figure figcaption{font-weight:bold;margin-bottom:.4rem}
        .chart-pair{display:grid;grid-template-columns:1fr;gap:.75rem}.chart-svg svg{max-width:480px;display:block}
        .chart-figure tbody th{text-transform:none;font-weight:normal;letter-spacing:0;font-size:inherit;color:inherit}
        @media (min-width:760px){.chart-pair{grid-template-columns:minmax(0,3fr) minmax(0,2fr)}}
        .verdict-met{color:#1d6b3a;font-weight:bold}.verdict-not{color:#b3261e;font-weight:bold}
        .gap{border-left:4px solid #8a6d00;background:#fff8e1;padding:.5rem .75rem}
        """
}
