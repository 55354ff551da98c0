import StagelijnCore
import Vapor

/// The agreement as a document: the printable page, the PDF and the document's stylesheet.
extension AgreementsController {
    /// The agreement as a clean A4 document with its signatures and the controlecode (print from the browser).
    func printable(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        return AgreementPage.printable(req, placement: placement, state: state)
    }

    /// The same document as PDF, where WeasyPrint is installed; otherwise a Dutch page pointing at the print view.
    func pdf(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "agreement", id: try placement.requireID(), at: req.now)
        guard let tool = PDFRenderer.executable else {
            throw Abort(.notFound, reason: "PDF maken kan niet op deze server (WeasyPrint ontbreekt). Gebruik de afdrukbare versie en kies Afdrukken → Opslaan als PDF.")
        }
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let html = AgreementDocumentView.html(AgreementPage.documentInput(placement, state: state, today: req.today), inlineStyle: true)
        let data = try await req.application.threadPool.runIfActive { try PDFRenderer.pdf(fromHTML: html, using: tool) }
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "application", subType: "pdf")
        headers.add(name: .contentDisposition, value: "attachment; filename=\"stageovereenkomst-\(placement.student.studentNumber).pdf\"")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    func stylesheet(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.cacheControl = .init(isPublic: false, maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: AgreementDocumentStyle.css))
    }
}
