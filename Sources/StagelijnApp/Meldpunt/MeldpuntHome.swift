import Fluent
import Plot
import StagelijnCore
import Vapor

/// The meldpunt's block on the home pages: a "Melden" link for students and parents (issue 12: linked from every
/// student's and parent's home page) and, for handlers, the reports waiting longer than 3 school days.
/// `HomeController` calls `prepare` once; the home views call `block`, so their contexts stay as they are.
enum MeldpuntHome {
    struct Summary {
        var schoolCode: String?
        var overdue = 0
        var open = 0
        var isHandler = false
        var summaries: [IncidentSharedSummaryModel] = []
    }

    struct SummaryKey: StorageKey { typealias Value = Summary }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser else { return }
        var summary = Summary()
        if user.role == .student || user.role == .parent {
            summary.schoolCode = try await SchoolModel.find(user.schoolID, on: req.db)?.code
        } else if [.mentor, .supervisor].contains(user.role),
                  case let shared = try await req.meldpunt.summaries(for: user.userID, school: user.schoolID), !shared.isEmpty,
                  !(try await req.meldpunt.isHandler(user)) {
            summary.summaries = shared
        } else if try await req.meldpunt.isHandler(user) {
            summary.isHandler = true
            summary.overdue = try await req.meldpunt.overdueCount(school: user.schoolID, today: req.today)
            summary.open = try await IncidentReportModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
                .filter(\.$status ~~ [.new, .inProgress]).count()
        }
        req.storage[SummaryKey.self] = summary
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        guard let summary = req.storage[SummaryKey.self] else { return .empty }
        if let code = summary.schoolCode {
            let student = req.currentUser?.role == .student
            return .section(.class("meldpunt-home"),
                .h2(.text("Is er iets niet goed?")),
                .p(.text(student ? "Word je gepest, anders behandeld of voel je je niet veilig bij het zoeken naar een stage of op je stage? "
                                   + "Je kunt het melden, ook zonder je naam."
                                 : "Merkt u dat uw kind gediscrimineerd, gepest of onveilig behandeld wordt bij het zoeken naar een stage "
                                   + "of op de stage? U kunt het melden, ook anoniem.")),
                .p(.a(.class("button"), .attr("href", MeldpuntPath.school(code: code).path), .text("Melden"))))
        }
        if !summary.summaries.isEmpty {
            return .section(.class("meldpunt-home"),
                .h2(.text("Gedeeld vanuit het meldpunt")),
                .p(.class("hint"), .text("Een behandelaar van het meldpunt deelde dit met u. Deel het niet verder.")),
                .ul(.forEach(summary.summaries) { shared in
                    .li(.text("\(DutchFormat.dateTime(shared.createdAt)), \(shared.sharedByName): \(shared.text)"))
                }))
        }
        guard summary.isHandler else { return .empty }
        return .section(.class("meldpunt-home"),
            .h2(.text("Meldpunt")),
            .if(summary.overdue > 0, Forms.alert(DutchFormat.count(summary.overdue, "melding wacht", "meldingen wachten")
                                                 + " langer dan 3 schooldagen op een reactie.")),
            .p(.a(.attr("href", MeldpuntPath.reports.path),
                  .text(summary.open == 0 ? "Geen open meldingen." : DutchFormat.count(summary.open, "open melding", "open meldingen") + " →"))))
    }
}
