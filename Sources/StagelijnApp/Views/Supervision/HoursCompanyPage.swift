import Plot
import StagelijnCore
import Vapor

/// The praktijkbegeleider's weekly confirmation on a phone (390 px): per week the days as a list, and — above the
/// buttons, where nobody can miss it — every day that breaks a youth labour rule, in words.
enum HoursCompanyPage {
    static func render(_ req: Request, link: AccessLinkModel, placement: PlacementModel,
                       weeks: [(monday: LocalDate, entries: [HourEntryModel])], error: String?, status: HTTPStatus,
                       agreementText: String? = nil) -> Response {
        let chrome = PageChrome(req, title: "Stage-uren bevestigen")
        let token = req.parameters.get("token") ?? ""
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage-uren van \(placement.student.fullName)")),
            .p(.text("Bij \(placement.position.company.name). Bevestig elke week met één tik, of vraag om een correctie met een opmerking.")),
            .unwrap(error) { Forms.alert($0) },
            .p(.a(.attr("href", AssignmentPath.company(token: token).path), .text("Praktijkopdrachten van \(placement.student.firstName) bevestigen"))),
            .p(.a(.attr("href", AssessmentPath.link(token: token).path), .text("Beoordelingen en doelen van \(placement.student.firstName)"))),
            .p(.a(.attr("href", EvaluationPath.link(token: token).path), .text("De stage evalueren (als de school u daarom vraagt)"))),
            .unwrap(agreementText) { text in
                .details(.summary("Stageovereenkomst en leerdoelen van \(placement.student.fullName)"), .pre(.class("document"), .text(text)))
            },
            .if(weeks.isEmpty, .p(.class("muted"), .text("De leerling heeft nog geen uren geschreven."))),
            .forEach(weeks) { week in
                .group(
                    HoursPages.weekHeading(week),
                    HoursPages.dayList(week.entries, editPlacement: nil),
                    .if(week.entries.contains { $0.confirmedAt == nil }, confirmForm(week, action: "/uren/\(token)/week", csrf: chrome.csrfToken)))
            },
            .p(.class("muted"), .a(.attr("href", placement.$school.value.map { MeldpuntPath.school(code: $0.code).path } ?? MeldpuntPath.choose.path),
                                   .text("Ziet u iets wat niet goed gaat voor deze leerling? Meld het bij de school, ook anoniem.")))
        ))
    }

    /// Days of the week that break a rule, e.g. "di 29-09-2026: maximale arbeidstijd per dag".
    static func violations(_ entries: [HourEntryModel]) -> [String] {
        entries.filter { !$0.violations.isEmpty }.sorted { $0.date < $1.date }
            .map { "\(HoursPages.dayLabel($0.date)): \(HoursPages.ruleNames($0.violations))" }
    }

    /// Confirm or ask for a correction of one week; also used per student on the weekly page for all students
    /// (`WorkplaceMentorHoursPage`), which posts the placement with it.
    static func confirmForm(_ week: (monday: LocalDate, entries: [HourEntryModel]), action: String, csrf: String,
                            placement: UUID? = nil) -> Node<HTML.BodyContext> {
        let problems = violations(week.entries)
        // Field ids carry the week (and the student): several forms on one page must not share an id (labels would point wrong).
        let key = placement.map { "\($0.uuidString)-\(week.monday.iso)" } ?? week.monday.iso
        let comment = "comment-\(key)", seen = "seen-\(key)"
        return .form(.method(.post), .attr("action", action), .class("stack"),
            Forms.csrf(csrf),
            .input(.type(.hidden), .name("monday"), .attr("value", week.monday.iso)),
            .unwrap(placement) { .input(.type(.hidden), .name("placement"), .attr("value", $0.uuidString)) },
            .if(!problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"),
                .h2(.text("Let op: deze week overtreedt de regels voor jeugdarbeid")),
                .ul(.forEach(problems) { .li(.text($0)) }),
                .p(.text("De school bespreekt dit met de leerling en met u. Klopt de registratie niet, vraag dan om een correctie.")),
                .div(.class("field checkbox"),
                     .input(.type(.checkbox), .name("violationsSeen"), .attr("id", seen), .value("ja")),
                     .label(.attr("for", seen), .text("Ik heb de overtreding gezien; de uren kloppen wel."))))),
            .div(.class("field"),
                 .label(.attr("for", comment), .text("Opmerking (verplicht bij een correctie)")),
                 .textarea(.name("comment"), .attr("id", comment), .rows(3))),
            .div(.class("actions"),
                 .button(.type(.submit), .name("action"), .value("bevestigen"), .text("Week bevestigen")),
                 .button(.type(.submit), .name("action"), .value("corrigeren"), .class("secondary"), .text("Klopt niet: corrigeren"))))
    }
}
