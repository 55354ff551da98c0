import Plot
import StagelijnCore
import Vapor

/// The coordinator's pages: the overview of where students are on their lines, the programme editor, the
/// interest-test items.
enum StageLineAdminPages {
    struct Group {
        let type: SchoolType
        let programme: StageLineProgramme
        let rows: [(position: LinePosition, students: [StudentModel])]
    }

    static func overview(_ req: Request, groups: [Group], canEdit: Bool, freePlaces: Int) -> Response {
        let chrome = PageChrome(req, title: "Stagelijn", section: .students)
        return Layout.page(chrome, .group(
            StageLinePath.styles(),
            .h1(.text("Stagelijn")),
            .p(.text("Waar staan de leerlingen op hun stagelijn? Klik op een naam voor de stagelijn van die leerling.")),
            .ul(.class("subnav"),
                .li(.a(.attr("href", StageLinePath.groupStage.path), .text("Groepsstage (\(DutchFormat.count(freePlaces, "plaats", "plaatsen")) vrij deze week)"))),
                .if(canEdit, .li(.a(.attr("href", StageLinePath.interestItems.path), .text("Uitspraken van de interessetest"))))),
            .if(groups.isEmpty, .p(.text("Er zijn nog geen leerlingen."))),
            .forEach(groups) { group in
                .group(
                    .h2(.text(group.type.dutchName.capitalizedFirstLetter)),
                    .if(canEdit, .p(.a(.attr("href", StageLinePath.programme(group.type.rawValue).path), .text("Stagelijn van \(group.type.dutchName) bewerken")))),
                    .table(.class("stack-on-phone"),
                           .thead(.tr(.th("Waar"), .th("Aantal"), .th("Leerlingen"))),
                           .tbody(.forEach(group.rows) { row in
                               .tr(.td(.text(row.position.dutch(in: group.programme))),
                                   .td(.text("\(row.students.count)")),
                                   .td(.forEach(Array(row.students.prefix(30).enumerated())) { index, student in
                                       .group(.if(index > 0, .text(", ")),
                                              .a(.attr("href", StageLinePath.trajectory(student.id ?? UUID()).path), .text(student.fullName)))
                                   }, .if(row.students.count > 30, .text(" en \(row.students.count - 30) meer"))))
                           })))
            }
        ))
    }

    static func programme(_ req: Request, _ programme: StageLineProgramme, values: Forms.Values,
                          problems: [String] = [], status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Stagelijn \(programme.schoolType.dutchName)", section: .students)
        return Layout.page(chrome, status: status, .group(
            StageLinePath.styles(),
            .p(.a(.attr("href", StageLinePath.overview.path), .text("← Stagelijn"))),
            .h1(.text("Stagelijn \(programme.schoolType.dutchName)")),
            .p(.text("Fasen en stappen in volgorde. Een stap wordt pas aangeboden als alle voorwaarden kloppen. "
                     + "Zet een stap uit als uw school hem niet gebruikt.")),
            .forEach(problems) { Forms.alert($0) },
            .form(.method(.post), .attr("action", StageLinePath.programme(programme.schoolType.rawValue).path), Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  .if(programme.schoolType == .vso, Forms.text("Profielen (met komma's)", "profiles", values)),
                  .forEach(Array(programme.phases.enumerated())) { index, phase in
                      .fieldset(.class("field"),
                                .element(named: "legend", text: "Fase \(index + 1)"),
                                Forms.text("Naam van de fase", "phase-\(index)-name", values),
                                Forms.text("Wanneer", "phase-\(index)-when", values),
                                .forEach(phase.steps) { step in stepFields(step, programme, values) })
                  },
                  .button(.type(.submit), .text("Stagelijn opslaan")))
        ))
    }

    private static func stepFields(_ step: StageLineStep, _ programme: StageLineProgramme, _ values: Forms.Values) -> Node<HTML.FormContext> {
        let p = "step-\(step.key)-"
        let other = step.conditions.filter {
            if case .minimumYear = $0 { return false }
            if case .minimumAge = $0 { return false }
            return true
        }
        return .div(.class("next"),
                    .h3(.text(step.name)),
                    Forms.checkbox("In gebruik", p + "inuse", values),
                    Forms.text("Naam", p + "name", values),
                    Forms.textArea("Omschrijving", p + "description", values),
                    .div(.class("cards single-on-phone"),
                         Forms.text("Dagen per week", p + "days", values, type: .number),
                         Forms.text("Uren per dag", p + "hours", values, type: .number),
                         Forms.text("Weken", p + "weeks", values, type: .number),
                         Forms.text("Vanaf leerjaar", p + "year", values, type: .number, hint: "leeg = geen voorwaarde"),
                         Forms.text("Vanaf leeftijd", p + "age", values, type: .number, hint: "leeg = geen voorwaarde")),
                    .if(!other.isEmpty, .p(.class("hint"), .text("Verder: " + other.map { $0.dutch(in: programme) }.joined(separator: "; ") + "."))))
    }

    static func items(_ req: Request, _ items: [InterestItem], problems: [String] = [], status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Uitspraken van de interessetest", section: .students)
        let rows = items + [InterestItem(key: "", sector: .householdCare, statement: "", picture: "")]
        return Layout.page(chrome, status: status, .group(
            StageLinePath.styles(),
            .p(.a(.attr("href", StageLinePath.overview.path), .text("← Stagelijn"))),
            .h1(.text("Uitspraken van de interessetest")),
            .p(.text("Korte zinnen in de je-vorm, met een plaatje (emoji). Minstens twee per sector. Maak een zin leeg om hem te schrappen; "
                     + "de lege regel onderaan voegt er een toe.")),
            .forEach(problems) { Forms.alert($0) },
            .form(.method(.post), .attr("action", StageLinePath.interestItems.path), Forms.csrf(chrome.csrfToken),
                  .table(.class("stack-on-phone"),
                         .thead(.tr(.th("Plaatje"), .th("Sector"), .th("Uitspraak"))),
                         .tbody(.forEach(Array(rows.enumerated())) { index, item in
                             .tr(.td(.input(.type(.text), .attr("name", "picture-\(index)"), .attr("value", item.picture),
                                            .attr("aria-label", "Plaatje \(index + 1)"), .attr("size", "3"))),
                                 .td(.select(.attr("name", "sector-\(index)"), .attr("aria-label", "Sector \(index + 1)"),
                                             .forEach(Sector.allCases) { sector in
                                                 .element(named: "option", nodes: [.attr("value", sector.rawValue),
                                                                                   .if(sector == item.sector, .attr("selected", "selected")),
                                                                                   .text(sector.dutchName)])
                                             })),
                                 .td(.input(.type(.text), .attr("name", "statement-\(index)"), .attr("value", item.statement),
                                            .attr("aria-label", "Uitspraak \(index + 1)"), .attr("maxlength", "140")),
                                     .input(.type(.hidden), .attr("name", "key-\(index)"), .attr("value", item.key))))
                         })),
                  .input(.type(.hidden), .attr("name", "count"), .attr("value", "\(rows.count)")),
                  .button(.type(.submit), .text("Uitspraken opslaan")))
        ))
    }
}
