import Plot
import StagelijnCore
import Vapor

/// The supervisor's list of open assignments of their students, in three groups: still to hand in (late ones
/// marked), waiting for the company, and to assess.
enum AssignmentsToDoPage {
    /// The page's groups, in its order (its CSV download follows them too).
    static let groups: [(AssignmentStatus, String)] = [(.toAssess, "Te beoordelen"), (.toConfirm, "Wacht op bevestiging van het bedrijf"),
                                                        (.toHandIn, "Nog in te leveren door de leerling")]

    static func render(_ req: Request, items: [AssignmentQueries.OpenItem], ownOnly: Bool, today: LocalDate) -> Response {
        let chrome = PageChrome(req, title: "Open opdrachten", section: .assignments)
        return Layout.page(chrome, .group(
            .h1(.text(ownOnly ? "Open opdrachten van mijn leerlingen" : "Open opdrachten van de school")),
            ExportLink.node(req, "opdrachten-te-doen.csv"),
            .if(ownOnly, .p(.a(.attr("href", AssignmentPath.toDo.path + "?alle=ja"), .text("Toon alle leerlingen van de school")))),
            .if(items.isEmpty, .p(.class("muted"), .text("Geen open opdrachten."))),
            .forEach(groups) { status, heading in
                let list = items.filter { $0.summary.status == status }
                return .if(!list.isEmpty, .group(
                    .h2(.text("\(heading) (\(list.count))")),
                    .ul(.class("plain"), .forEach(list) { item in
                        .li(.strong(.text(item.studentName)), .text(" (\(item.className), \(item.companyName)): "),
                            .a(.attr("href", AssignmentPath.item(placement: item.summary.placementID, item.summary.id).path),
                               .text(item.summary.title)),
                            .unwrap(item.summary.due) { .text(", uiterlijk \($0.dutch)") },
                            .if(item.summary.isOverdue(today: today), .span(.class("badge terminated"), .text("te laat"))))
                    })))
            }
        ))
    }
}
