import Fluent
import StagelijnCore
import Vapor

/// `/uitval`: the dropouts of the school (a mentor: of their class) and one dropout's procedure. Another school's
/// dropout answers 404. The placement's status is never changed here: that stays with `PlacementsController`.
struct DropoutController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uitval", use: list)
        routes.get("uitval", ":dropout", use: show)
        routes.post("uitval", ":dropout", use: act)
    }

    func list(req: Request) async throws -> Response {
        let user = try req.user()
        let dropouts = try await DropoutQueries.visible(try user.visibility(.list, .dropout), on: req.db)
        return DropoutPages.list(req, dropouts: dropouts)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let dropout = try await find(req, user, .view)
        return try await page(req, user, dropout, values: .init(), status: .ok)
    }

    func act(req: Request) async throws -> Response {
        let user = try req.user()
        let dropout = try await find(req, user, .update)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [
            FieldSpec("cause", "oorzaak"), FieldSpec("causeNote", "toelichting"), FieldSpec("talkOn", "datum gesprek", required: true),
            FieldSpec("talkNote", "verslag gesprek", required: true), FieldSpec("companyOn", "datum contact", required: true),
            FieldSpec("companyNote", "contact met het bedrijf", required: true), FieldSpec("nextStep", "vervolgstap"),
            FieldSpec("nextStepNote", "toelichting vervolgstap"), FieldSpec("incidentReport", "melding"),
        ])
        let action: DropoutService.Action?
        switch form["action"] ?? "" {
        case "oorzaak":
            let cause = DropoutCause(rawValue: form["cause"] ?? "")
            if cause == nil { reader.fail("cause", "Kies de oorzaak.") }
            let note = reader.optionalMultiLineText("causeNote", maxLength: 2000)
            var report: UUID?
            if let raw = form["incidentReport"], !raw.isEmpty {
                let candidates = try await DropoutQueries.reportCandidates(dropout, user: user, on: req.db)
                report = UUID(uuidString: raw).flatMap { id in candidates.first { $0.id == id }?.id }
                if report == nil { reader.fail("incidentReport", "Kies een melding uit de lijst.") }
            }
            action = cause.map { .cause($0, note: note, incidentReport: report) }
        case "gesprek":
            let day = reader.date("talkOn"), note = reader.multiLineText("talkNote", maxLength: 2000)
            if let day, day > req.today { reader.fail("talkOn", "Het gesprek kan niet in de toekomst liggen.") }
            action = day.map { .talk(on: $0, note: note) }
        case "bedrijf":
            let day = reader.date("companyOn"), note = reader.multiLineText("companyNote", maxLength: 2000)
            if let day, day > req.today { reader.fail("companyOn", "Het contact kan niet in de toekomst liggen.") }
            action = day.map { .companyContacted(on: $0, note: note) }
        case "mentor":
            action = .informMentor
        case "vervolgstap":
            let step = DropoutNextStep(rawValue: form["nextStep"] ?? "")
            let note = reader.optionalMultiLineText("nextStepNote", maxLength: 2000)
            let consulted = form["supportTeam"] == "ja"
            if let step {
                let room = try await DropoutSituationLoader.groupStageRoom(school: user.schoolID, from: req.today, on: req.db)
                    ?? (form["groupStageRoom"] == "ja")
                let situation = try await DropoutSituationLoader.situation(
                    student: dropout.student, placement: dropout.placement, groupStageRoom: room, supportTeamConsulted: consulted,
                    today: req.today, calendar: try await req.meldpunt.settings(school: user.schoolID).calendar, on: req.db)
                for problem in DropoutNextStepRules.problems(choosing: step, situation, progress: dropout.progress) {
                    reader.fail("nextStep", problem)
                }
            } else {
                reader.fail("nextStep", "Kies de vervolgstap.")
            }
            action = step.map { .nextStep($0, note: note, supportTeamConsulted: consulted) }
        default:
            throw Abort(.badRequest, reason: "Onbekende actie.")
        }
        guard let action, reader.result == nil else {
            return try await page(req, user, dropout, values: .init(form, errors: reader.result), status: .badRequest)
        }
        try await DropoutService.record(action, dropout: dropout, student: dropout.student, actor: user.actor, today: req.today,
                                        at: req.now, baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
        req.flash(flash(for: action, dropout: dropout))
        return req.redirect(to: StageEndPath.dropout(try dropout.requireID()).path, redirectType: .normal)
    }

    private func flash(for action: DropoutService.Action, dropout: DropoutModel) -> String {
        switch action {
        case .informMentor: dropout.student.$mentor.id == nil ? "Er is geen mentor gekoppeld aan deze leerling." : "De mentor is geïnformeerd."
        case .nextStep: "De vervolgstap is vastgelegd en de mentor is geïnformeerd."
        default: "Opgeslagen."
        }
    }

    private func find(_ req: Request, _ user: CurrentUser, _ action: Action) async throws -> DropoutModel {
        guard let id = req.parameters.get("dropout", as: UUID.self),
              let dropout = try await DropoutQueries.find(id, try user.visibility(action, .dropout), on: req.db)
        else { throw Abort(.notFound, reason: "Deze uitval bestaat niet of hoort niet bij uw school.") }
        return dropout
    }

    private func page(_ req: Request, _ user: CurrentUser, _ dropout: DropoutModel, values: Forms.Values,
                      status: HTTPStatus) async throws -> Response {
        let calendar = try await req.meldpunt.settings(school: user.schoolID).calendar
        let room = try await DropoutSituationLoader.groupStageRoom(school: user.schoolID, from: req.today, on: req.db)
        let situation = try await DropoutSituationLoader.situation(
            student: dropout.student, placement: dropout.placement, groupStageRoom: room ?? true,
            supportTeamConsulted: dropout.supportTeamConsulted || values["supportTeam"] == "ja", today: req.today,
            calendar: calendar, on: req.db)
        let isHandler = try await req.meldpunt.isHandler(user)
        let mentor = try await dropout.student.$mentor.id.asyncFlatMap { try await UserModel.find($0, on: req.db) }
        return DropoutPages.detail(req, .init(
            dropout: dropout, canUpdate: AccessPolicy.allows(user.role, .update, .dropout), values: values,
            situation: situation, groupStageKnown: room != nil, mentorName: mentor?.name,
            reports: isHandler ? try await DropoutQueries.reportCandidates(dropout, user: user, on: req.db) : [],
            showReportLink: isHandler), status: status)
    }
}
