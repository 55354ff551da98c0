import Plot
import StagelijnCore
import Vapor

/// `/kwaliteit`: the quality dashboard for leadership, the inspector and the coordinator. Read-only, no names,
/// groups below 5 as "< 5"; the coordinator may follow a figure to the stages behind it.
enum QualityDashboardPage {
    static func render(_ req: Request, _ d: QualityDashboard, drillDown: Bool, canEdit: Bool) -> Response {
        let chrome = PageChrome(req, title: "Kwaliteit van de stages", section: .quality)
        return Layout.page(chrome, .group(
            .raw("<link rel=\"stylesheet\" href=\"/assets/kwaliteit.css\">"),
            .h1(.text("Kwaliteit van de stages")),
            .p(.class("muted"), .text("\(d.schoolName), schooljaar \(d.year). Alleen aantallen, geen namen; een groep kleiner dan 5 staat als ‘< 5’.")),
            .nav(.attr("aria-label", "Schooljaar"), .p(.text("Schooljaar: "), .forEach(d.years) { year in
                .group(year == d.year ? .strong(.text(year)) : .a(.attr("href", "/kwaliteit?jaar=\(year)"), .text(year)), .text(" "))
            })),
            .p(.a(.attr("href", QualityPath.requirements.path), .text(canEdit ? "Kwaliteitseisen bekijken en aanpassen" : "Kwaliteitseisen")),
               .text(" · "), .a(.attr("href", QualityPath.calendar(year: nil).path), .text("Kwaliteitszorgkalender")),
               .text(" · "), .a(.attr("href", QualityPath.pdf.path + "?jaar=\(d.year)"), .text("Jaarrapport (PDF)")),
               .text(" · "), .a(.attr("href", QualityPath.csv.path + "?jaar=\(d.year)"), .text("Kengetallen (CSV)")),
               .if(drillDown, .group(.text(" · "), .a(.attr("href", EvaluationBankEditor.path), .text("Vragenlijst evaluatie"))))),
            sections(d, drillDown: drillDown)))
    }

