import Fluent
import StagelijnCore
import Vapor

/// `/leerlingen/{id}/stagemap` (and `.pdf`): the student's portfolio across the whole stage line, for the student,
/// their parents and the school's staff who may see the student's assessments. Every read is audited.
struct StagemapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("leerlingen", ":id", "stagemap", use: show)
        routes.get("leerlingen", ":id", "stagemap.pdf", use: pdf)
    }

    func show(req: Request) async throws -> Response {
        let map = try await load(req)
        return StagemapPage.render(req, map)
    }

    func pdf(req: Request) async throws -> Response {
        let map = try await load(req)
        guard let tool = PDFRenderer.executable else {
            throw Abort(.notFound, reason: "PDF maken kan niet op deze server (WeasyPrint ontbreekt). Gebruik Afdrukken → Opslaan als PDF op de stagemap.")
        }
        let html = StagemapPage.document(map, printedOn: req.today)
        let data = try await req.application.threadPool.runIfActive { try PDFRenderer.pdf(fromHTML: html, using: tool) }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "application", subType: "pdf")
        headers.add(name: .contentDisposition, value: "attachment; filename=\"stagemap.pdf\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    private func load(_ req: Request) async throws -> Stagemap {
        let user = try req.user()
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(.view, .assessment))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij u.") }
        let placements = try await req.placements.list(try user.visibility(.view, .placement), filter: PlacementFilter(studentID: id))
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "stagemap", id: id, at: req.now)
        return try await Stagemap.load(student: student, placements: placements, schoolName: user.schoolName, today: req.today, on: req.db)
    }
}
