import Fluent
import Plot
import StagelijnCore
import Vapor

/// A student's AVG page for the coordinator: download everything (PDF with the JSON attached, or the JSON alone),
/// record the day the student left (the start of the file's retention), and remove the student.
struct StudentPrivacyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let privacy = routes.grouped("leerlingen", ":id", "privacy")
        privacy.get(use: show)
        privacy.get("gegevens.json", use: json)
        privacy.get("gegevens.pdf", use: pdf)
        privacy.post("vertrokken", use: departed)
        privacy.post("verwijderen", use: remove)
    }

    static func path(_ id: UUID) -> String { "/leerlingen/\(id)/privacy" }

    func show(req: Request) async throws -> Response {
        let (user, student) = try await find(req)
        let departure = try await StudentDepartureModel.query(on: req.db).filter(\.$student.$id == student.requireID()).first()
        return StudentPrivacyPage.render(req, student: student, leftOn: departure?.leftOn, values: .init(["leftOn": departure?.leftOn ?? ""]),
                                         status: .ok, user: user)
    }

    func json(req: Request) async throws -> Response {
        let (user, student) = try await find(req)
        let result = try await PersonalExport.gather(try student.requireID(), school: user.schoolID, now: req.now, on: req.db)
        try await audit(req, user, student, "JSON")
        var headers = HTTPHeaders()
        headers.contentType = .json
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"leerling-\(try student.requireID()).json\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: result.json.encoded()))
    }

    func pdf(req: Request) async throws -> Response {
        let (user, student) = try await find(req)
        let result = try await PersonalExport.gather(try student.requireID(), school: user.schoolID, now: req.now, on: req.db)
        let html = PersonalExportDocument.html(result)
        try await audit(req, user, student, "PDF")
        guard let weasyprint = PDFRenderer.executable else {
            // Without WeasyPrint: the same document as a page to print.
            var headers = HTTPHeaders()
            headers.contentType = .html
            return Response(status: .ok, headers: headers, body: .init(string: html))
        }
        let data = try await req.application.threadPool.runIfActive { try PDFRenderer.pdf(fromHTML: html, using: weasyprint) }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"leerling-\(try student.requireID()).pdf\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    func departed(req: Request) async throws -> Response {
        let (user, student) = try await find(req, .update)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("leftOn", "vertrokken op", required: true)])
        let day = reader.date("leftOn")
        guard let day, reader.result == nil else {
            return StudentPrivacyPage.render(req, student: student, leftOn: nil, values: .init(form, errors: reader.result),
                                             status: .badRequest, user: user)
        }
        let id = try student.requireID()
        try await req.db.transaction { tx in
            try await StudentDepartureModel.record(student: id, leftOn: day, actor: user.actor, at: req.now, on: tx)
        }
        req.flash("Vertrekdatum opgeslagen; het dossier wordt na de bewaartermijn automatisch verwijderd.")
        return req.redirect(to: Self.path(id), redirectType: .normal)
    }

    func remove(req: Request) async throws -> Response {
        let (user, student) = try await find(req, .update)
        let form = try req.formValues()
        guard (form["confirm"] ?? "").trimmingCharacters(in: .whitespaces) == student.studentNumber else {
            let error = FieldError(field: "confirm", label: "leerlingnummer",
                                   message: "Typ het leerlingnummer (\(student.studentNumber)) om te bevestigen dat deze leerling verwijderd moet worden.")
            return StudentPrivacyPage.render(req, student: student, leftOn: nil, values: .init(form, errors: FieldErrors([error])),
                                             status: .badRequest, user: user)
        }
        _ = try await StudentAnonymiser.anonymise(try student.requireID(), school: user.schoolID, actor: user.actor,
                                                  reason: "verzoek", at: req.now, on: req.db)
        req.flash("De leerling is verwijderd. Stages en tellingen blijven zonder naam bestaan.")
        return req.redirect(to: SitePath.students.path, redirectType: .normal)
    }

    private func find(_ req: Request, _ action: Action = .view) async throws -> (CurrentUser, StudentModel) {
        let user = try req.user()
        let visibility = try user.visibility(action, .personalData)
        guard let id = req.parameters.get("id", as: UUID.self), let student = try await req.students.find(id, visibility)
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        return (user, student)
    }

    private func audit(_ req: Request, _ user: CurrentUser, _ student: StudentModel, _ kind: String) async throws {
        try await AuditLog.record(on: req.db, actor: user.actor, entity: "student", id: try student.requireID(), action: .read,
                                  before: nil as [String: String]?, after: ["volledige export": kind], at: req.now)
    }
}

enum StudentPrivacyPage {
    static func render(_ req: Request, student: StudentModel, leftOn: String?, values: Forms.Values, status: HTTPStatus,
                       user: CurrentUser) -> Response {
        let chrome = PageChrome(req, title: "Privacy: \(student.fullName)", section: .students)
        let id = student.id ?? UUID()
        let base = StudentPrivacyController.path(id)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.student(id).path), .text("← \(student.fullName)"))),
            .h1(.text("Privacy: \(student.fullName)")),
            .p(.a(.attr("href", PrivacyPagesController.registerPath), .text("Verwerkingsregister en bewaartermijnen")), .text(" · "),
               .a(.attr("href", PrivacyPagesController.statementPath), .text("Privacyverklaring voor leerlingen en ouders"))),
            Forms.errorSummary(values),
            .h2(.text("Inzage en overdracht")),
            .p(.text("Alles wat Stagelijn over deze leerling bewaart: gegevens, stages, overeenkomsten met handtekeningen, uren, "
                     + "bezoeken, beoordelingen en wie wat heeft gezien of gewijzigd. Voor een verzoek van de leerling of de ouders.")),
            .p(.a(.class("button"), .attr("href", "\(base)/gegevens.pdf"), .text("Download alles (PDF met JSON-bijlage)")),
               .text(" "), .a(.attr("href", "\(base)/gegevens.json"), .text("alleen JSON"))),
            .h2(.text("Vertrokken van school")),
            .p(.text(leftOn.map { "Vertrokken op \(LocalDate(iso: $0)?.dutch ?? $0). " } ?? ""),
               .text("Het dossier wordt automatisch verwijderd na de bewaartermijn die de school heeft gekozen ("),
               .a(.attr("href", PrivacyPagesController.retentionPath), .text("bewaartermijnen")), .text(").")),
            .form(.method(.post), .attr("action", "\(base)/vertrokken"), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.text("Vertrokken op", "leftOn", values, type: .date, required: true),
                  .div(.class("actions"), .button(.type(.submit), .text("Vertrekdatum opslaan")))),
            .h2(.text("Verwijderen")),
            .p(.text("Verwijdert naam, contactgegevens, ouders en toegang van deze leerling. Stages, uren en beoordelingen blijven "
                     + "zonder naam bestaan, zodat de cijfers van de school kloppen. Dit kan niet ongedaan worden gemaakt.")),
            .form(.method(.post), .attr("action", "\(base)/verwijderen"), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.text("Typ ter bevestiging het leerlingnummer", "confirm", values, required: true),
                  .div(.class("actions"), .button(.type(.submit), .class("danger"), .text("Leerling verwijderen"))))
        ))
    }
}
