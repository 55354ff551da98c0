import Plot
import StagelijnCore
import Vapor

/// The weekly work pattern of a placement with the result of the youth-labour check next to each day.
enum SchedulePage {
    struct Context {
        let placement: PlacementModel
        let values: Forms.Values
        let violations: [ScheduleViolation]
        let canEdit: Bool
        let canOverride: Bool
        let storedReason: String?
        var error: String? = nil
    }

    static let kinds = StageKind.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let exceptions = ScheduleException.allCases.map { (value: $0.rawValue, label: $0.dutchName) }

    /// Violations grouped per rule: one line per rule with how many dates and the first message.
    static func summary(_ violations: [ScheduleViolation]) -> [(rule: ScheduleRule, count: Int, first: ScheduleViolation)] {
        let grouped = Dictionary(grouping: violations, by: \.rule)
        return grouped.keys.sorted().compactMap { rule in
            grouped[rule].flatMap { list in list.first.map { (rule, list.count, $0) } }
        }
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let placement = context.placement
        let id = placement.id ?? UUID()
        let chrome = PageChrome(req, title: "Rooster \(placement.student.fullName)", section: .placements)
        let v = context.values
        let perWeekday = Dictionary(grouping: context.violations) { $0.date.isoWeekday }
        let birth = placement.student.birth
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Werkrooster van \(placement.student.fullName)")),
            .p(.text("Periode \(placement.period.label). "
                     + (birth.map { "Leeftijd bij de start: \($0.age(on: placement.period.start)) jaar." } ?? ""))),
            .unwrap(context.error) { Forms.alert($0) },
            violationsBox(context),
            .form(.method(.post), .attr("action", SitePath.schedule(id).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                Forms.errorSummary(v),
                Forms.select("Soort stage", "stageKind", v, options: kinds, required: true),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Dag"), .th("Werkt"), .th("Begin"), .th("Einde"), .th("Pauze (min)"), .th("Schooldag"), .th("Controle"))),
                    .tbody(.forEach(1...7) { day in
                        .tr(.th(.text(WeekdayHours.dutchWeekdays[day - 1])),
                            .td(checkbox("works\(day)", v, label: "werkt op \(WeekdayHours.dutchWeekdays[day - 1])")),
                            .td(input("start\(day)", v, type: .time)),
                            .td(input("end\(day)", v, type: .time)),
                            .td(input("break\(day)", v, type: .number)),
                            .td(checkbox("school\(day)", v, label: "schooldag")),
                            .td(dayCheck(perWeekday[day] ?? [], field: ["start\(day)", "end\(day)", "break\(day)"].compactMap { v.error($0) })))
                    }))),
                Forms.checkboxes("Vastgelegde afspraken over zondagswerk", "exceptions", v, options: exceptions),
                .if(context.canOverride, Forms.textArea("Onderbouwde uitzondering (alleen als het rooster een regel overtreedt)",
                                                        "overrideReason", v,
                                                        hint: "Bijvoorbeeld een wettelijke uitzondering (bakkerij). Wordt vastgelegd en geteld in het kwaliteitsoverzicht.")),
                .if(context.canEdit, .div(.class("actions"), .button(.type(.submit), .text("Controleren en opslaan")))))
        ))
    }

    private static func violationsBox(_ context: Context) -> Node<HTML.BodyContext> {
        if context.violations.isEmpty {
            return .div(.class("notice ok"), .p(.text("Dit rooster voldoet aan de jeugdarbeidsregels voor de hele periode.")))
        }
        return .div(.class("notice warn"), .attr("role", "alert"),
            .p(.strong("Dit rooster overtreedt de jeugdarbeidsregels (\(context.violations.count) keer in de periode):")),
            .ul(.forEach(summary(context.violations)) { item in
                .li(.strong(.text(item.rule.dutchName)), .text(" — \(item.count)× (eerste keer \(item.first.date.dutch)). \(item.first.message) "),
                    .small(.text("Bron: \(item.first.source)")))
            }),
            .unwrap(context.storedReason) { .p(.text("Opgeslagen met uitzondering: \($0)")) })
    }

    private static func dayCheck(_ violations: [ScheduleViolation], field errors: [String]) -> Node<HTML.BodyContext> {
        if let error = errors.first { return .span(.class("field-error"), .text(error)) }
        let rules = Array(Set(violations.map(\.rule))).sorted()
        if rules.isEmpty { return .text("") }
        return .span(.class("field-error"), .text(rules.map(\.dutchName).joined(separator: ", ")))
    }

    private static func input(_ name: String, _ values: Forms.Values, type: HTMLInputType) -> Node<HTML.BodyContext> {
        .input(.type(type), .attr("name", name), .attr("id", name), .attr("value", values[name]),
               .attr("aria-label", name),
               .attr("aria-invalid", values.error(name) == nil ? nil : "true"))
    }

    private static func checkbox(_ name: String, _ values: Forms.Values, label: String) -> Node<HTML.BodyContext> {
        .input(.type(.checkbox), .attr("name", name), .attr("id", name), .value("ja"), .attr("aria-label", label),
               .attr("checked", ["ja", "on"].contains(values[name]) ? "checked" : nil))
    }
}
