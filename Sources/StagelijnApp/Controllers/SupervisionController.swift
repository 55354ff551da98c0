import Fluent
import StagelijnCore
import Vapor

/// Supervision that actually happens: the supervisor's week page (due and overdue across the caseload), recording a
/// visit or contact moment in under a minute, and assigning a supervisor to a placement.
struct SupervisionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("begeleiding", use: week)
        routes.get("begeleiding", "overzicht", use: overview)
        routes.post("begeleiding", "ritme", use: saveRhythm)
        routes.get("stages", ":id", "bezoek", use: visitForm)
        routes.post("stages", ":id", "bezoek", use: recordVisit)
        routes.post("stages", ":id", "begeleider", use: assignSupervisor)
        // The stage dossier reads supervision, hours and the agreement together; registered here with the
        // supervision routes so routes.swift stays as it is.
        try DossierController().boot(routes: routes)
    }

    func week(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .supervision)
        guard let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.notFound) }
        // A supervisor sees their own caseload; the coordinator (and care coordinator) the whole school.
        let own = user.role == .supervisor ? user.userID : nil
        // A mentor (and anyone whose scope is their mentees) sees their own students' stages.
        let mentor = visibility.scope == .mentees ? user.userID : nil
        let canRecord = AccessPolicy.allows(user.role, .update, .supervision)
        let rendered = try await req.cachedFigure("begeleiding|\(user.membershipID)") {
            let placements = try await CaseloadRows.load(school: user.schoolID, supervisor: own, mentor: mentor, on: req.db)
            return SupervisionPages.weekContent(req, .init(
                placements: placements,
                items: try await CaseloadRows.plans(placements.map(\.stage), school: school, today: req.today, on: req.db),
                hourSignals: try await HoursService.signals(placements: placements.map(\.id), on: req.db),
                supervisors: try await SupervisionPlanRows.supervisorNames(school: user.schoolID, on: req.db),
                canRecord: canRecord))
        }
        return Layout.page(req, rendered)
    }

    func overview(req: Request) async throws -> Response {
        let user = try req.user()
        guard try user.visibility(.list, .supervision).scope == .school,
              let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.forbidden) }
        let periods = try await req.periods.list(school: user.schoolID)
        let period = req.chosenPeriod(periods)
        let report = try await period.asyncFlatMap { try await SupervisionOverview.load(school: school, period: $0, today: req.today, on: req.db) }
        return SupervisionOverviewPage.render(req, periods: periods, period: period, report: report, school: school,
                                         canSetRhythm: AccessPolicy.allows(user.role, .create, .schoolSignature))
    }

    /// The school's visit rhythm (weeks between visits; with a support need). Coordinator only.
    func saveRhythm(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .schoolSignature)
        guard let school = try await SchoolModel.find(user.schoolID, on: req.db) else { throw Abort(.notFound) }
        let form = try req.formValues()
        guard let regular = form["visitIntervalWeeks"].flatMap(Int.init), (1...8).contains(regular),
              let support = form["visitIntervalSupportWeeks"].flatMap(Int.init), (1...8).contains(support), support <= regular
        else { throw Abort(.badRequest, reason: "Kies 1 tot 8 weken; bij extra ondersteuning niet minder vaak dan gewoonlijk.") }
        let before = ["weken": String(school.visitIntervalWeeks), "weken bij ondersteuning": String(school.visitIntervalSupportWeeks)]
        school.visitIntervalWeeks = regular
        school.visitIntervalSupportWeeks = support
        try await req.db.transaction { tx in
            try await school.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "school", id: try school.requireID(), action: .update,
                                      before: before, after: ["weken": String(regular), "weken bij ondersteuning": String(support)],
                                      at: req.now)
        }
        req.flash("Bezoekritme: elke \(regular) weken, bij extra ondersteuning elke \(support) weken.")
        return req.redirect(to: SitePath.supervisionOverview.path, redirectType: .normal)
    }

    func visitForm(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .supervision)
        let goals = try await GoalService(db: req.db).goals(of: placement).map(\.text)
        return SupervisionPages.visitForm(req, placement: placement, goals: goals, values: .init(["doneOn": req.today.iso, "kind": "bezoek"]),
                                          status: .ok)
    }

    func recordVisit(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .supervision)
        let form = try req.formValues()
        var errors: [FieldError] = []
        let kind = form["kind"].flatMap(SupervisionKind.init(rawValue:))
        if kind == nil { errors.append(FieldError(field: "kind", label: "soort", message: "Kies bezoek of contactmoment.")) }
        let day = LocalDate(parsing: form["doneOn"] ?? "")
        if day == nil || day.map({ $0 > req.today }) == true {
            errors.append(FieldError(field: "doneOn", label: "datum", message: "Vul de datum in; niet in de toekomst."))
        }
        let progress = (form["progress"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if progress.isEmpty { errors.append(FieldError(field: "progress", label: "voortgang", message: "Schrijf kort hoe het gaat met de doelen.")) }
        let goals = try await GoalService(db: req.db).goals(of: placement).map(\.text)
        guard errors.isEmpty, let kind, let day else {
            return SupervisionPages.visitForm(req, placement: placement, goals: goals, values: .init(form, errors: FieldErrors(errors)),
                                              status: .badRequest)
        }
        let record = SupervisionRecordModel()
        record.$placement.id = try placement.requireID()
        record.kind = kind.rawValue
        record.doneOn = day.iso
        record.present = String((form["present"] ?? "").prefix(500))
        record.progress = String(progress.prefix(2000))
        record.concerns = String((form["concerns"] ?? "").prefix(2000))
        record.nextStep = String((form["nextStep"] ?? "").prefix(1000))
        record.$recordedBy.id = user.userID
        record.recordedByName = user.name
        // Per goal where it stands; a goal not discussed is left out.
        record.goalProgress = goals.enumerated().compactMap { index, goal in
            (form["goal.\(index)"]).flatMap(Score.init(word:)).map { GoalProgress(goal: goal, score: $0) }
        }
        try await req.db.transaction { tx in
            try await record.create(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "supervision", id: try record.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["soort": kind.dutchName, "datum": day.dutch, "voortgang": record.progress,
                                              "zorgen": record.concerns, "volgende stap": record.nextStep,
                                              "doelen": record.goalProgress.map { "\($0.goal): \($0.score.dutch)" }.joined(separator: "; ")],
                                      at: req.now)
        }
        req.flash("\(kind.dutchName.capitalizedFirstLetter) op \(day.dutch) is vastgelegd.")
        return req.redirect(to: SitePath.placement(try placement.requireID()).path, redirectType: .normal)
    }

    func assignSupervisor(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .placement)
        let form = try req.formValues()
        let supervisors = try await SupervisionService.supervisorNames(school: user.schoolID, on: req.db)
        let chosen = form["supervisorID"].flatMap(UUID.init(uuidString:))
        guard chosen == nil || supervisors[chosen!] != nil else { throw Abort(.badRequest, reason: "Kies een stagebegeleider van uw school.") }
        let before = placement.supervisorID.flatMap { supervisors[$0] } ?? "geen"
        placement.supervisorID = chosen
        try await req.db.transaction { tx in
            try await placement.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "placement", id: try placement.requireID(), action: .update,
                                      before: ["begeleider": before], after: ["begeleider": chosen.flatMap { supervisors[$0] } ?? "geen"],
                                      at: req.now)
        }
        req.flash("De stagebegeleider is vastgelegd.")
        return req.redirect(to: SitePath.placement(try placement.requireID()).path, redirectType: .normal)
    }

}
