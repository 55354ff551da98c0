import Fluent
import Plot
import StagelijnCore
import Vapor

/// The evaluations on the home pages: "Evaluatie invullen" for a student with an open evaluation, and the number
/// waiting for a supervisor or coordinator. `HomeController` calls `prepare` once; the home views call `block`.
enum EvaluationHome {
    struct OpenKey: StorageKey { typealias Value = (count: Int, oldest: EvaluationModel?) }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser, [.student, .supervisor, .coordinator].contains(user.role) else { return }
        req.storage[OpenKey.self] = try await EvaluationService(db: req.db).openMine(user)
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        guard let open = req.storage[OpenKey.self], let first = open.oldest, let user = req.currentUser else { return .empty }
        if user.role == .student {
            return .div(.class("notice"),
                .p(.strong("Evaluatie: "), .text("hoe ging je stage bij \(first.placement.position.company.name)? Het kost ongeveer 5 minuten.")),
                .a(.class("button"), .attr("href", EvaluationPath.evaluation(first.id ?? UUID()).path), .text("Evaluatie invullen")))
        }
        return .div(.class("notice"),
            .p(.strong("Evaluaties: "), .text(DutchFormat.count(open.count, "evaluatie wacht", "evaluaties wachten") + " op uw antwoorden. ")),
            .a(.attr("href", EvaluationPath.mine.path), .text("Evaluaties invullen")))
    }
}
