import Fluent
import StagelijnCore
import Vapor

/// The quality loop's pages: the dashboard (with its PDF report and CSV), the definitions, the stages behind a figure
/// (coordinator only), the requirements and the quality-care calendar.
struct QualityController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("assets", "kwaliteit.css", use: css)
        routes.get("kwaliteit", use: dashboard)
        routes.get("kwaliteit", "definitie", ":key", use: definition)
        routes.get("kwaliteit", "leerlingen", ":indicator", use: students)
        routes.get("kwaliteit", "rapport.pdf", use: QualityReport.pdf)
        routes.get("kwaliteit", "kengetallen.csv", use: QualityReport.csv)
        routes.get("kwaliteit", "eisen", use: requirements)
        routes.post("kwaliteit", "eisen", use: saveRequirements)
        routes.get("kwaliteit", "kalender", use: calendar)
        routes.get("kwaliteit", "kalender", ":year", ":key", use: activity)
        routes.post("kwaliteit", "kalender", ":year", ":key", use: saveActivity)
        try routes.register(collection: EvaluationBankEditor())
    }

    func css(req: Request) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        return Response(status: .ok, headers: headers, body: .init(string: QualityChart.css))
    }

    static func load(_ req: Request) async throws -> (CurrentUser, QualityDashboard) {
        let user = try req.user()
        _ = try user.require(.list, .qualityFigures)
        guard let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.notFound) }
        let year: String? = req.query["jaar"]
        return (user, try await QualityDashboard.load(school: school, year: year, today: req.today, on: req.db))
    }

    /// The coordinator may follow a figure to the stages behind it; leadership and the inspector see figures only.
    static func mayDrillDown(_ user: CurrentUser) -> Bool {
        user.scope(.list, .qualityFigures) == .school && user.scope(.view, .placement) == .school
    }

    func dashboard(req: Request) async throws -> Response {
        let (user, dashboard) = try await Self.load(req)
        return QualityDashboardPage.render(req, dashboard, drillDown: Self.mayDrillDown(user),
                                           canEdit: AccessPolicy.allows(user.role, .update, .qualityCare))
    }

    func definition(req: Request) async throws -> Response {
        let user = try req.user()
        guard AccessPolicy.allows(user.role, .list, .qualityFigures) || AccessPolicy.allows(user.role, .list, .qualityCare) else {
            throw Abort(.forbidden, reason: "Uw rol (\(user.role.dutchName)) geeft geen toegang tot deze gegevens.")
        }
        guard let key = req.parameters.get("key"), let definition = QualityDefinitions.find(key) else {
            throw Abort(.notFound, reason: "Deze definitie bestaat niet.")
        }
        return QualityInfoPages.definition(req, definition)
    }

    func students(req: Request) async throws -> Response {
        let (user, indicator, year, placements) = try await Self.notMet(req, indicator: req.parameters.get("indicator"))
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "quality_students", id: user.schoolID, at: req.now)
        return QualityInfoPages.students(req, indicator: indicator, year: year, placements: placements)
    }

    /// The stages behind a figure that did not meet it (the coordinator only): the page and its CSV download share this.
    static func notMet(_ req: Request, indicator code: String?) async throws
        -> (CurrentUser, QualityIndicator, year: String, placements: [PlacementModel]) {
        let (user, dashboard) = try await Self.load(req)
        guard Self.mayDrillDown(user) else {
            throw Abort(.forbidden, reason: "Alleen de stagecoördinator ziet de leerlingen achter een kengetal.")
        }
        guard let indicator = code.flatMap(QualityIndicator.init(rawValue:)), !indicator.isOutflow,
              indicator != .reportsAnswered else { throw Abort(.notFound, reason: "Dit kengetal bestaat niet.") }
        let ids = QualityFigures.notMet(indicator, dashboard.facts.filter { $0.schoolYear == dashboard.year }, today: req.today)
            .compactMap(UUID.init(uuidString:))
        let placements = ids.isEmpty ? [] : try await PlacementModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$id ~~ ids).with(\.$student).with(\.$position) { $0.with(\.$company) }.all()
        return (user, indicator, dashboard.year, placements.sorted { $0.student.lastName < $1.student.lastName })
    }

    func requirements(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.list, .qualityCare)
        let list = try await QualityRequirementsStore.effective(school: user.schoolID, on: req.db)
        return QualityRequirementsPage.render(req, list, canEdit: AccessPolicy.allows(user.role, .update, .qualityCare))
    }

    func saveRequirements(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .qualityCare)
        let typed = try req.formValues()
        switch QualityRequirementsService.read(typed) {
        case let .failure(problems):
            let list = try await QualityRequirementsStore.effective(school: user.schoolID, on: req.db)
            return QualityRequirementsPage.render(req, list, canEdit: true, typed: typed, problems: problems.messages, status: .badRequest)
        case let .success(list):
            try await QualityRequirementsService(db: req.db).save(list, school: user.schoolID, actor: user.actor, at: req.now)
            req.flash("De kwaliteitseisen zijn opgeslagen.")
            return req.redirect(to: QualityPath.requirements.path, redirectType: .normal)
        }
    }

    func calendar(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.list, .qualityCare)
        let years = QualityCalendar.years(around: req.today)
        let typed: String? = req.query["jaar"]
        let year = typed.flatMap(SchoolYear.init(parsing:)).flatMap { years.contains($0) ? $0 : nil } ?? SchoolYear(containing: req.today)
        let activities = try await QualityCalendarService(db: req.db).year(year, school: user.schoolID)
        return QualityCalendarPage.year(req, year: year, years: years, activities: activities,
                                        canEdit: AccessPolicy.allows(user.role, .update, .qualityCare))
    }

    private func activityFor(_ req: Request, _ user: CurrentUser) async throws -> QualityCalendarService.Activity {
        guard let year = req.parameters.get("year").flatMap(SchoolYear.init(parsing:)),
              QualityCalendar.years(around: req.today).contains(year), let key = req.parameters.get("key"),
              let activity = try await QualityCalendarService(db: req.db).year(year, school: user.schoolID).first(where: { $0.template.key == key })
        else { throw Abort(.notFound, reason: "Deze activiteit bestaat niet.") }
        return activity
    }

    func activity(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .qualityCare)
        return QualityCalendarPage.activity(req, try await activityFor(req, user))
    }

    func saveActivity(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .qualityCare)
        let activity = try await activityFor(req, user)
        let typed = try req.formValues()
        switch QualityCalendarService.read(typed, year: activity.year) {
        case let .failure(problems):
            return QualityCalendarPage.activity(req, activity, typed: typed, problems: problems.messages, status: .badRequest)
        case let .success(update):
            try await QualityCalendarService(db: req.db).save(update, key: activity.template.key, year: activity.year,
                                                              school: user.schoolID, actor: user.actor, at: req.now)
            req.flash("‘\(activity.template.title)’ is bijgewerkt.")
            return req.redirect(to: QualityPath.calendar(year: activity.year.name).path, redirectType: .normal)
        }
    }
}
