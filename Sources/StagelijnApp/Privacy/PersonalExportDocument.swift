import Foundation
import Plot

/// The per-person export as a readable document (HTML → PDF with WeasyPrint), with the JSON attached to the PDF so
/// one download holds both.
enum PersonalExportDocument {
    static let tableNames: [String: String] = [
        "students": "Leerlinggegevens", "placements": "Stages", "placement_status_changes": "Statuswijzigingen",
        "agreements": "Stageovereenkomsten", "agreement_signatures": "Handtekeningen", "hour_entries": "Gewerkte uren",
        "supervision_records": "Bezoeken en contactmomenten", "student_guardians": "Ouders en verzorgers",
        "memberships": "Toegang tot accounts", "student_preferences": "Voorkeuren", "readiness_decisions": "Gereedheid",
        "matching_overrides": "Aanpassingen in de matching", "placement_schedules": "Werkroosters",
        "workplace_mentors": "Praktijkbegeleiders", "audit_entries": "Logboek: wie heeft wat gezien of gewijzigd",
        "access_links": "Persoonlijke links", "outbox_messages": "Verzonden berichten", "student_departures": "Vertrek van school",
    ]

    static func html(_ result: PersonalExport.Result) -> String {
        let json = result.json.encoded()
        let html = HTML(
            .lang(.dutch),
            .head(
                .meta(.charset(.utf8)),
                .element(named: "title", text: "Gegevens van \(result.student.fullName)"),
                .element(named: "style", text: css),
                .link(.attr("rel", "attachment"), .attr("href", "data:application/json;base64,\(json.base64EncodedString())"),
                      .attr("title", "gegevens.json"))
            ),
            .body(
                .h1(.text("Gegevens van \(result.student.fullName)")),
                .p(.text("Alles wat Stagelijn over deze leerling bewaart, gemaakt op \(DutchFormat.dateTime(result.generatedAt)). "
                         + "Dezelfde gegevens zitten als JSON-bestand (gegevens.json) als bijlage in deze PDF.")),
                .forEach(result.sections) { section in
                    .section(
                        .h2(.text("\(tableNames[section.table] ?? section.table) (\(section.rows.count))")),
                        .forEach(section.rows) { row in
                            .table(.tbody(.forEach(row.keys.sorted()) { key in
                                .tr(.th(.text(key)), .td(.text(text(row[key]))))
                            }))
                        })
                }
            )
        )
        return html.render()
    }

    static func text(_ value: JSONValue?) -> String {
        switch value {
        case let .string(text)?: String(text.prefix(2000))
        case let .number(number)?: number == number.rounded() ? String(Int64(number)) : String(number)
        case let .bool(flag)?: flag ? "ja" : "nee"
        case .null?, nil: "—"
        default: String(decoding: value?.encoded() ?? Data(), as: UTF8.self)
        }
    }

    static let css = """
    @page { size: A4; margin: 18mm 15mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; } }
    body { font-family: sans-serif; font-size: 9.5pt; color: #111; }
    h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 14pt; border-bottom: 1px solid #999; }
    table { border-collapse: collapse; width: 100%; margin: 4pt 0 8pt; page-break-inside: avoid; }
    th { text-align: left; width: 30%; font-weight: normal; color: #444; vertical-align: top; padding: 1pt 4pt; }
    td { padding: 1pt 4pt; word-break: break-word; }
    tr:nth-child(odd) { background: #f3f3f3; }
    """
}
