import Fluent
import Plot
import StagelijnCore
import Vapor

/// Overdue quality-care activities on their owner's home page, and a link to the dashboard for leadership and the
/// inspector. `HomeController` calls `prepare` once; the home views call `block`.
enum QualityHome {
    struct OverdueKey: StorageKey { typealias Value = [QualityCalendarService.Activity] }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser, QualityRequirement.ownerRoles.contains(user.role) else { return }
        req.storage[OverdueKey.self] = try await QualityCalendarService(db: req.db).overdue(school: user.schoolID, role: user.role, today: req.today)
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        guard let user = req.currentUser else { return .empty }
        let overdue = req.storage[OverdueKey.self] ?? []
        let link: Node<HTML.BodyContext> = AccessPolicy.allows(user.role, .list, .qualityFigures)
            ? .p(.a(.attr("href", QualityPath.dashboard.path), .text("Kwaliteit van de stages: eisen, trends en jaarrapport →"))) : .empty
        guard !overdue.isEmpty else { return link }
        let canEdit = AccessPolicy.allows(user.role, .update, .qualityCare)
        return .group(.div(.class("notice warn"),
            .p(.strong("Kwaliteitszorg: "), .text(DutchFormat.count(overdue.count, "activiteit is", "activiteiten zijn") + " over de datum.")),
            .ul(.forEach(overdue) { a in
                .li(canEdit ? .a(.attr("href", QualityPath.activity(year: a.year.name, key: a.template.key).path), .text(a.template.title))
                            : .text(a.template.title), .text(" (uiterlijk \(a.dueOn.dutch))"))
            })), link)
    }
}
