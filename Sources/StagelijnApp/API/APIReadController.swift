import Fluent
import StagelijnCore
import Vapor

/// Read-only endpoints of `/api/v1`: positions, stage periods, placements with their status changes, agreements,
/// hours, visits and contact moments, and matching runs. Every query goes through the pages' repositories.
struct APIReadController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("positions", use: positions)
        routes.get("positions", ":id", use: position)
        routes.get("stage-periods", use: periods)
        routes.get("stage-periods", ":id", use: period)
        routes.get("placements", use: placements)
        routes.get("placements", ":id", use: placement)
        routes.get("placements", ":id", "agreement", use: agreement)
        routes.get("placements", ":id", "hours", use: hours)
        routes.get("placements", ":id", "supervision", use: supervision)
        routes.get("matching-runs", use: matchingRuns)
        routes.get("matching-runs", ":id", use: matchingRun)
    }

    func positions(req: Request) async throws -> APIv1.List<APIv1.Position> {
        let client = try req.client()
        _ = try client.visibility(.list, .position)
        let paging = try APIPaging.read(req)
        var filter = PositionFilter()
        filter.search = try APIQuery.text(req, "q")
        let all = try await req.positions.list(board: client.boardID, filter: filter)
        return .init(items: paging.slice(all).map(APIv1.Position.init), total: all.count, page: paging.page, perPage: paging.perPage)
    }

    func position(req: Request) async throws -> APIv1.Position {
        let client = try req.client()
        _ = try client.visibility(.view, .position)
        guard let position = try await req.positions.find(try APIQuery.id(req, "Deze stageplaats"), board: client.boardID)
        else { throw APIProblem.notFound("Deze stageplaats") }
        return APIv1.Position(position)
    }

    func periods(req: Request) async throws -> APIv1.List<APIv1.StagePeriod> {
        let client = try req.client()
        _ = try client.visibility(.list, .stagePeriod)
        let paging = try APIPaging.read(req)
        let all = try await req.periods.list(school: client.schoolID)
        return .init(items: paging.slice(all).map(APIv1.StagePeriod.init), total: all.count, page: paging.page, perPage: paging.perPage)
    }

    func period(req: Request) async throws -> APIv1.StagePeriod {
        let client = try req.client()
        _ = try client.visibility(.view, .stagePeriod)
        guard let period = try await req.periods.find(try APIQuery.id(req, "Deze stageperiode"), school: client.schoolID)
        else { throw APIProblem.notFound("Deze stageperiode") }
        return APIv1.StagePeriod(period)
    }

    func placements(req: Request) async throws -> APIv1.List<APIv1.Placement> {
        let client = try req.client()
        let visibility = try client.visibility(.list, .placement)
        let paging = try APIPaging.read(req)
        var filter = PlacementFilter()
        filter.periodID = try APIQuery.uuid(req, "periodId")
        filter.studentID = try APIQuery.uuid(req, "studentId")
        if let status = APIQuery.raw(req, "status") {
            guard let value = PlacementStatus(rawValue: status) else {
                throw APIProblem.badParameter("status", "Kies uit \(PlacementStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
            filter.status = value
        }
        let all = try await req.placements.list(visibility, filter: filter)
        let page = Array(paging.slice(all))
        let ids = page.compactMap(\.id)
        let history = ids.isEmpty ? [] : try await PlacementStatusChangeModel.query(on: req.db).filter(\.$placement.$id ~~ ids).all()
        let byPlacement = Dictionary(grouping: history, by: { $0.$placement.id })
        return .init(items: page.map { APIv1.Placement($0, history: byPlacement[$0.id ?? UUID()] ?? []) },
                     total: all.count, page: paging.page, perPage: paging.perPage)
    }

    func placement(req: Request) async throws -> APIv1.Placement {
        let placement = try await findPlacement(req, .placement)
        return APIv1.Placement(placement, history: placement.history)
    }

    func agreement(req: Request) async throws -> APIv1.Agreement {
        let client = try req.client()
        let placement = try await findPlacement(req, .agreement)
        let state = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        if let id = state.agreement?.id {
            try await AuditLog.recordRead(on: req.db, actor: client.actor, entity: "agreement", id: id, at: req.now)
        }
        return APIv1.Agreement(
            placementId: try placement.requireID(), exists: state.agreement != nil, complete: state.isComplete,
            fullySigned: state.isFullySigned, sentAt: APIv1.timestamp(state.agreement?.sentAt),
            missing: state.missing.map { "\($0)" }, textHash: state.textHash, text: state.text,
            signatures: state.signatures.map {
                APIv1.Signature(role: $0.role, name: $0.name, signedOn: $0.signedOn, method: $0.method, textHash: $0.textHash,
                                matchesCurrentText: $0.textHash == state.textHash)
            })
    }

    func hours(req: Request) async throws -> APIv1.List<APIv1.HourEntry> {
        let placement = try await findPlacement(req, .hours)
        let paging = try APIPaging.read(req)
        let all = try await HourEntryModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
            .sort(\.$date).sort(\.$start).all()
        return .init(items: paging.slice(all).map(APIv1.HourEntry.init), total: all.count, page: paging.page, perPage: paging.perPage)
    }

    func supervision(req: Request) async throws -> APIv1.List<APIv1.SupervisionRecord> {
        let placement = try await findPlacement(req, .supervision)
        let paging = try APIPaging.read(req)
        let all = try await SupervisionRecordModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
            .sort(\.$doneOn).all()
        return .init(items: paging.slice(all).map(APIv1.SupervisionRecord.init), total: all.count, page: paging.page,
                     perPage: paging.perPage)
    }

    func matchingRuns(req: Request) async throws -> APIv1.List<APIv1.MatchingRun> {
        let client = try req.client()
        _ = try client.visibility(.list, .matching)
        let paging = try APIPaging.read(req)
        let query = MatchingRunModel.query(on: req.db).filter(\.$school.$id == client.schoolID)
        let total = try await query.count()
        let runs = try await query.sort(\.$createdAt, .descending).range(.page(paging.page, perPage: paging.perPage)).all()
        return .init(items: runs.map { APIv1.MatchingRun($0, withAssignments: false) }, total: total, page: paging.page,
                     perPage: paging.perPage)
    }

    func matchingRun(req: Request) async throws -> APIv1.MatchingRun {
        let client = try req.client()
        _ = try client.visibility(.view, .matching)
        guard let run = try await MatchingRunModel.query(on: req.db).filter(\.$school.$id == client.schoolID)
            .filter(\.$id == APIQuery.id(req, "Deze matchingronde")).first()
        else { throw APIProblem.notFound("Deze matchingronde") }
        return APIv1.MatchingRun(run, withAssignments: true)
    }

    private func findPlacement(_ req: Request, _ resource: Resource) async throws -> PlacementModel {
        let client = try req.client()
        let visibility = try client.visibility(.view, resource)
        guard let placement = try await req.placements.find(try APIQuery.id(req, "Deze stage"), visibility)
        else { throw APIProblem.notFound("Deze stage") }
        return placement
    }
}
