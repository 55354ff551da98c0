import Fluent
import StagelijnCore
import Vapor

/// `/meldingen`: the school's handlers only (`MeldpuntAccess`). Another school's report answers 404; every opened
/// report is written to the audit log.
struct MeldpuntHandlerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("meldingen", use: list)
        routes.get("meldingen", ":id", use: show)
        routes.post("meldingen", ":id", "actie", use: act)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.user()
        guard try await req.meldpunt.isHandler(user) else {
            // Leadership and the inspector have the figures, not the reports.
            if MeldpuntAccess.canSeeStatistics(role: user.role, isHandler: false, sameSchool: true) {
                return req.redirect(to: MeldpuntPath.statistics.path)
            }
            _ = try await req.requireIncidentHandler()
            throw Abort(.forbidden)
        }
        let settings = try await req.meldpunt.settings(school: user.schoolID)
        let reports = try await req.meldpunt.reports(school: user.schoolID)
        let school = try await SchoolModel.find(user.schoolID, on: req.db)
        return MeldpuntHandlerPages.list(req, reports: reports, today: req.today, schoolCode: school?.code ?? "",
                                         canConfigure: MeldpuntAccess.canConfigure(role: user.role, sameSchool: true),
                                         holidaysSet: !settings.holidays.isEmpty)
    }

    func show(req: Request) async throws -> Response {
        let user = try await req.requireIncidentHandler()
        let report = try await report(req, user)
        try await MeldpuntService.recordRead(report, actor: user.actor, now: req.now, on: req.db)
        return try await page(req, user, report, values: .init(), status: .ok)
    }

    func act(req: Request) async throws -> Response {
        let user = try await req.requireIncidentHandler()
        let report = try await report(req, user)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("text", "tekst"), FieldSpec("note", "toelichting")])
        let text = reader.multiLineText("text", maxLength: IncidentReportInput.maxDescription)
        let action: MeldpuntService.HandlerAction?
        switch form["action"] ?? "" {
        case "bericht":
            if text.isEmpty { reader.fail("text", "Schrijf het bericht aan de melder.") }
            action = .message(text)
        case "notitie":
            if text.isEmpty { reader.fail("text", "Schrijf de notitie.") }
            action = .note(text)
        case "stap":
            let step = IncidentStep(rawValue: form["step"] ?? "")
            if step == nil { reader.fail("step", "Kies de stap.") }
            action = step.map { .step($0, text) }
        case "afronden":
            let outcome = IncidentOutcome(rawValue: form["outcome"] ?? "")
            if outcome == nil { reader.fail("outcome", "Kies de uitkomst.") }
            action = outcome.map { .close($0, text.isEmpty ? nil : text) }
        case "heropenen":
            action = .reopen
        case "delen":
            let recipients = try await req.meldpunt.summaryRecipients(school: user.schoolID)
            let recipient = UUID(uuidString: form["recipient"] ?? "").flatMap { id in recipients.first { $0.id == id }?.id }
            if recipient == nil { reader.fail("recipient", "Kies een mentor of begeleider van uw school.") }
            if text.isEmpty { reader.fail("text", "Schrijf de samenvatting.") }
            action = recipient.map { .share(recipient: $0, text: text) }
        case "bedrijf":
            let raw = form["company"] ?? ""
            let company = UUID(uuidString: raw)
            if let company, try await CompanyModel.query(on: req.db).filter(\.$id == company)
                .filter(\.$board.$id == user.boardID).count() == 0 {
                throw Abort(.notFound)
            }
            action = .linkCompany(company)
        default:
            throw Abort(.badRequest, reason: "Onbekende actie.")
        }
        guard let action, reader.result == nil else {
            return try await page(req, user, report, values: .init(form, errors: reader.result), status: .badRequest)
        }
        try await MeldpuntService.handle(action, report: report, actor: user.actor, now: req.now,
                                         baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
        req.flash("Opgeslagen.")
        return req.redirect(to: MeldpuntPath.report(try report.requireID()).path, redirectType: .normal)
    }

    private func report(_ req: Request, _ user: CurrentUser) async throws -> IncidentReportModel {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let report = try await req.meldpunt.report(id, school: user.schoolID) else { throw Abort(.notFound) }
        return report
    }

    private func page(_ req: Request, _ user: CurrentUser, _ report: IncidentReportModel, values: Forms.Values,
                      status: HTTPStatus) async throws -> Response {
        let entries = try await req.meldpunt.entries(report: report.requireID())
        let companies = try await CompanyModel.query(on: req.db).filter(\.$board.$id == user.boardID).sort(\.$name)
            .field(\.$id).field(\.$name).all().compactMap { company in company.id.map { (value: $0.uuidString, label: company.name) } }
        let sharing = MeldpuntHandlerPages.Sharing(recipients: try await req.meldpunt.summaryRecipients(school: user.schoolID),
                                                   shared: try await req.meldpunt.sharedSummaries(report: report.requireID()))
        return MeldpuntHandlerPages.detail(req, report: report, entries: entries, companies: companies, today: req.today,
                                           values: values, status: status, sharing: sharing)
    }
}
