import Fluent
import StagelijnCore
import Vapor

/// The coordinator's settings (handlers, school holidays, retention), the figures for leadership ("< 5"), their CSV
/// for the annual report, and "niet plaatsen" on a company.
struct MeldpuntAdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("meldingen", "instellingen", use: settings)
        routes.post("meldingen", "instellingen", use: saveSettings)
        routes.get("meldingen", "cijfers", use: statistics)
        routes.get("meldingen", "cijfers.csv", use: statisticsCSV)
        routes.post("bedrijven", ":id", "niet-plaatsen", use: blockCompany)
    }

    private func requireCoordinator(_ req: Request) throws -> CurrentUser {
        let user = try req.user()
        guard MeldpuntAccess.canConfigure(role: user.role, sameSchool: true) else {
            throw Abort(.forbidden, reason: "Alleen de stagecoördinator stelt het meldpunt in.")
        }
        return user
    }

    func settings(req: Request) async throws -> Response {
        let user = try requireCoordinator(req)
        let settings = try await req.meldpunt.settings(school: user.schoolID)
        return try await MeldpuntAdminPages.settings(req, settings: settings, staff: staff(req, user),
                                                     named: Set(req.meldpunt.namedHandlers(school: user.schoolID).map { $0.$user.id }),
                                                     values: nil, status: .ok)
    }

    func saveSettings(req: Request) async throws -> Response {
        let user = try requireCoordinator(req)
        let form = try req.formValues()
        let settings = try await req.meldpunt.settings(school: user.schoolID)
        let staff = try await staff(req, user)
        var reader = FieldReader(form, fields: [FieldSpec("retentionMonths", "bewaartermijn in maanden", required: true),
                                                FieldSpec("holidays", "schoolvakanties")])
        let months = reader.int("retentionMonths", in: IncidentRetention.allowedMonths)
        let holidaysText = reader.multiLineText("holidays", maxLength: 4000)
        let parsed = SchoolCalendar.parseHolidays(holidaysText)
        if let wrong = parsed.unreadable.first {
            reader.fail("holidays", "Regel ‘\(wrong.prefix(60))’ is geen datum of periode. Schrijf bijvoorbeeld 2026-12-21 t/m 2027-01-01.")
        }
        let chosen = Set((form["confidants"] ?? "").split(separator: ",").compactMap { UUID(uuidString: String($0)) })
        // Only staff of this school can be named; anything else in the form is ignored.
        let allowed = Set(staff.map(\.id)).intersection(chosen)
        guard let months, reader.result == nil else {
            return MeldpuntAdminPages.settings(req, settings: settings, staff: staff, named: allowed,
                                                         values: .init(form, errors: reader.result), status: .badRequest)
        }
        let before = ["coordinators": "\(settings.coordinatorsHandle)", "careCoordinators": "\(settings.careCoordinatorsHandle)",
                      "retentionMonths": "\(settings.retentionMonths)", "holidays": settings.holidays]
        settings.coordinatorsHandle = form["coordinatorsHandle"] == "ja"
        settings.careCoordinatorsHandle = form["careCoordinatorsHandle"] == "ja"
        settings.retentionMonths = months
        settings.holidays = SchoolCalendar.formatHolidays(parsed.ranges)
        let after = ["coordinators": "\(settings.coordinatorsHandle)", "careCoordinators": "\(settings.careCoordinatorsHandle)",
                     "retentionMonths": "\(months)", "holidays": settings.holidays]
        let existing = try await req.meldpunt.namedHandlers(school: user.schoolID)
        try await req.db.transaction { tx in
            try await settings.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "meldpuntSettings", id: settings.requireID(), action: .update,
                                      before: before, after: after, at: req.now)
            for handler in existing where !allowed.contains(handler.$user.id) {
                try await handler.delete(on: tx)
                try await AuditLog.record(on: tx, actor: user.actor, entity: "meldpuntHandler", id: handler.requireID(), action: .delete,
                                          before: ["user": handler.user.name], after: [String: String]?.none, at: req.now)
            }
            for id in allowed where !existing.contains(where: { $0.$user.id == id }) {
                let handler = MeldpuntHandlerModel()
                handler.$school.id = user.schoolID
                handler.$user.id = id
                try await handler.create(on: tx)
                try await AuditLog.record(on: tx, actor: user.actor, entity: "meldpuntHandler", id: handler.requireID(), action: .create,
                                          before: [String: String]?.none, after: ["user": staff.first { $0.id == id }?.name ?? ""], at: req.now)
            }
        }
        req.flash("De instellingen van het meldpunt zijn opgeslagen.")
        return req.redirect(to: MeldpuntPath.settings.path, redirectType: .normal)
    }

    /// Staff of this school who can be named vertrouwenspersoon.
    private func staff(_ req: Request, _ user: CurrentUser) async throws -> [(id: UUID, name: String, role: Role)] {
        let members = try await MembershipModel.query(on: req.db).filter(\.$school.$id == user.schoolID).with(\.$user).all()
        var seen = Set<UUID>()
        return members.filter { MeldpuntAccess.canBeNamedConfidant($0.role) && $0.user.isActive }
            .sorted { $0.user.name < $1.user.name }
            .filter { seen.insert($0.$user.id).inserted }
            .map { (id: $0.$user.id, name: $0.user.name, role: $0.role) }
    }

    func statistics(req: Request) async throws -> Response {
        let (from, to, tables) = try await figures(req)
        return MeldpuntAdminPages.statistics(req, from: from, to: to, tables: tables)
    }

    func statisticsCSV(req: Request) async throws -> Response {
        let (from, to, tables) = try await figures(req)
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
        headers.contentDisposition = .init(.attachment, filename: "meldpunt-\(from.iso)-\(to.iso).csv")
        return Response(status: .ok, headers: headers, body: .init(string: "\u{FEFF}" + IncidentStatistics.csv(tables)))
    }

    /// The school year (1 August – 31 July) of today unless `van`/`tot` are given.
    private func figures(_ req: Request) async throws -> (LocalDate, LocalDate, [StatisticsTable]) {
        let user = try req.user()
        let isHandler = try await req.meldpunt.isHandler(user)
        guard MeldpuntAccess.canSeeStatistics(role: user.role, isHandler: isHandler, sameSchool: true) else {
            throw Abort(.forbidden, reason: "De cijfers van het meldpunt zijn voor de schoolleiding en de behandelaars.")
        }
        let today = req.today
        let startYear = today.month >= 8 ? today.year : today.year - 1
        let from = (try? req.query.get(String.self, at: "van")).flatMap { LocalDate(parsing: String($0.prefix(10))) }
            ?? LocalDate(year: startYear, month: 8, day: 1) ?? today
        let to = (try? req.query.get(String.self, at: "tot")).flatMap { LocalDate(parsing: String($0.prefix(10))) }
            ?? LocalDate(year: startYear + 1, month: 7, day: 31) ?? today
        let settings = try await req.meldpunt.settings(school: user.schoolID)
        let facts = try await req.meldpunt.reports(school: user.schoolID).map(\.fact)
        return (from, to, IncidentStatistics.tables(facts, from: from, to: max(from, to), calendar: settings.calendar))
    }

    func blockCompany(req: Request) async throws -> Response {
        let user = try req.user()
        guard MeldpuntAccess.canBlockCompany(role: user.role, sameSchool: true) else {
            throw Abort(.forbidden, reason: "Alleen de stagecoördinator kan een bedrijf op ‘niet plaatsen’ zetten.")
        }
        guard let companyID = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              try await CompanyModel.query(on: req.db).filter(\.$id == companyID).filter(\.$board.$id == user.boardID).count() == 1
        else { throw Abort(.notFound) }
        let form = try req.formValues()
        let existing = try await req.meldpunt.block(school: user.schoolID, company: companyID)
        let reason = (form["reason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if form["action"] == "opheffen" {
            if let existing {
                try await req.db.transaction { tx in
                    try await existing.delete(on: tx)
                    try await AuditLog.record(on: tx, actor: user.actor, entity: "companyPlacementBlock", id: companyID, action: .delete,
                                              before: ["reason": existing.reason], after: [String: String]?.none, at: req.now)
                }
            }
            req.flash("Het bedrijf kan weer stagiairs krijgen.")
        } else {
            guard (5...500).contains(reason.count), InputText.isMultiLine(reason) else {
                throw Abort(.badRequest, reason: "Schrijf een reden van 5 tot 500 tekens waarom dit bedrijf geen stagiairs meer krijgt.")
            }
            let block = existing ?? CompanyPlacementBlockModel()
            let before = existing.map { ["reason": $0.reason] }
            block.$school.id = user.schoolID
            block.$company.id = companyID
            block.reason = reason
            block.setByName = user.name
            block.setAt = req.now
            try await req.db.transaction { tx in
                try await block.save(on: tx)
                try await AuditLog.record(on: tx, actor: user.actor, entity: "companyPlacementBlock", id: companyID,
                                          action: existing == nil ? .create : .update, before: before, after: ["reason": reason], at: req.now)
            }
            req.flash("Het bedrijf staat op ‘niet plaatsen’.")
        }
        return req.redirect(to: SitePath.company(companyID).path, redirectType: .normal)
    }
}
