import Fluent
import StagelijnCore
import Vapor

/// The home page answers "what needs my attention now" for each role: the coordinator's school-wide to-do list,
/// the supervisor's caseload, the mentor's class, the care coordinator's students with a support need, the
/// student's and the parent's own stage, and figures without names for leadership and the inspector.
/// Nobody sees a total that is not theirs.
struct HomeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: index)
    }

    /// The page's content is computed and rendered once per membership while the school's data does not change
    /// (`FigureCache`, issue 16); the frame around it (menu, CSRF token, flash) per request.
    func index(req: Request) async throws -> Response {
        let user = try req.user()
        let rendered = try await req.cachedFigure("home|\(user.membershipID)") { try await Self.content(req, user) }
        return Layout.page(req, rendered)
    }

    /// What a home page shows: the role's own part, and the blocks other features add (they read their figures into
    /// the request's storage first).
    static func content(_ req: Request, _ user: CurrentUser) async throws -> RenderedContent {
        try await MeldpuntHome.prepare(req)
        try await EvaluationHome.prepare(req)
        try await QualityHome.prepare(req)
        try await StageLineHome.prepare(req)
        try await StageEndHome.prepare(req)
        switch user.role {
        case .student, .parent:
            var stages: [MyStage] = []
            for id in user.linkedStudentIDs {
                guard let student = try await StudentModel.query(on: req.db).filter(\.$id == id)
                    .filter(\.$school.$id == user.schoolID).first() else { continue }
                stages.append(try await MyStage.load(student: student, role: user.role, today: req.today, on: req.db))
            }
            return HomePage.family(req, role: user.role, stages: stages)
        default: break
        }
        guard let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.notFound) }
        let periods = try await req.periods.list(school: user.schoolID)
        let period = Self.currentPeriod(periods, today: req.today)
        switch user.role {
        case .coordinator:
            let attention = try await CoordinatorAttention.load(school: user.schoolID, period: period, today: req.today,
                                                                now: req.now, on: req.db)
            let overdue = try await SupervisionPlanRows.overduePerSupervisor(school: school, today: req.today, on: req.db)
            return HomePage.coordinator(req, .init(period: period, attention: attention, overdue: overdue))
        case .supervisor:
            let lines = try await StaffHome.caseload(school: school, supervisor: user.userID, today: req.today, on: req.db)
            return HomePage.staff(req, .init(kind: .caseload, period: period, lines: lines))
        case .mentor:
            let lines = try await StaffHome.students(.mentor(user.userID), school: school, period: period, today: req.today, on: req.db)
            return HomePage.staff(req, .init(kind: .mentees, period: period, lines: lines))
        case .careCoordinator:
            let lines = try await StaffHome.students(.supportNeeds, school: school, period: period, today: req.today, on: req.db)
            return HomePage.staff(req, .init(kind: .supportNeeds, period: period, lines: lines))
        case .leadership, .inspector, .student, .parent:
            let figures = try await SchoolFigures.load(school: school, period: period, today: req.today, now: req.now, on: req.db)
            return HomePage.figures(req, period: period, figures: figures)
        }
    }

    /// Visits and contact moments overdue on running stages, per supervisor.
    static func overduePerSupervisor(school: SchoolModel, today: LocalDate,
                                     on db: any Database) async throws -> [(name: String, visits: Int, contacts: Int)] {
        let schoolID = try school.requireID()
        let running = try await SupervisionService.caseload(school: schoolID, supervisor: nil, on: db).filter { $0.status == .active }
        let items = try await SupervisionService.items(for: running, school: school, today: today, on: db)
        let names = try await SupervisionService.supervisorNames(school: schoolID, on: db)
        var rows: [String: (visits: Int, contacts: Int)] = [:]
        for placement in running {
            let overdue = (items[placement.id ?? UUID()] ?? []).filter { $0.state == .overdue }
            let name = placement.supervisorID.flatMap { names[$0] } ?? "nog geen begeleider"
            let visits = overdue.filter { $0.kind == .visit }.count
            rows[name, default: (0, 0)].visits += visits
            rows[name, default: (0, 0)].contacts += overdue.count - visits
        }
        return rows.filter { $0.value.visits + $0.value.contacts > 0 }
            .map { (name: $0.key, visits: $0.value.visits, contacts: $0.value.contacts) }.sorted { $0.name < $1.name }
    }

    /// The period running today, else the next one, else the last one.
    static func currentPeriod(_ periods: [StagePeriodModel], today: LocalDate) -> StagePeriodModel? {
        periods.first { $0.start <= today && today <= $0.end }
            ?? periods.filter { $0.start > today }.min { $0.start < $1.start }
            ?? periods.max { $0.end < $1.end }
    }
}
