import Fluent
import StagelijnCore
import Vapor

/// The coordinator's matching: who still needs a place, run both algorithms, compare, override with a reason,
/// publish proposals as placements; and the overview of shortages, match rates and company declines.
struct MatchingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let matching = routes.grouped("matching")
        matching.get(use: index)
        matching.post("berekenen", use: compute)
        matching.get("overzicht", use: overview)
        matching.get("runs", ":run", use: run)
        matching.post("runs", ":run", "aanpassen", use: override)
        matching.post("runs", ":run", "publiceren", use: publish)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.view, .matching)
        let periods = try await req.periods.list(school: user.schoolID)
        guard let period = req.chosenPeriod(periods) else {
            return MatchingPages.index(req, .init(periods: periods, period: nil, students: [], freePlaces: 0, runs: []))
        }
        let service = MatchingService(db: req.db)
        let periodID = try period.requireID()
        let students = try await service.studentsWithoutPlace(school: user.schoolID, period: periodID)
        let free = try await service.positionsWithFreePlaces(board: user.boardID, period: periodID).reduce(0) { $0 + $1.free }
        let runs = try await MatchingRunModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$period.$id == periodID).sort(\.$createdAt, .descending).range(0..<2).all()
        return MatchingPages.index(req, .init(periods: periods, period: period, students: students, freePlaces: free, runs: runs))
    }

    func compute(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .matching)
        let form = try req.formValues()
        guard let period = try await form["periodID"].flatMap(UUID.init(uuidString:)).asyncFlatMap({
            try await req.periods.find($0, school: user.schoolID)
        }), let school = try await SchoolModel.find(user.schoolID, on: req.db) else {
            throw Abort(.badRequest, reason: "Kies een stageperiode van uw school.")
        }
        // A fresh lottery for every run, printed with the result so anyone can re-check it.
        let seed = UInt64.random(in: 1...999_999)
        _ = try await req.db.transaction { tx in
            try await MatchingService(db: tx).runBoth(school: school, period: period, seed: seed, actor: user.actor, at: req.now)
        }
        req.flash("De indeling is berekend met beide methoden (loting \(seed)).")
        return req.redirect(to: SitePath.matching.path + "?periode=\(try period.requireID())", redirectType: .normal)
    }

    func run(req: Request) async throws -> Response {
        let user = try req.user()
        let run = try await Self.findRun(req, user: user, .view)
        return try await runPage(req, run: run, error: nil, status: .ok)
    }

    func override(req: Request) async throws -> Response {
        let user = try req.user()
        let run = try await Self.findRun(req, user: user, .update)
        guard run.publishedAt == nil else { throw Abort(.badRequest, reason: "Deze indeling is al gepubliceerd.") }
        let form = try req.formValues()
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard let studentID = form["studentID"].flatMap(UUID.init(uuidString:)),
              let student = try await req.students.find(studentID, try user.visibility(.view, .student)) else {
            throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.")
        }
        let positionID = form["positionID"].flatMap(UUID.init(uuidString:))
        if let positionID, try await req.positions.find(positionID, board: user.boardID) == nil {
            throw Abort(.notFound, reason: "Deze stageplaats bestaat niet.")
        }
        guard reason.count >= 10 else {
            return try await runPage(req, run: run, error: "Geef bij een aanpassing een reden van minstens 10 tekens; die wordt bewaard.",
                                     status: .badRequest)
        }
        try await req.db.transaction { tx in
            try await MatchingOverrideModel.query(on: tx).filter(\.$run.$id == run.requireID()).filter(\.$student.$id == studentID).delete()
            let model = MatchingOverrideModel()
            model.$run.id = try run.requireID()
            model.$student.id = studentID
            model.$position.id = positionID
            model.reason = reason
            model.$createdBy.id = user.userID
            try await model.create(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "matching", id: try run.requireID(), action: .update,
                                      before: nil as [String: String]?,
                                      after: ["leerling": student.fullName, "stageplaats": positionID?.uuidString ?? "geen", "reden": reason],
                                      at: req.now)
        }
        req.flash("Het voorstel voor \(student.fullName) is aangepast; de reden is vastgelegd.")
        return req.redirect(to: SitePath.matchingRun(try run.requireID()).path, redirectType: .normal)
    }

    func publish(req: Request) async throws -> Response {
        let user = try req.user()
        let run = try await Self.findRun(req, user: user, .update)
        guard run.publishedAt == nil else { throw Abort(.badRequest, reason: "Deze indeling is al gepubliceerd.") }
        let created = try await req.db.transaction { tx in
            try await MatchingService(db: tx).publish(run, actor: user.actor, at: req.now)
        }
        req.flash(DutchFormat.count(created, "stagevoorstel", "stagevoorstellen") + " aangemaakt met status ‘voorstel’; "
                  + "leerlingen en mentoren hebben bericht gekregen. Plan nu de kennismakingsgesprekken.")
        return req.redirect(to: SitePath.placements.path + "?periode=\(run.$period.id)", redirectType: .normal)
    }

    func overview(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.view, .matching)
        let periods = try await req.periods.list(school: user.schoolID)
        let period = req.chosenPeriod(periods)
        let report = try await period.asyncFlatMap {
            try await MatchingOverview.load(school: user.schoolID, board: user.boardID, period: $0, on: req.db)
        }
        return MatchingPages.overview(req, periods: periods, period: period, report: report)
    }


    private func runPage(_ req: Request, run: MatchingRunModel, error: String?, status: HTTPStatus) async throws -> Response {
        let context = try await Self.runContext(req, run: run, error: error)
        try await MeldpuntCompanySignals.prepare(req)
        try await CompanyQualityProfile.prepare(req)
        return MatchingPages.run(req, context, status: status)
    }

    /// Everything the run page shows; its CSV download reads the same.
    static func runContext(_ req: Request, run: MatchingRunModel, error: String?) async throws -> MatchingPages.RunContext {
        let service = MatchingService(db: req.db)
        let proposals = try await service.proposals(run)
        let students = try await StudentModel.query(on: req.db).filter(\.$id ~~ Array(proposals.keys)).all()
        let unmatchedIDs = (StoredResult.decode(run.result)?.unmatched ?? []).compactMap { UUID(uuidString: $0.studentId) }
        let unmatched = try await StudentModel.query(on: req.db).filter(\.$id ~~ unmatchedIDs).all()
        let positions = try await service.positionsWithFreePlaces(board: try req.user().boardID,
                                                                  period: run.$period.id)
        let overrides = try await MatchingOverrideModel.query(on: req.db).filter(\.$run.$id == run.requireID()).all()
        return .init(run: run, result: StoredResult.decode(run.result), proposals: proposals,
                     students: students + unmatched.filter { s in !students.contains { $0.id == s.id } },
                     positions: positions.map(\.position), overrides: overrides, error: error)
    }

    /// A run of the user's school: from the path, or `id` (the CSV download names it in its query).
    static func findRun(_ req: Request, user: CurrentUser, _ action: Action, id: UUID? = nil) async throws -> MatchingRunModel {
        _ = try user.visibility(action, .matching)
        guard let id = id ?? req.parameters.get("run", as: UUID.self),
              let run = try await MatchingRunModel.query(on: req.db).filter(\.$id == id)
                .filter(\.$school.$id == user.schoolID).first()
        else { throw Abort(.notFound, reason: "Deze indeling bestaat niet of hoort niet bij uw school.") }
        return run
    }
}
