import Fluent
import StagelijnCore
import Vapor

/// CSV import: upload → preview with every problem (line, column, reason) → confirm → all-or-nothing import.
struct ImportController: RouteCollection {
    static let maxUploadBytes = 2 * 1024 * 1024

    func boot(routes: any RoutesBuilder) throws {
        let imports = routes.grouped("import")
        imports.get(use: form)
        imports.post(use: upload)
        imports.get(":id", use: preview)
        imports.post(":id", "bevestigen", use: confirm)
        imports.post(":id", "annuleren", use: discard)
    }

    struct Upload: Content {
        var kind: String?
        var file: File?
    }

    func form(req: Request) async throws -> Response {
        _ = try req.user().visibility(.create, .importData)
        return ImportUploadPage.render(req, kind: .students, error: nil, status: .ok)
    }

    func upload(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .importData)
        let upload = try? req.content.decode(Upload.self)
        let kind = upload?.kind.flatMap(ImportKind.init(rawValue:)) ?? .students
        func reject(_ message: String) -> Response {
            ImportUploadPage.render(req, kind: kind, error: message, status: .badRequest)
        }
        guard let file = upload?.file, file.data.readableBytes > 0 else { return reject("Kies een CSV-bestand om te importeren.") }
        let name = file.filename.lowercased()
        guard name.hasSuffix(".csv") || name.hasSuffix(".txt") else {
            return reject("Alleen CSV-bestanden (.csv) kunnen worden geïmporteerd. Sla een Excel-bestand eerst op als CSV UTF-8.")
        }
        guard file.data.readableBytes <= Self.maxUploadBytes else { return reject("Het bestand is groter dan 2 MB.") }
        let text: String
        switch CSVRecords.decode(Data(buffer: file.data)) {
        case let .success(decoded): text = decoded
        case let .failure(problem): return reject(problem.message)
        }
        let pending = PendingImportModel()
        pending.$school.id = user.schoolID
        pending.$user.id = user.userID
        pending.kind = kind.rawValue
        pending.fileName = String(file.filename.suffix(120))
        pending.content = text
        pending.createdAt = req.now
        try await pending.create(on: req.db)
        return req.redirect(to: SitePath.importPreview(try pending.requireID()).path, redirectType: .normal)
    }

    func preview(req: Request) async throws -> Response {
        let user = try req.user()
        let (pending, kind) = try await find(req, user: user)
        let preview = try await service(req, user).preview(kind, text: pending.content)
        return ImportPreviewPage.render(req, .init(pending: pending, kind: kind, preview: preview),
                                        status: preview.isClean ? .ok : .unprocessableEntity)
    }

    func confirm(req: Request) async throws -> Response {
        let user = try req.user()
        let (pending, kind) = try await find(req, user: user)
        do {
            let result = try await service(req, user).commit(kind, text: pending.content)
            try await pending.delete(on: req.db)
            req.flash("Import voltooid: \(result.newCount) nieuw, \(result.updateCount) bijgewerkt.")
            let target: SitePath = switch kind {
            case .students: .students
            case .companies: .companies
            case .positions: .positions
            }
            return req.redirect(to: target.path, redirectType: .normal)
        } catch is ImportService.Rejected {
            return req.redirect(to: SitePath.importPreview(try pending.requireID()).path, redirectType: .normal)
        }
    }

    func discard(req: Request) async throws -> Response {
        let user = try req.user()
        let (pending, _) = try await find(req, user: user)
        try await pending.delete(on: req.db)
        req.flash("De import is geannuleerd; er is niets opgeslagen.")
        return req.redirect(to: SitePath.imports.path, redirectType: .normal)
    }

    private func service(_ req: Request, _ user: CurrentUser) -> ImportService {
        ImportService(db: req.db, schoolID: user.schoolID, boardID: user.boardID, actor: user.actor, now: req.now)
    }

    /// Only the uploader sees their pending file.
    private func find(_ req: Request, user: CurrentUser) async throws -> (PendingImportModel, ImportKind) {
        _ = try user.visibility(.create, .importData)
        guard let id = req.parameters.get("id", as: UUID.self),
              let pending = try await PendingImportModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$school.$id == user.schoolID).filter(\.$user.$id == user.userID).first(),
              let kind = ImportKind(rawValue: pending.kind)
        else { throw Abort(.notFound, reason: "Deze import bestaat niet (meer).") }
        return (pending, kind)
    }
}
