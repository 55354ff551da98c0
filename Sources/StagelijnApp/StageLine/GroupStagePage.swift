import Plot
import StagelijnCore
import Vapor

/// The group-stage planning page: per location a week grid with taken/capacity per dagdeel and who comes, the
/// capacity to edit, automatic planning, changes by hand, attendance of a day.
enum GroupStagePage {
    struct Data {
        let locations: [GroupStageLocationModel]
        let slots: [GroupStageSlotModel]
        let students: [StudentModel]
        let date: LocalDate
        let attendance: [String: String]
        let canEdit: Bool
        var newLocation = Forms.Values(["capacity": "\(GroupStagePlanning.defaultCapacity)"])
    }

    static func render(_ req: Request, data: Data, status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Groepsstage", section: .students)
        let names = Dictionary(data.students.compactMap { s in s.id.map { ($0, s.fullName) } }, uniquingKeysWith: { a, _ in a })
        let planned = Set(data.slots.map { $0.$student.id })
        let waiting = data.students.filter { !planned.contains($0.id ?? UUID()) }
        return Layout.page(chrome, status: status, .group(
            StageLinePath.styles(),
            .p(.a(.attr("href", StageLinePath.overview.path), .text("← Stagelijn"))),
            .h1(.text("Groepsstage")),
            .p(.text("Op een externe locatie met een begeleider van school. Per dagdeel past een vast aantal leerlingen (standaard 5).")),
            .if(data.locations.isEmpty, .p(.class("notice"), .text("Er is nog geen locatie. Voeg hieronder een locatie toe."))),
            .forEach(data.locations) { location in locationBlock(location, data, names: names, csrf: chrome.csrfToken) },
            .h2(.text("Leerlingen in de groepsstage")),
            .p(.text(DutchFormat.count(data.students.count, "leerling", "leerlingen") + "; "
                     + (waiting.isEmpty ? "iedereen is ingedeeld." : "nog niet ingedeeld: " + waiting.map(\.fullName).joined(separator: ", ") + "."))),
            .if(data.canEdit && !data.locations.isEmpty, .group(
                .form(.method(.post), .attr("action", StageLinePath.groupPlan.path), Forms.csrf(chrome.csrfToken),
                      Forms.text("Dagdelen per leerling per week", "dagdelen", .init(["dagdelen": "2"]), type: .number),
                      .button(.type(.submit), .text("Weekplanning maken"))),
                addSlotForm(data, csrf: chrome.csrfToken))),
            attendance(data, names: names, csrf: chrome.csrfToken),
            .if(data.canEdit, newLocationForm(data.newLocation, csrf: chrome.csrfToken))
        ))
    }

    private static func locationBlock(_ location: GroupStageLocationModel, _ data: Data, names: [UUID: String],
                                      csrf: String) -> Node<HTML.BodyContext> {
        let capacity = location.capacityPerDagdeel
        let mine = data.slots.filter { $0.$location.id == location.id }
        let cell = { (dagdeel: Dagdeel) -> Node<HTML.BodyContext> in
            let here = mine.filter { $0.dagdeel == dagdeel.code }
            let cap = capacity[dagdeel] ?? 0
            return .group(
                .p(.attr("class", here.count >= cap && cap > 0 ? "full" : ""), .text(cap == 0 ? "dicht" : "\(here.count) van \(cap)")),
                .ul(.forEach(here) { slot in
                    .li(.text(names[slot.$student.id] ?? "leerling"),
                        .if(data.canEdit, .form(.method(.post), .class("inline"), .attr("action", StageLinePath.groupSlotEnd(slot.id ?? UUID()).path),
                                                Forms.csrf(csrf), .button(.type(.submit), .class("link"), .text("stoppen")))))
                }))
        }
        return .group(
            .h2(.text(location.name + (location.active ? "" : " (niet actief)"))),
            .p(.text([location.address, location.supervisorName.isEmpty ? "" : "begeleider: \(location.supervisorName)"]
                .filter { !$0.isEmpty }.joined(separator: " · "))),
            .table(.class("stack-on-phone grid"),
                   .thead(.tr(.th("Dag"), .th("Ochtend"), .th("Middag"))),
                   .tbody(.forEach(1...5) { day in
                       .tr(.td(.text(["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"][day - 1])),
                           .td(cell(Dagdeel(weekday: day, afternoon: false)!)), .td(cell(Dagdeel(weekday: day, afternoon: true)!)))
                   })),
            .if(data.canEdit, .details(.class("decide"), .summary(.text("Capaciteit van \(location.name) aanpassen")),
                .form(.method(.post), .attr("action", StageLinePath.groupLocation(location.id ?? UUID()).path), Forms.csrf(csrf),
                      .table(.class("grid"), .thead(.tr(.th("Dag"), .th("Ochtend"), .th("Middag"))),
                             .tbody(.forEach(1...5) { day in
                                 .tr(.td(.text(["ma", "di", "wo", "do", "vr"][day - 1])),
                                     .forEach([false, true]) { afternoon in
                                         let dagdeel = Dagdeel(weekday: day, afternoon: afternoon)!
                                         return .td(.input(.type(.number), .attr("name", "cap-\(dagdeel.code)"), .attr("min", "0"), .attr("max", "50"),
                                                           .attr("value", "\(capacity[dagdeel] ?? 0)"), .attr("aria-label", "Capaciteit \(dagdeel.dutch)")))
                                     })
                             })),
                      Forms.checkbox("Locatie in gebruik", "active", .init(["active": location.active ? "ja" : ""])),
                      .button(.type(.submit), .text("Capaciteit opslaan")))))
        )
    }

