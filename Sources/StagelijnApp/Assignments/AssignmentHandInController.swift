import Fluent
import StagelijnCore
import Vapor

/// The student hands in an assignment: their own words and optionally one photo (multipart). Registered behind a
/// CSRF middleware with a larger body limit, above the 5 MB photo limit, so a photo that is a little too large
/// still gets a Dutch message on the form with the text kept, instead of an error page.
struct AssignmentHandInController: RouteCollection {
    /// Room for a too-large photo to be answered on the form; beyond this the error page says the file is too large.
    static let maxBodyBytes = 2 * PhotoUpload.maxBytes + 64 * 1024

    func boot(routes: any RoutesBuilder) throws {
        routes.on(.POST, "stages", ":id", "opdrachten", ":assignmentID", "inleveren",
                  body: .collect(maxSize: ByteCount(value: Self.maxBodyBytes)), use: handIn)
    }

    func handIn(req: Request) async throws -> Response {
        let user = try req.user()
        guard AssignmentRights.canHandIn(user.role) else {
            throw Abort(.forbidden, reason: "Alleen de leerling levert een opdracht in.")
        }
        let (placement, assignment) = try await req.placementAssignment(user: user, .update)
        let context = AssignmentDetailPage.Context(placement: placement, assignment: assignment, role: user.role)
        let text = (try? req.content.get(String.self, at: "text")) ?? ""
        let typed = Forms.Values(["text": text])
        func reject(_ field: String, _ message: String) -> Response {
            AssignmentDetailPage.render(req, context, values: .init(["text": text], errors: FieldErrors([
                FieldError(field: field, label: field == "file" ? "foto" : "wat heb je gedaan", message: message),
            ])), status: .badRequest)
        }
        if let refusal = assignment.progress.handInRefusal {
            return AssignmentDetailPage.render(req, context, values: typed, status: .conflict, alert: refusal.dutchMessage)
        }
        let checkedText: String
        switch HandInInput.read(text) {
        case let .failure(errors): return AssignmentDetailPage.render(req, context, values: .init(["text": text], errors: errors), status: .badRequest)
        case let .success(value): checkedText = value
        }
        // A file input left empty still sends a part with no name and no bytes: that is "no photo".
        var photo: (type: PhotoType, data: Data)?
        if let file = try? req.content.get(File.self, at: "file"), file.data.readableBytes > 0 || !file.filename.isEmpty {
            let data = Data(buffer: file.data)
            switch PhotoUpload.check(data, declaredType: file.contentType?.serialize()) {
            case let .failure(problem): return reject("file", problem.dutchMessage + " Je tekst staat er nog; kies de foto opnieuw.")
            case let .success(type): photo = (type, data)
            }
        }
        let withdrew: Bool
        do {
            withdrew = try await AssignmentService.handIn(assignment, text: checkedText, photo: photo, actor: user.actor,
                                                          at: req.now, on: req.db)
        } catch AssignmentService.Refused.refused(let refusal) {
            return AssignmentDetailPage.render(req, context, values: typed, status: .conflict, alert: refusal.dutchMessage)
        }
        req.flash(withdrew ? "Je nieuwe versie is ingeleverd. Omdat je iets hebt veranderd, bevestigt je praktijkbegeleider de opdracht opnieuw."
                  : "Je opdracht ‘\(assignment.title)’ is ingeleverd. Je praktijkbegeleider bevestigt hem, daarna beoordeelt je stagebegeleider hem.")
        return req.redirect(to: AssignmentPath.item(placement: try placement.requireID(), try assignment.requireID()).path,
                            redirectType: .normal)
    }
}
