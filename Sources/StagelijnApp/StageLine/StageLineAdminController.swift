import Fluent
import StagelijnCore
import Vapor

/// The coordinator's overview of the lines, the programme editor and the interest-test items. Staff read the
/// overview; only the coordinator edits (`stageLineProgramme`).
struct StageLineAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stagelijn", use: overview)
        routes.get("stagelijn", "programma", ":type", use: programme)
        routes.post("stagelijn", "programma", ":type", use: saveProgramme)
        routes.get("stagelijn", "interessetest", use: items)
        routes.post("stagelijn", "interessetest", use: saveItems)
    }

    func overview(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .stageLine)
        guard ![.student, .parent].contains(user.role) else { throw Abort(.forbidden) }
        let students = try await StudentModel.query(on: req.db).visible(to: visibility)
            .sort(\.$lastName).sort(\.$firstName).range(0..<2000).all()
        let ids = students.compactMap(\.id)
        let steps = ids.isEmpty ? [] : try await StageLineStepModel.query(on: req.db).filter(\.$student.$id ~~ ids).all()
        let service = StageLineService(db: req.db)
        var groups: [StageLineAdminPages.Group] = []
        for type in SchoolType.allCases {
            let ofType = students.filter { $0.schoolType == type }
            guard !ofType.isEmpty else { continue }
            let programme = try await service.programme(school: user.schoolID, type: type)
            var byPosition: [LinePosition: [StudentModel]] = [:]
            for student in ofType {
                let records = steps.filter { $0.$student.id == student.id }.compactMap(\.record)
                let state = TrajectoryState(schoolYear: student.schoolYearLevel, birthDate: student.birth ?? req.today, today: req.today,
                                            records: records, decisions: [], readinessMet: false, groupStageHasRoom: false)
                byPosition[StageLineRules.position(programme, state), default: []].append(student)
            }
            let order = { (p: LinePosition) in (p.phaseIndex ?? -1, programme.steps.firstIndex { $0.key == p.stepKey } ?? -1, p.status.rawValue) }
            groups.append(.init(type: type, programme: programme,
                                rows: byPosition.sorted { order($0.key) < order($1.key) }.map { ($0.key, $0.value) }))
        }
        let free = try await GroupStageCapacity.freePlaces(school: user.schoolID, on: req.today, db: req.db)
        return StageLineAdminPages.overview(req, groups: groups, canEdit: user.scope(.update, .stageLineProgramme) != .none,
                                            freePlaces: free)
    }

    private func type(_ req: Request) throws -> SchoolType {
        guard let type = req.parameters.get("type").flatMap(SchoolType.init(rawValue:)) else { throw Abort(.notFound) }
        return type
    }

    func programme(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .stageLineProgramme)
        let programme = try await StageLineService(db: req.db).programme(school: user.schoolID, type: try type(req))
        return StageLineAdminPages.programme(req, programme, values: .init(ProgrammeForm.values(programme)))
    }

    func saveProgramme(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .stageLineProgramme)
        let service = StageLineService(db: req.db)
        let original = try await service.programme(school: user.schoolID, type: try type(req))
        let typed = try req.formValues()
        switch ProgrammeForm.apply(typed, to: original) {
        case let .failure(errors):
            return StageLineAdminPages.programme(req, original, values: .init(typed, errors: errors), status: .badRequest)
        case let .success(edited):
            let problems = edited.problems()
            guard problems.isEmpty else {
                return StageLineAdminPages.programme(req, original, values: .init(typed), problems: problems, status: .badRequest)
            }
            try await service.saveProgramme(edited, school: user.schoolID, actor: user.actor, at: req.now)
            req.flash("De stagelijn van \(edited.schoolType.dutchName) is opgeslagen.")
            return req.redirect(to: StageLinePath.overview.path, redirectType: .normal)
        }
    }

    func items(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .stageLineProgramme)
        return StageLineAdminPages.items(req, try await InterestTestService(db: req.db).items(school: user.schoolID))
    }

    func saveItems(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .stageLineProgramme)
        let form = try req.formValues()
        let count = min(200, Int(form["count"] ?? "") ?? 0)
        var items: [InterestItem] = []
        var used = Set<String>()
        for index in 0..<count {
            let statement = String((form["statement-\(index)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
            guard !statement.isEmpty, let sector = form["sector-\(index)"].flatMap(Sector.init(rawValue:)) else { continue }
            var key = String((form["key-\(index)"] ?? "").prefix(60))
            if key.isEmpty || used.contains(key) { key = "\(sector.rawValue)-eigen-\(index)" }
            used.insert(key)
            let picture = String((form["picture-\(index)"] ?? "").trimmingCharacters(in: .whitespaces).prefix(8))
            items.append(InterestItem(key: key, sector: sector, statement: statement, picture: picture.isEmpty ? "⭐" : picture))
        }
        let problems = try await InterestTestService(db: req.db).saveItems(items, school: user.schoolID, actor: user.actor, at: req.now)
        guard problems.isEmpty else { return StageLineAdminPages.items(req, items, problems: problems, status: .badRequest) }
        req.flash("De uitspraken van de interessetest zijn opgeslagen.")
        return req.redirect(to: StageLinePath.interestItems.path, redirectType: .normal)
    }
}
