import Fluent
import StagelijnCore
import Vapor

/// Placements: one student at one position in one period, with a status history that always says who and why.
struct PlacementsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let placements = routes.grouped("stages")
        placements.get(use: index)
        placements.get("nieuw", use: new)
        placements.post(use: create)
        placements.get(":id", use: show)
        placements.post(":id", "status", use: changeStatus)
        placements.post(":id", "afwijzing", use: decline)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .placement)
        var filter = PlacementFilter()
        filter.status = (try? req.query.get(String.self, at: "status")).flatMap(PlacementStatus.init(rawValue:))
        filter.periodID = try? req.query.get(UUID.self, at: "periode")
        let page = Request.clampedInt(req.queryText("pagina"), to: 1...100_000) ?? 1
        let rendered = try await req.cachedFigure("stages|\(user.membershipID)") {   // the filters are the query
            PlacementListPage.content(req, .init(page: try await PlacementRows.page(visibility, filter: filter, page: page, on: req.db),
                                                 periods: try await req.periods.list(school: user.schoolID), filter: filter,
                                                 canCreate: AccessPolicy.allows(user.role, .create, .placement)))
        }
        return Layout.page(req, rendered)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .placement)
        var values: [String: String] = [:]
        values["studentID"] = req.queryText("leerling", maxLength: 36)
        values["sector"] = req.queryText("sector", maxLength: 40)
        values["zoek"] = req.queryText("zoek", maxLength: 100)
        return try await form(req, user: user, values: .init(values), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.create, .placement)
        let values = try req.formValues()
        // The same steps as the API (`PlacementService`): former students, the meldpunt block, one open stage per
        // period, capacity and the eligibility rules.
        let checked = try await PlacementService.check(
            studentID: values["studentID"].flatMap(UUID.init(uuidString:)), positionID: values["positionID"].flatMap(UUID.init(uuidString:)),
            periodID: values["periodID"].flatMap(UUID.init(uuidString:)), schoolID: visibility.schoolID, boardID: visibility.boardID,
            today: req.today, refusal: { try await MeldpuntCompanySignals.refusal(req, company: $0) }, on: req.db)
        let proposal: PlacementService.Proposal
        switch checked {
        case let .success(value): proposal = value
        case let .failure(problems):
            let errors = problems.items.map { FieldError(field: $0.field.formName, label: $0.field.label, message: $0.message) }
            return try await form(req, user: user, values: .init(values, errors: FieldErrors(errors)), status: .badRequest)
        }
        let (student, position) = (proposal.student, proposal.position)
        let created = try await PlacementService.propose(proposal, school: user.schoolID, reason: values["reason"] ?? "",
                                                         actor: user.actor, at: req.now, on: req.db)
        req.flash("Stagevoorstel voor \(student.fullName) bij \(position.company.name) is aangemaakt.")
        return req.redirect(to: SitePath.placement(try created.requireID()).path, redirectType: .normal)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        return try await detail(req, user: user, placement: placement)
    }

    /// The placement page, also when a form on it is shown again with an error (then with what the user typed).
    private func detail(_ req: Request, user: CurrentUser, placement: PlacementModel, error: String? = nil,
                        reason: String = "", statusForm: [String: String] = [:]) async throws -> Response {
        let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        try await PlacementStageEndSection.prepare(req, placement: placement)
        var supervision: [SupervisionItem] = []
        if AccessPolicy.allows(user.role, .view, .supervision), let school = try await SchoolModel.find(user.schoolID, on: req.db) {
            supervision = try await SupervisionService.items(for: [placement], school: school, today: req.today, on: req.db)[placement.id ?? UUID()] ?? []
        }
        return PlacementDetailPage.render(req, .init(
            placement: placement, canChangeStatus: AccessPolicy.allows(user.role, .update, .placement), error: error,
            reason: reason, statusForm: statusForm, agreement: agreement,
            canRecordException: AccessPolicy.allows(user.role, .create, .ruleException),
            supervision: supervision, supervisors: try await SupervisionService.supervisorNames(school: user.schoolID, on: req.db),
            canAssignSupervisor: AccessPolicy.allows(user.role, .update, .placement),
            canRecordSupervision: AccessPolicy.allows(user.role, .update, .supervision)),
            status: error == nil ? .ok : .badRequest)
    }

    func changeStatus(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let values = try req.formValues()
        let reason = (values["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        // A refused change shows the form again as it was filled in: same status, reason and exception box.
        let rejectWith = { (message: String) in
            try await detail(req, user: user, placement: placement, error: message, reason: reason, statusForm: values)
        }
        let next = values["status"].flatMap(PlacementStatus.init(rawValue:))
        let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let exception: Bool
        switch PlacementService.checkStatusChange(placement, to: next, reason: reason, agreement: agreement,
                                                  mayRecordException: AccessPolicy.allows(user.role, .create, .ruleException),
                                                  exceptionRequested: values["agreementException"] == "ja") {
        case let .success(value): exception = value
        case let .failure(problem): return try await rejectWith(problem.message)
        }
        guard let next else { return try await rejectWith("Kies de nieuwe status.") }
        let dropout = try await PlacementService.changeStatus(placement, to: next, reason: reason, agreementException: exception,
                                                              actor: user.actor, today: req.today, at: req.now,
                                                              baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
        if let dropout {
            req.flash("De stage is afgebroken en de mentor is op de hoogte gebracht. Leg nu het gesprek, het contact met het bedrijf en de vervolgstap vast.")
            return req.redirect(to: StageEndPath.dropout(try dropout.requireID()).path, redirectType: .normal)
        }
        req.flash("De status is nu ‘\(next.dutchName)’.")
        return req.redirect(to: SitePath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    /// The company says no after the introduction talk: only with a reason from the fixed list plus an explanation,
    /// counted per company (the data that shows whether a "klik" keeps students out).
    func decline(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let form = try req.formValues()
        let explanation = (form["explanation"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let reject = { (message: String) in
            try await detail(req, user: user, placement: placement, error: message, reason: explanation)
        }
        guard placement.status == .introduction else {
            return try await reject("Een afwijzing door het bedrijf kan alleen na de kennismaking (status ‘kennismaking’).")
        }
        guard let reason = form["declineReason"].flatMap(DeclineReason.init(rawValue:)) else {
            return try await reject("Kies de reden van het bedrijf uit de lijst.")
        }
        guard explanation.count >= 5 else { return try await reject("Licht de afwijzing toe in een paar woorden (verplicht).") }
        let text = "Afgewezen door het bedrijf na de kennismaking: \(reason.dutchName) — \(explanation)"
        try await req.db.transaction { tx in
            try await FluentPlacementRepository(db: tx).changeStatus(placement, to: .terminated, reason: text,
                                                                     actor: user.actor, at: req.now, agreementException: false)
            let decline = CompanyDeclineModel()
            decline.$placement.id = try placement.requireID()
            decline.$company.id = placement.position.$company.id
            decline.$school.id = placement.$school.id
            decline.reason = reason.rawValue
            decline.explanation = explanation
            decline.$createdBy.id = user.userID
            try await decline.create(on: tx)
        }
        req.flash("De afwijzing is vastgelegd. \(placement.student.fullName) heeft in deze periode weer geen plek: zoek een nieuwe plaats.")
        return req.redirect(to: SitePath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> PlacementModel {
        try await req.placement(user: user, action, .placement)
    }

    private func form(_ req: Request, user: CurrentUser, values: Forms.Values, status: HTTPStatus) async throws -> Response {
        let everyone = Visibility.wholeSchool(user.schoolID, boardID: user.boardID)
        try await MeldpuntCompanySignals.prepare(req)
        var filter = StudentFilter()
        filter.perPage = 2000
        filter.leftBy = req.today
        let students = try await req.students.page(everyone, filter: filter).items
        // A board has thousands of places: the form offers those of the chosen sector or search, at most
        // `maximumPositions`, and always the place already chosen (a refused form keeps it).
        let maximum = PlacementFormPage.maximumPositions
        var positions = try await req.positions.list(board: user.boardID, filter: .init(
            search: values["zoek"], sector: Sector(rawValue: values["sector"]), limit: maximum + 1))
        let morePositions = positions.count > maximum
        positions = Array(positions.prefix(maximum))
        if let chosen = UUID(uuidString: values["positionID"]), !positions.contains(where: { $0.id == chosen }),
           let position = try await req.positions.find(chosen, board: user.boardID) {
            positions.append(position)
        }
        let periods = try await req.periods.list(school: user.schoolID)
        // With the student chosen (from a home page or the student list), only places that student may take are
        // offered: old enough on the period's first day, with the certificates the place asks. Creating still checks
        // the full eligibility rules.
        if let student = values["studentID"].isEmpty ? nil : students.first(where: { $0.id?.uuidString == values["studentID"] }),
           let birth = student.birth {
            let start = HomeController.currentPeriod(periods, today: req.today)?.start ?? req.today
            positions = positions.filter { position in
                PlacementEligibility.meetsAgeAndCertificates(birthDate: birth, certificates: student.certificateList,
                                                             minimumAge: position.minimumAge, required: position.certificates, on: start)
            }
        }
        positions.sort { ($0.sector.dutchName, $0.company.name, $0.title) < ($1.sector.dutchName, $1.company.name, $1.title) }
        return PlacementFormPage.render(req, .init(values: values, students: students, positions: positions, periods: periods,
                                                   morePositions: morePositions), status: status)
    }
}

extension Request {
    /// The placement named by the `:id` path parameter, if the user may act on it as `resource`; 404 otherwise,
    /// also for another school's placement (its existence does not leak).
    func placement(user: CurrentUser, _ action: Action, _ resource: Resource) async throws -> PlacementModel {
        guard let id = parameters.get("id", as: UUID.self),
              let placement = try await placements.find(id, try user.visibility(action, resource))
        else { throw Abort(.notFound, reason: "Deze stage bestaat niet of hoort niet bij uw school.") }
        return placement
    }
}

extension Optional {
    func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
