import Fluent
import StagelijnCore
import Vapor

/// Parents and guardians of a student (name, e-mail, phone), stored once and used for every invitation to sign.
/// Staff who may see the student see them; the coordinator changes them (the student's `update` right).
struct GuardiansController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let guardians = routes.grouped("leerlingen", ":id", "ouders")
        guardians.get(use: show)
        guardians.post(use: add)
        guardians.post(":guardian", use: update)
        guardians.post(":guardian", "verwijderen", use: remove)
    }

    static let fields = [FieldSpec("name", "naam", required: true), FieldSpec("email", "e-mail"), FieldSpec("phone", "telefoon")]

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "student", id: try student.requireID(), at: req.now)
        return try await page(req, user: user, student: student, status: .ok)
    }

    func add(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        let form = try req.formValues()
        guard case let .success(contact) = Self.read(form) else {
            return try await page(req, user: user, student: student, status: .badRequest, newValues: .init(form, errors: Self.read(form).errors))
        }
        let guardian = GuardianModel()
        guardian.$student.id = try student.requireID()
        try await store(contact, in: guardian, student: student, user: user, req: req)
        req.flash("\(contact.name) is toegevoegd.")
        return req.redirect(to: SitePath.guardians(try student.requireID()).path, redirectType: .normal)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        let guardian = try await findGuardian(req, student: student)
        let form = try req.formValues()
        guard case let .success(contact) = Self.read(form) else {
            return try await page(req, user: user, student: student, status: .badRequest,
                                  editing: (try guardian.requireID(), .init(form, errors: Self.read(form).errors)))
        }
        try await store(contact, in: guardian, student: student, user: user, req: req)
        req.flash("De gegevens van \(contact.name) zijn opgeslagen.")
        return req.redirect(to: SitePath.guardians(try student.requireID()).path, redirectType: .normal)
    }

    func remove(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        let guardian = try await findGuardian(req, student: student)
        try await req.db.transaction { tx in
            try await guardian.delete(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "student", id: try student.requireID(), action: .update,
                                      before: ["ouder of verzorger": guardian.name], after: ["ouder of verzorger": "verwijderd"], at: req.now)
        }
        req.flash("\(guardian.name) is verwijderd.")
        return req.redirect(to: SitePath.guardians(try student.requireID()).path, redirectType: .normal)
    }

    struct Contact { let name: String; let email: String?; let phone: String? }

    static func read(_ form: [String: String]) -> Result<Contact, FieldErrors> {
        var reader = FieldReader(form, fields: fields)
        let name = reader.text("name", maxLength: 120)
        let email = reader.email("email")
        let phone = reader.optionalText("phone", maxLength: 20)
        if let phone, !phone.allSatisfy({ $0.isNumber || " +-()".contains($0) }) {
            reader.fail("phone", "Alleen cijfers, spaties en + - ( ).")
        }
        if let errors = reader.result { return .failure(errors) }
        return .success(Contact(name: name, email: email, phone: phone))
    }

    private func store(_ contact: Contact, in guardian: GuardianModel, student: StudentModel, user: CurrentUser, req: Request) async throws {
        let before = guardian.id == nil ? nil : ["naam": guardian.name, "e-mail": guardian.email ?? "", "telefoon": guardian.phone ?? ""]
        guardian.name = contact.name
        guardian.email = contact.email
        guardian.phone = contact.phone
        try await req.db.transaction { tx in
            try await guardian.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "student", id: try student.requireID(), action: .update,
                                      before: before.map { $0.mapKeys { "ouder \($0)" } },
                                      after: ["naam": contact.name, "e-mail": contact.email ?? "", "telefoon": contact.phone ?? ""].mapKeys { "ouder \($0)" },
                                      at: req.now)
        }
    }

    private func page(_ req: Request, user: CurrentUser, student: StudentModel, status: HTTPStatus,
                      newValues: Forms.Values = .init(), editing: (UUID, Forms.Values)? = nil) async throws -> Response {
        let guardians = try await GuardianModel.query(on: req.db).filter(\.$student.$id == student.requireID())
            .sort(\.$createdAt).sort(\.$name).all()
        return GuardiansPage.render(req, .init(student: student, guardians: guardians, canEdit: AccessPolicy.allows(user.role, .update, .student),
                                               newValues: newValues, editing: editing), status: status)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> StudentModel {
        // Parents' addresses are for the school's staff; a student or parent account does not read them here.
        guard ![.student, .parent].contains(user.role) else { throw Abort(.forbidden) }
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(action, .student))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        return student
    }

    private func findGuardian(_ req: Request, student: StudentModel) async throws -> GuardianModel {
        guard let id = req.parameters.get("guardian", as: UUID.self),
              let guardian = try await GuardianModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$student.$id == student.requireID()).first()
        else { throw Abort(.notFound, reason: "Deze ouder of verzorger bestaat niet.") }
        return guardian
    }
}

private extension Dictionary where Key == String {
    func mapKeys(_ transform: (String) -> String) -> [String: Value] {
        Dictionary<String, Value>(uniqueKeysWithValues: map { (transform($0.key), $0.value) })
    }
}

private extension Result {
    var errors: Failure? { if case let .failure(error) = self { error } else { nil } }
}
