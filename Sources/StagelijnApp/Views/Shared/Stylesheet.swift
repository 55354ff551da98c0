/// The one stylesheet, served from memory with a long cache time. Mobile first: a praktijkbegeleider or a student
/// often opens Stagelijn on a phone.
enum Stylesheet {
    static let css = """
    :root{--ink:#1d2430;--muted:#5b6573;--line:#d6dbe1;--accent:#0b5cad;--bad:#b3261e;--ok:#1e6b36;--bg:#f6f7f9}
    *{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
    a{color:var(--accent)}.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px}
    header.top{background:#fff;border-bottom:1px solid var(--line);padding:8px 16px;display:flex;flex-wrap:wrap;gap:8px 24px;align-items:center}
    .brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--ink)}
    nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:4px 14px}
    nav a{text-decoration:none;padding:4px 0}nav a[aria-current]{border-bottom:3px solid var(--accent);font-weight:600}
    .who{margin-left:auto;color:var(--muted);font-size:.9rem;display:flex;gap:8px;align-items:center;flex-wrap:wrap}
    main{max-width:1100px;margin:0 auto;padding:16px}footer{color:var(--muted);font-size:.85rem;text-align:center;padding:24px}
    h1{font-size:1.6rem;margin:.2em 0 .6em}h2{font-size:1.2rem}
    table{width:100%;border-collapse:collapse;background:#fff}th,td{text-align:left;padding:8px;border-bottom:1px solid var(--line);vertical-align:top}
    th{font-size:.85rem;color:var(--muted);text-transform:uppercase;letter-spacing:.03em}
    .table-wrap{overflow-x:auto}
    form.stack{background:#fff;padding:16px;border:1px solid var(--line);border-radius:8px;max-width:720px}
    .field{margin:0 0 14px;border:0;padding:0}.field label,legend{display:block;font-weight:600;margin-bottom:4px}
    input[type=text],input[type=email],input[type=password],input[type=date],input[type=number],input[type=search],select,textarea{width:100%;padding:10px;border:1px solid #9aa4b1;border-radius:6px;font:inherit;background:#fff}
    .checkbox{display:flex;gap:8px;align-items:center}.checkbox label{margin:0}
    .choices{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:4px 12px}.choices label{font-weight:400}
    .invalid input,.invalid select,.invalid textarea{border-color:var(--bad);border-width:2px}
    .error{color:var(--bad);margin:2px 0 4px;font-weight:600}.hint{color:var(--muted);margin:0 0 4px;font-size:.9rem}
    .error-summary{border:3px solid var(--bad);background:#fff;padding:8px 16px;margin-bottom:16px;border-radius:8px}
    .flash{background:#e7f4ea;border-left:5px solid var(--ok);padding:10px 14px}
    button,.button{display:inline-block;background:var(--accent);color:#fff;border:0;border-radius:6px;padding:10px 18px;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
    button.secondary,.button.secondary{background:#fff;color:var(--accent);border:1px solid var(--accent)}
    button.link{background:none;color:var(--accent);padding:0;text-decoration:underline;font-weight:400}
    form.inline{display:inline}.actions{display:flex;gap:10px;flex-wrap:wrap;margin:12px 0}
    .filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end;margin-bottom:12px}.filters .field{margin:0;min-width:160px;flex:1}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:12px;margin-bottom:20px}
    .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px}.card .number{font-size:2rem;font-weight:700}
    dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px;border:1px solid var(--line);border-radius:8px}
    dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
    .badge{display:inline-block;padding:1px 8px;border-radius:999px;background:#e8edf3;font-size:.85rem}
    .badge.terminated{background:#fbe4e2}.badge.active{background:#e7f4ea}.badge.completed{background:#e3e9f7}
    .problems td:first-child{white-space:nowrap}.muted{color:var(--muted)}.pager{display:flex;gap:12px;margin-top:12px}
    @media (max-width:640px){th.optional,td.optional{display:none}main{padding:10px}}
    .notice{border-left:4px solid #1d5fa8;background:#eef4fb;padding:8px 12px;margin:12px 0}
    .notice.ok{border-color:#2e7d32;background:#edf7ee}
    .notice.warn{border-color:#b26a00;background:#fff5e6}
    pre.document{white-space:pre-wrap;font-family:Georgia,serif;font-size:1rem;line-height:1.5;background:#fff;border:1px solid #ccc;padding:12px;max-width:48rem}
    .hint{color:#555;font-size:.9rem;overflow-wrap:anywhere}
    @media print{header.top,footer,.actions,form,.no-print{display:none}body{background:#fff}pre.document{border:none;padding:0}}
    @page{size:A4;margin:20mm}
    a.link-card{text-decoration:none;color:inherit;display:block}a.link-card:hover,a.link-card:focus{border-color:var(--accent)}
    a.link-card .number{color:var(--accent)}
    ul.plain{list-style:none;margin:0;padding:0}ul.todo{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 8px 8px 28px}
    ul.todo li{margin:6px 0}.bad{color:var(--bad)}
    @media (max-width:640px){table.stack-on-phone thead{display:none}table.stack-on-phone tr{display:block;border-bottom:1px solid var(--line);padding:6px 0}
    table.stack-on-phone td{display:block;border:0;padding:2px 8px}}
    @media (max-width:640px){.cards{grid-template-columns:1fr 1fr;gap:8px}.card{padding:8px}.card .number{font-size:1.4rem}}
    /* Meldpunt (issue 12): big touch targets on a phone, the follow-up code large enough to copy, a printable poster. */
    .meldpunt .lead{font-size:1.1rem}.choices-list .choice{display:flex;gap:10px;align-items:flex-start;padding:8px 0;border-bottom:1px solid var(--line)}
    .choices-list .choice input{width:1.4rem;height:1.4rem;flex:none;margin-top:2px}.choices-list .choice .hint{display:block;font-weight:normal}
    .code-box{background:#fff;border:2px solid var(--accent);border-radius:8px;padding:12px;margin:12px 0}
    .follow-up-code{font-family:ui-monospace,Menlo,monospace;font-size:1.8rem;letter-spacing:.08em;font-weight:bold;overflow-wrap:anywhere}
    .safeguarding{background:#fff5e6;border-left:4px solid #b26a00;padding:8px 12px;margin:12px 0}
    ol.messages{list-style:none;padding:0}ol.messages li{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
    ol.messages li.from-reporter{border-left:4px solid var(--accent)}.messages .meta{color:#555;font-size:.85rem;margin:0}
    .message-text{white-space:pre-wrap;overflow-wrap:anywhere}.report-text{background:#fff;border:1px solid var(--line);padding:12px;border-radius:8px}
    .meldpunt-home{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:12px 0}
    .subnav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0}strong.overdue{color:var(--bad)}
    .poster h1{font-size:2.4rem}.poster-lead{font-size:1.3rem}.poster-url{font-size:2rem;font-weight:bold;overflow-wrap:anywhere;border:3px solid #000;padding:12px;text-align:center}
    @media print{.poster{font-size:14pt}}
    .prewrap{white-space:pre-wrap;overflow-wrap:anywhere}img.photo{max-width:100%;height:auto;border-radius:8px}
    .badge.beoordeeld{background:#e7f4ea}.badge.bevestigen,.badge.beoordelen{background:#fdf3d8}
    .item.card{margin-bottom:10px}.item.card h3{margin:0 0 6px;font-size:1rem}.area h2{margin-top:24px}
    ul.side-by-side{list-style:none;padding:0;margin:0 0 6px;display:flex;flex-wrap:wrap;gap:2px 18px}
    ul.side-by-side li{display:block}ul.side-by-side .who{display:inline;color:var(--muted)}.growth{font-weight:700}
    fieldset.scores{display:grid;grid-template-columns:repeat(4,1fr);gap:6px;border:0;padding:0;margin:6px 0 0;min-width:0}
    fieldset.scores label{display:flex;align-items:center;justify-content:center;gap:6px;border:1px solid var(--line);border-radius:8px;padding:8px 4px;min-height:44px;background:#fff;cursor:pointer}
    fieldset.scores label:has(input:checked){background:#e3e9f7;border-color:#1f5fae;font-weight:600}
    @media (max-width:640px){fieldset.scores{grid-template-columns:1fr 1fr}}
    ul.goals li{margin-bottom:4px}form.inline{display:inline;margin-left:8px}button.link{background:none;border:0;color:#1f5fae;text-decoration:underline;padding:0;min-height:0;cursor:pointer}
    textarea#items{min-height:24em}.field.gap{border-bottom:1px solid var(--line);padding:6px 0}
    @media (max-width:640px){.cards.single-on-phone{grid-template-columns:1fr}.cards.single-on-phone input{max-width:100%}}
    .poster-qr svg{width:6cm;height:6cm;display:block;margin:12px auto}
    fieldset.scale{border:1px solid var(--line);border-radius:8px;background:#fff;padding:8px 12px;margin:0 0 10px}
    fieldset.scale .choices{display:flex;flex-wrap:wrap;gap:6px}fieldset.scale .choices label{border:1px solid var(--line);border-radius:8px;padding:8px 10px;min-height:44px;display:flex;align-items:center;gap:4px;background:#fff}
    fieldset.scale .choices label:has(input:checked){background:#e3e9f7;border-color:#1f5fae;font-weight:600}
    """
}
