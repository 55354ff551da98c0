import Fluent
import StagelijnCore
import Vapor

/// A student's ranked wishes for a stage period: up to 10 positions in order, or up to 3 sectors in order that are
/// expanded to the eligible positions of those sectors, nearest first. Only eligible positions are offered.
struct PreferencesController: RouteCollection {
    static let maximum = 10

    func boot(routes: any RoutesBuilder) throws {
        let preferences = routes.grouped("leerlingen", ":id", "voorkeuren")
        preferences.get(use: show)
        preferences.post(use: save)
    }

    struct Option {
        let position: PositionModel
        let distanceKm: Double?
        var label: String {
            "\(position.company.name) — \(position.title) (\(position.sector.dutchName))"
                + (distanceKm.map { ", \(Ineligibility.kilometres($0))" } ?? "")
        }
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .view)
        return try await page(req, user: user, student: student, values: nil, status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        let form = try req.formValues()
        guard let period = try await form["periodID"].flatMap(UUID.init(uuidString:)).asyncFlatMap({
            try await req.periods.find($0, school: user.schoolID)
        }) else { throw Abort(.badRequest, reason: "Kies een stageperiode van uw school.") }
        let options = try await eligibleOptions(req, student: student, period: period, user: user)
        let byID = Dictionary(options.compactMap { o in o.position.id.map { ($0, o) } }, uniquingKeysWith: { a, _ in a })
        var chosen: [UUID] = []
        if form["mode"] == "sectoren" {
            let sectors = (1...3).compactMap { form["sector\($0)"].flatMap(Sector.init(rawValue:)) }
            for sector in sectors {
                for option in options where option.position.sector == sector && chosen.count < Self.maximum {
                    if let id = option.position.id, !chosen.contains(id) { chosen.append(id) }
                }
            }
        } else {
            for place in 1...Self.maximum {
                guard let id = form["choice\(place)"].flatMap(UUID.init(uuidString:)) else { continue }
                guard byID[id] != nil else {
                    return try await page(req, user: user, student: student, values: .init(form, errors: FieldErrors([
                        FieldError(field: "choice\(place)", label: "keuze \(place)", message: "Deze stageplaats past niet bij de leerling of bestaat niet."),
                    ])), status: .badRequest)
                }
                if chosen.contains(id) {
                    return try await page(req, user: user, student: student, values: .init(form, errors: FieldErrors([
                        FieldError(field: "choice\(place)", label: "keuze \(place)", message: "Deze stageplaats staat al eerder in de lijst."),
                    ])), status: .badRequest)
                }
                chosen.append(id)
            }
        }
        let studentID = try student.requireID(), periodID = try period.requireID()
        let list = chosen
        try await req.db.transaction { tx in
            try await StudentPreferenceModel.query(on: tx).filter(\.$student.$id == studentID).filter(\.$period.$id == periodID).delete()
            for (index, position) in list.enumerated() {
                try await StudentPreferenceModel(student: studentID, period: periodID, position: position, rank: index + 1).create(on: tx)
            }
            try await AuditLog.record(on: tx, actor: user.actor, entity: "preferences", id: studentID, action: .update,
                                      before: nil as [String: String]?,
                                      after: ["periode": period.name, "voorkeuren": list.compactMap { byID[$0]?.label }.joined(separator: " | ")],
                                      at: req.now)
        }
        req.flash(list.isEmpty ? "De voorkeuren zijn leeggemaakt." : DutchFormat.count(list.count, "voorkeur", "voorkeuren") + " opgeslagen.")
        return req.redirect(to: SitePath.preferences(studentID).path + "?periode=\(periodID)", redirectType: .normal)
    }

    /// Positions of the board the student can take in the period, nearest first.
    func eligibleOptions(_ req: Request, student: StudentModel, period: StagePeriodModel, user: CurrentUser) async throws -> [Option] {
        let service = MatchingService(db: req.db)
        let positions = try await service.positionsWithFreePlaces(board: user.boardID, period: period.requireID())
        let earlier = try await EligibilityInputs.earlierCompanies(student: student.requireID(), excludingPeriod: period.id, on: req.db)
        let school = try await SchoolModel.find(user.schoolID, on: req.db)
        let policy = SchoolPlacementPolicy(excludeDeliveryServices: school?.excludeDeliveryServices ?? true)
        guard let candidate = EligibilityInputs.student(student, earlierCompanies: earlier) else { return [] }
        return positions.compactMap { item -> Option? in
            let value = EligibilityInputs.position(item.position)
            guard PlacementEligibility.isEligible(candidate, value, on: period.start, policy: policy) else { return nil }
            let distance = candidate.location.flatMap { home in value.location.map { home.distanceKm(to: $0) } }
            return Option(position: item.position, distanceKm: distance)
        }.sorted { ($0.distanceKm ?? .infinity, $0.label) < ($1.distanceKm ?? .infinity, $1.label) }
    }

    private func page(_ req: Request, user: CurrentUser, student: StudentModel, values: Forms.Values?,
                      status: HTTPStatus) async throws -> Response {
        let periods = try await req.periods.list(school: user.schoolID)
        // The period asked for in the address, else the one of a form being shown again, else the current one.
        let requested = (try? req.query.get(UUID.self, at: "periode")).flatMap { id in periods.first { $0.id == id } }
        let posted = values.flatMap { v in periods.first { $0.id?.uuidString == v["periodID"] } }
        let chosenPeriod = requested ?? posted ?? req.chosenPeriod(periods)
        var options: [Option] = []
        var current: [StudentPreferenceModel] = []
        if let period = chosenPeriod, let periodID = period.id {
            options = try await eligibleOptions(req, student: student, period: period, user: user)
            current = try await StudentPreferenceModel.query(on: req.db).filter(\.$student.$id == student.requireID())
                .filter(\.$period.$id == periodID).sort(\.$rank).with(\.$position) { $0.with(\.$company) }.all()
        }
        var formValues = values ?? .init([:])
        if values == nil {
            for preference in current { formValues.values["choice\(preference.rank)"] = preference.$position.id.uuidString }
        }
        return PreferencesPage.render(req, .init(
            student: student, periods: periods, period: chosenPeriod, options: options, current: current, values: formValues,
            canEdit: AccessPolicy.allows(user.role, .update, .preferences)), status: status)
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> StudentModel {
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(action, .preferences))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        return student
    }
}
