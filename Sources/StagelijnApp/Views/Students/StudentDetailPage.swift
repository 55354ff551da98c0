import Plot
import StagelijnCore
import Vapor

enum StudentDetailPage {
    struct Context {
        let student: StudentModel
        let placements: [PlacementModel]
        let today: LocalDate
        let canEdit: Bool
        let readiness: [ReadinessDecision]
        let canDecideReadiness: Bool
        let hours: StudentStageHours
    }

    static func render(_ req: Request, _ context: Context) -> Response {
        let student = context.student
        let chrome = PageChrome(req, title: student.fullName, section: .students)
        let age = student.birth.map { "\($0.dutch) (\($0.age(on: context.today)) jaar)" } ?? student.birthDate
        return Layout.page(chrome, .group(
            .h1(.text(student.fullName)),
            .if(context.canEdit, .div(.class("actions"),
                .a(.class("button secondary"), .attr("href", SitePath.studentEdit(student.id ?? UUID()).path), .text("Gegevens bewerken")),
                .if(chrome.user.map { AccessPolicy.allows($0.role, .view, .personalData) } ?? false,
                    .a(.class("button secondary"), .attr("href", StudentPrivacyController.path(student.id ?? UUID())),
                       .text("Privacy: inzage en verwijderen"))))),
            .dl(.class("facts"),
                .dt("Leerlingnummer"), .dd(.text(student.studentNumber)),
                .dt("Geboortedatum"), .dd(.text(age)),
                .dt("Schooltype"), .dd(.text(student.schoolType.dutchName)),
                .dt("Leerjaar en klas"), .dd(.text("\(student.schoolYearLevel) · \(student.className)")),
                .dt("Mentor"), .dd(.text(student.$mentor.value??.name ?? "nog niet gekoppeld")),
                .dt("Extra ondersteuning"), .dd(.text(student.needsSupport ? "ja" : "nee")),
                .dt("Sectoren"), .dd(.text(student.sectors.map(\.dutchName).joined(separator: ", ").ifEmpty("–"))),
                .dt("Adres"), .dd(.text([student.street, student.postcode, student.city].compactMap { $0 }.joined(separator: ", "))),
                .dt("Max. reisafstand"), .dd(.text("\(student.maxDistanceKm) km"))),
            .p(.a(.attr("href", StageLinePath.trajectory(student.id ?? UUID()).path), .text("Stagelijn →"))),
            .p(.a(.attr("href", SitePath.preferences(student.id ?? UUID()).path), .text("Stagewensen voor de matching →")),
               .if(context.canEdit, .group(.text(" · "),
                   .a(.attr("href", SitePath.guardians(student.id ?? UUID()).path), .text("Ouders en verzorgers (contactgegevens) →"))))),
            .h2(.text("Stages")),
            .if(context.placements.isEmpty, .p(.class("muted"), .text("Nog geen stage."))),
            .if(!context.placements.isEmpty, PlacementTable.node(context.placements, showStudent: false)),
            StudentRulesSections.hours(context.hours, schoolType: student.schoolType),
            StudentRulesSections.readiness(context, csrf: chrome.csrfToken)
        ))
    }
}

extension String {
    func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
