import Plot
import StagelijnCore
import Vapor

/// The three overviews of issue 15 under one menu item ("Uitval en nazorg"), each linking to the others the user may open.
enum StageEndNavigation {
    enum Page { case dropouts, leavers, allowances }

    static func links(_ req: Request, current: Page) -> Node<HTML.BodyContext> {
        guard let role = req.currentUser?.role else { return .empty }
        let items: [(Page, String, String, Bool)] = [
            (.dropouts, "Uitval", StageEndPath.dropouts.path, AccessPolicy.allows(role, .list, .dropout)),
            (.leavers, "Uitstroom en nazorg", StageEndPath.leavers.path, AccessPolicy.allows(role, .list, .aftercare)),
            (.allowances, "Stagevergoedingen", StageEndPath.allowances.path, role == .coordinator),
        ]
        let shown = items.filter { $0.3 && $0.0 != current }
        guard !shown.isEmpty else { return .empty }
        return .p(.class("actions"), .forEach(shown) { item in .a(.class("button secondary"), .attr("href", item.2), .text(item.1)) })
    }
}