    private static func addSlotForm(_ data: Data, csrf: String) -> Node<HTML.BodyContext> {
        .details(.class("decide"), .summary(.text("Een leerling met de hand indelen")),
            .form(.method(.post), .attr("action", StageLinePath.groupSlots.path), Forms.csrf(csrf),
                  Forms.select("Leerling", "student", .init(), options: data.students.map { ($0.id?.uuidString ?? "", $0.fullName) }),
                  Forms.select("Locatie", "location", .init(), options: data.locations.filter(\.active).map { ($0.id?.uuidString ?? "", $0.name) }),
                  Forms.select("Dagdeel", "dagdeel", .init(), options: Dagdeel.all.map { ($0.code, $0.dutch) }),
                  .button(.type(.submit), .text("Indelen"))))
    }

    private static func attendance(_ data: Data, names: [UUID: String], csrf: String) -> Node<HTML.BodyContext> {
        let today = data.slots.filter { Dagdeel(code: $0.dagdeel)?.weekday == data.date.isoWeekday }
            .sorted { ($0.dagdeel, names[$0.$student.id] ?? "") < ($1.dagdeel, names[$1.$student.id] ?? "") }
        return .group(
            .h2(.id("aanwezigheid"), .text("Aanwezigheid op \(data.date.dutch)")),
            .form(.method(.get), .attr("action", StageLinePath.groupStage.path),
                  Forms.text("Andere datum", "datum", .init(["datum": data.date.iso]), type: .date),
                  .button(.type(.submit), .class("secondary"), .text("Toon"))),
            today.isEmpty ? .p(.text("Op deze dag is niemand ingedeeld.")) :
                .table(.class("stack-on-phone"),
                       .thead(.tr(.th("Leerling"), .th("Dagdeel"), .th("Aanwezig?"))),
                       .tbody(.forEach(today) { slot in
                           let current = data.attendance["\(slot.$student.id)|\(slot.dagdeel)"]
                           return .tr(.td(.text(names[slot.$student.id] ?? "leerling")),
                                      .td(.text(Dagdeel(code: slot.dagdeel)?.dutch ?? slot.dagdeel)),
                                      .td(.if(data.canEdit,
                                              .form(.method(.post), .attr("action", StageLinePath.groupAttendance.path), Forms.csrf(csrf),
                                                    .input(.type(.hidden), .attr("name", "slot"), .attr("value", slot.id?.uuidString ?? "")),
                                                    .input(.type(.hidden), .attr("name", "date"), .attr("value", data.date.iso)),
                                                    .forEach(["aanwezig", "afgemeld", "afwezig"]) { option in
                                                        .button(.type(.submit), .attr("name", "presence"), .attr("value", option),
                                                                .attr("class", current == option ? "" : "secondary"),
                                                                .text((current == option ? "✓ " : "") + option))
                                                    }),
                                              else: .text(current ?? "—"))))
                       }))
        )
    }

    private static func newLocationForm(_ values: Forms.Values, csrf: String) -> Node<HTML.BodyContext> {
        .group(.h2(.text("Locatie toevoegen")),
               .form(.method(.post), .attr("action", StageLinePath.groupLocations.path), Forms.csrf(csrf),
                     Forms.errorSummary(values),
                     Forms.text("Naam", "name", values, required: true),
                     Forms.text("Adres", "address", values),
                     Forms.text("Begeleider van school", "supervisor", values),
                     Forms.text("Leerlingen per dagdeel", "capacity", values, type: .number),
                     Forms.checkboxes("Open op", "open", values, options: Dagdeel.all.map { ($0.code, $0.dutch) }),
                     .p(.class("hint"), .text("Niets aangevinkt = elke dag, ochtend en middag.")),
                     .button(.type(.submit), .text("Locatie toevoegen"))))
    }
}