    /// The content shared by the page and the PDF report.
    static func sections(_ d: QualityDashboard, drillDown: Bool, printed: Bool = false) -> Node<HTML.BodyContext> {
        /// On screen a section opens on request (no script: `details`); on paper everything is printed.
        func collapsible(_ summary: String, _ content: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
            printed ? .section(.h3(.text(summary)), content)
                    : .element(named: "details", nodes: [.element(named: "summary", text: summary), content])
        }
        return
.group(
            .h2(.text("Kwaliteitseisen en gemeten waarde")),
            QualityChart.figure(d.lines.map { line in
                QualityChart.Bar(label: line.requirement.indicator.dutchName,
                                 percent: (line.current?.counted ?? 0) >= SmallCellSuppression.threshold ? line.current?.percent : nil,
                                 text: line.valueText, norm: line.current == nil ? nil : line.requirement.norm)
            }, title: "Gemeten in \(d.year)", columns: ("Eis", "Gemeten")),
            .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .caption(.text("Eisen met norm, gemeten waarde en eigenaar, \(d.year)")),
                .thead(.tr(.th("Eis"), .th("Norm"), .th("Gemeten"), .th("Oordeel"), .th("Eigenaar"), .th("Hoe geteld"))),
                .tbody(.forEach(d.lines) { line in
                    .tr(.td(.text(line.requirement.statement)), .td(.text("\(line.requirement.norm) %")),
                        .td(.text(line.valueText + ((line.current?.counted ?? 0) >= SmallCellSuppression.threshold
                                                   ? " (\(line.current!.met) van \(line.current!.counted))" : ""))),
                        .td(.span(.attr("class", line.verdict == "gehaald" ? "verdict-met" : line.verdict == "niet gehaald" ? "verdict-not" : "muted"),
                                  .text(line.verdict))),
                        .td(.text(line.requirement.owner.dutchName + (line.requirement.ownerName.isEmpty ? "" : " (\(line.requirement.ownerName))"))),
                        .td(.a(.attr("href", QualityPath.definition(line.requirement.indicator.rawValue).path), .text("Definitie")),
                            .if(drillDown && line.current != nil && !line.requirement.indicator.isOutflow && line.requirement.indicator != .reportsAnswered,
                                .group(.text(" · "), .a(.attr("href", QualityPath.students(indicator: line.requirement.indicator.rawValue, year: d.year).path),
                                                       .text("Leerlingen"))))))
                }))),
            .if(!d.outflowAvailable, .div(.class("notice warn"), .p(.strong("Uitstroom nog niet beschikbaar: "),
                .text("plaatsing van schoolverlaters en wie er na 1 en 2 jaar nog zit komen uit de uitstroommonitor (peildatum 1 november). "
                      + "Die gegevens zijn in Stagelijn nog niet beschikbaar; de eisen staan er wel, met hun norm.")))),
            .h2(.text("Trend over de schooljaren")),
            .forEach(d.lines.filter { $0.byYear != nil }) { line in
                collapsible(line.requirement.indicator.dutchName,
                    QualityChart.figure(d.years.map { year in
                        let ratio = line.byYear?[year] ?? QualityRatio()
                        let shown = ratio.counted >= SmallCellSuppression.threshold
                        return QualityChart.Bar(label: year, percent: shown ? ratio.percent : nil,
                                                text: ratio.counted == 0 ? "–" : shown ? "\(ratio.percent ?? 0) %" : SmallCellSuppression.hiddenText)
                    }, norm: line.requirement.norm, title: "\(line.requirement.indicator.dutchName) per schooljaar", columns: ("Schooljaar", "Gemeten")))
            },
            .h2(.text("Uitgesplitst, \(d.year)")),
            .p(.class("muted"), .text("Per schooltype, leerjaar, sector en ondersteuningsbehoefte. Staat een groep op ‘< 5’, dan is soms ook een tweede groep verborgen, zodat niemand hem uit het totaal kan terugrekenen.")),
            .forEach(QualityDashboard.stageIndicators.filter { indicator in d.breakdowns.contains { $0.indicator == indicator } }) { indicator in
                collapsible(indicator.dutchName,
                    .forEach(d.breakdowns.filter { $0.indicator == indicator }) { item in
                        QualityChart.figure(item.groups.map { QualityChart.Bar(label: $0.label, percent: $0.hidden ? nil : $0.ratio.percent, text: $0.percentText) },
                                            norm: d.lines.first { $0.requirement.indicator == indicator }?.requirement.norm,
                                            title: "\(indicator.dutchName) per \(item.dimension.dutchName.lowercased())",
                                            columns: (item.dimension.dutchName, "Gemeten"))
                    })
            },
            satisfaction(d), responseAndReports(d))
    }

    static func satisfaction(_ d: QualityDashboard) -> Node<HTML.BodyContext> {
        let current = d.satisfaction.first { $0.year == d.year }
        func bar(_ label: String, _ ratio: QualityRatio?) -> QualityChart.Bar {
            let ratio = ratio ?? QualityRatio()
            let shown = ratio.counted >= SmallCellSuppression.threshold
            return .init(label: label, percent: shown ? ratio.percent : nil,
                         text: ratio.counted == 0 ? "–" : shown ? "\(ratio.percent ?? 0) % (\(ratio.counted) antwoorden)" : SmallCellSuppression.hiddenText)
        }
        return .group(
            .h2(.text("Tevredenheid over de begeleiding")),
            .p(.text("Leerlingen die tevreden zijn over de begeleiding door school en door het bedrijf (antwoord 4 of 5). Landelijk: 37 % tevreden over school (JOB-monitor 2025). "),
               .a(.attr("href", QualityPath.definition("tevredenheid").path), .text("Definitie"))),
            QualityChart.figure([bar("Begeleiding door school", current?.school), bar("Begeleiding door het bedrijf", current?.company)],
                                title: "Tevreden leerlingen, \(d.year)", columns: ("Begeleiding", "Tevreden")))
    }

    static func responseAndReports(_ d: QualityDashboard) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text("Respons op de evaluatie per perspectief")),
            .p(.a(.attr("href", QualityPath.definition("respons").path), .text("Definitie"))),
            QualityChart.figure(d.evaluationResponse.map { item in
                let shown = item.ratio.counted >= SmallCellSuppression.threshold
                return .init(label: item.perspective.dutchName, percent: shown ? item.ratio.percent : nil,
                             text: item.ratio.counted == 0 ? "nog niets verstuurd" : shown ? "\(item.ratio.percent ?? 0) % (\(item.ratio.met) van \(item.ratio.counted))" : SmallCellSuppression.hiddenText)
            }, norm: d.lines.first { $0.requirement.indicator == .evaluationResponse }?.requirement.norm,
               title: "Respons per perspectief, \(d.year)", columns: ("Perspectief", "Respons")),
            .h2(.text("Meldingen en reactietijd")),
            .p(.a(.attr("href", QualityPath.definition("meldingen").path), .text("Definitie"))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Schooljaar"), .th("Meldingen"), .th("Op tijd beantwoord"), .th("Gemiddelde tot eerste reactie"))),
                .tbody(.if(d.reports.isEmpty, .tr(.td(.attr("colspan", "4"), .text("Nog geen meldingen.")))),
                       .forEach(d.reports) { r in
                    .tr(.td(.text(r.year)), .td(.text(SmallCellSuppression.text(r.received))),
                        .td(.text(r.answered.counted < SmallCellSuppression.threshold ? (r.answered.counted == 0 ? "–" : SmallCellSuppression.hiddenText) : "\(r.answered.percent ?? 0) %")),
                        .td(.text(r.received < SmallCellSuppression.threshold ? SmallCellSuppression.hiddenText
                                  : r.averageDays.map { String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") + " dagen" } ?? "–")))
                }))),
            .h2(.text("Voortijdig afgebroken stages")),
            .p(.a(.attr("href", QualityPath.definition("afgebroken").path), .text("Definitie"))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Schooljaar"), .th("Begonnen stages"), .th("Afgebroken"))),
                .tbody(.forEach(d.years) { year in
                    let r = d.terminated[year] ?? QualityRatio()
                    return .tr(.td(.text(year)), .td(.text(r.counted == 0 ? "0" : SmallCellSuppression.text(r.counted))),
                               .td(.text(r.counted < SmallCellSuppression.threshold ? (r.counted == 0 ? "–" : SmallCellSuppression.hiddenText)
                                         : r.met < SmallCellSuppression.threshold ? SmallCellSuppression.hiddenText : "\(r.met) (\(r.percent ?? 0) %)")))
                }))),
            .h2(.text("Uitstroom en schoolverlaters")),
            d.outflow.map { o in .div(.class("table-wrap"), .table(
                .caption(.text("Uitstroommonitor, gemeten in \(d.year)")),
                .tbody(.tr(.th(.attr("scope", "row"), .text("Schoolverlaters van vorig schooljaar")), .td(.text(o.leavers == 0 ? "0" : SmallCellSuppression.text(o.leavers)))),
                       .tr(.th(.attr("scope", "row"), .text("Uitval uit de stage dit schooljaar (met oorzaak en vervolgstap)")), .td(.text(o.dropouts.map { $0 == 0 ? "0" : SmallCellSuppression.text($0) } ?? "nog niet beschikbaar"))),
                       .tr(.td(.attr("colspan", "2"), .a(.attr("href", QualityPath.definition("uitstroom").path), .text("Definitie"))))))) } ??
                .div(.class("notice warn"), .p(.text("Nog niet beschikbaar: geplaatste schoolverlaters, uitval van school en uitstroom (peildatum 1 november) komen uit de uitstroommonitor, die nog niet aan dit overzicht is gekoppeld."))))
    }
}
