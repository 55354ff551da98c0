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
        let placements = try await PlacementRows.page(visibility, filter: filter, page: page, on: req.db)
        let periods = try await req.periods.list(school: user.schoolID)
        return PlacementListPage.render(req, .init(page: placements, periods: periods, filter: filter,
                                                   canCreate: AccessPolicy.allows(user.role, .create, .placement)))
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .placement)
        var values: [String: String] = [:]
        values["studentID"] = req.queryText("leerling", maxLength: 36)
        return try await form(req, user: user, values: .init(values), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.create, .placement)
        let values = try req.formValues()
        var errors: [FieldError] = []
        func fail(_ field: String, _ label: String, _ message: String) {
            errors.append(FieldError(field: field, label: label, message: message))
        }
        let student = try await values["studentID"].flatMap(UUID.init(uuidString:)).asyncFlatMap {
            try await req.students.find($0, Visibility.wholeSchool(visibility.schoolID, boardID: visibility.boardID))
        }
        let position = try await values["positionID"].flatMap(UUID.init(uuidString:)).asyncFlatMap {
            try await req.positions.find($0, board: user.boardID)
        }
        let period = try await values["periodID"].flatMap(UUID.init(uuidString:)).asyncFlatMap {
            try await req.periods.find($0, school: user.schoolID)
        }
        if student == nil { fail("studentID", "leerling", "Kies een leerling van uw school.") }
        if position == nil { fail("positionID", "stageplaats", "Kies een bestaande stageplaats.") }
        if period == nil { fail("periodID", "periode", "Kies een stageperiode.") }
        if let student, let position, let period {
            let studentID = try student.requireID(), positionID = try position.requireID(), periodID = try period.requireID()
            if let refusal = try await MeldpuntCompanySignals.refusal(req, company: position.$company.id) { fail("positionID", "stageplaats", refusal) }
            if try await req.placements.hasOpenPlacement(student: studentID, period: periodID) {
                fail("studentID", "leerling", "\(student.fullName) heeft in deze periode al een stage die nog loopt.")
            }
            if try await req.placements.countOpen(position: positionID, period: periodID) >= position.capacity {
                fail("positionID", "stageplaats", "Alle \(position.capacity) plaatsen bij deze stageplaats zijn in deze periode al bezet.")
            }
            // The same eligibility rules the matching engine uses (issue 4 §4), each with its Dutch reason.
            let earlier = try await EligibilityInputs.earlierCompanies(student: studentID, excludingPeriod: periodID, on: req.db)
            let school = try await SchoolModel.find(user.schoolID, on: req.db)
            let policy = SchoolPlacementPolicy(excludeDeliveryServices: school?.excludeDeliveryServices ?? true)
            if let candidate = EligibilityInputs.student(student, earlierCompanies: earlier) {
                for reason in PlacementEligibility.reasons(candidate, EligibilityInputs.position(position), on: period.start, policy: policy) {
                    fail("positionID", "stageplaats", "\(student.fullName): \(reason.dutchMessage)")
                }
            }
        }
        guard errors.isEmpty, let student, let position, let period else {
            return try await form(req, user: user, values: .init(values, errors: FieldErrors(errors)), status: .badRequest)
        }
        let reason = (values["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let (studentID, positionID, periodID) = (try student.requireID(), try position.requireID(), try period.requireID())
        let created = try await req.db.transaction { tx in
            try await FluentPlacementRepository(db: tx).create(
                student: studentID, position: positionID, period: periodID, school: user.schoolID,
                reason: reason.isEmpty ? "Voorgesteld door \(user.name)" : reason, actor: user.actor, at: req.now)
        }
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
        guard let next = values["status"].flatMap(PlacementStatus.init(rawValue:)) else {
            return try await rejectWith("Kies de nieuwe status.")
        }
        let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        if let problem = placement.status.validateTransition(to: next, reason: reason) {
            return try await rejectWith(problem.dutchMessage)
        }
        // A stage starts only with a complete, signed agreement, or with the coordinator's reasoned exception.
        var exception = false
        if next == .active, !agreement.isComplete {
            let missing = agreement.agreement == nil ? "er is nog geen overeenkomst"
                : "ontbreekt " + agreement.missing.map(\.dutchDescription).joined(separator: "; ")
            guard AccessPolicy.allows(user.role, .create, .ruleException) else {
                return try await rejectWith("De stage kan pas lopen met een complete, ondertekende stageovereenkomst (\(missing)). "
                                  + "Alleen de stagecoördinator kan een onderbouwde uitzondering vastleggen.")
            }
            guard values["agreementException"] == "ja", reason.count >= 10 else {
                return try await rejectWith("De stage kan pas lopen met een complete, ondertekende stageovereenkomst (\(missing)). "
                                  + "Starten zonder kan alleen als uitzondering: vink die aan en geef een reden van minstens 10 tekens.")
            }
            exception = true
        }
        let withException = exception
        let previous = placement.status
        let dropout = try await req.db.transaction { tx in
            try await FluentPlacementRepository(db: tx).changeStatus(
                placement, to: next, reason: reason.isEmpty ? "Status gewijzigd door \(user.name)" : reason,
                actor: user.actor, at: req.now, agreementException: withException)
            // Issue 15: a running stage ended early starts the dropout procedure (and informs the mentor).
            return try await DropoutService.openIfDropout(placement: placement, previous: previous, reason: reason, actor: user.actor,
                                                          today: req.today, at: req.now, baseURL: req.application.stagelijnConfig.baseURL, on: tx)
        }
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
        var positions = try await req.positions.list(board: user.boardID, filter: .init())
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
        return PlacementFormPage.render(req, .init(values: values, students: students, positions: positions, periods: periods),
                                        status: status)
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
