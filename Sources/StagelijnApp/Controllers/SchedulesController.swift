import Fluent
import StagelijnCore
import Vapor

/// The weekly work pattern of a placement, checked on every save against youth labour law for every day of the
/// stage period. An unlawful schedule is only kept with a coordinator's reasoned exception.
struct SchedulesController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let schedule = routes.grouped("stages", ":id", "rooster")
        schedule.get(use: show)
        schedule.post(use: save)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .view)
        let stored = try await PlacementScheduleModel.query(on: req.db).filter(\.$placement.$id == placement.requireID()).first()
        let values = stored.map(Self.values(of:)) ?? Self.defaultValues(for: placement)
        let violations = stored.flatMap { Self.schedule(from: Self.values(of: $0)) }.map { Self.check($0, placement) } ?? []
        return SchedulePage.render(req, .init(placement: placement, values: .init(values), violations: violations,
                                              canEdit: AccessPolicy.allows(user.role, .update, .agreement),
                                              canOverride: AccessPolicy.allows(user.role, .create, .ruleException),
                                              storedReason: stored?.overrideReason), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await find(req, user: user, .update)
        let form = try req.formValues()
        let render = { (values: Forms.Values, violations: [ScheduleViolation], error: String?) in
            SchedulePage.render(req, .init(placement: placement, values: values, violations: violations, canEdit: true,
                                           canOverride: AccessPolicy.allows(user.role, .create, .ruleException),
                                           storedReason: nil, error: error), status: .badRequest)
        }
        guard let parsed = Self.schedule(from: form) else {
            return render(.init(form, errors: FieldErrors([FieldError(field: "stageKind", label: "soort stage", message: "Kies het soort stage.")])), [], nil)
        }
        let problems = parsed.weekly.problems()
        if !problems.isEmpty { return render(.init(form, errors: FieldErrors(problems)), [], nil) }
        let violations = Self.check(parsed, placement)
        let reason = (form["overrideReason"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !violations.isEmpty {
            guard AccessPolicy.allows(user.role, .create, .ruleException) else {
                return render(.init(form), violations, "Dit rooster overtreedt de jeugdarbeidsregels en is niet opgeslagen. "
                              + "Pas het aan, of vraag de stagecoördinator om een onderbouwde uitzondering.")
            }
            guard reason.count >= 10 else {
                return render(.init(form), violations, "Dit rooster overtreedt de jeugdarbeidsregels en is niet opgeslagen. "
                              + "Pas het aan, of leg onderaan een onderbouwde uitzondering vast (minstens 10 tekens).")
            }
        }
        try await req.db.transaction { tx in
            try await Self.store(parsed, placement: placement, violations: violations.count,
                                 reason: violations.isEmpty ? nil : reason, actor: user.actor, at: req.now, on: tx)
        }
        // A pro plan that crosses the stage-hour limits of WVO art. 32 is saved, with the warning right away.
        let placements = try await req.placements.list(try user.visibility(.view, .placement), filter: .init(studentID: placement.$student.id))
        let hours = try await StudentStageHours.load(student: placement.student, placements: placements, today: req.today, on: req.db)
        let limits = hours.proWarnings.map(\.dutchMessage).joined(separator: " ")
        req.flash((violations.isEmpty ? "Het rooster is opgeslagen en voldoet aan de jeugdarbeidsregels."
                                      : "Het rooster is opgeslagen met een uitzondering op " + DutchFormat.count(violations.count, "overtreding", "overtredingen") + "; de reden is vastgelegd.")
                  + (limits.isEmpty ? "" : " Let op, stage-uren: \(limits)"))
        return req.redirect(to: SitePath.schedule(try placement.requireID()).path, redirectType: .normal)
    }

    struct Parsed {
        let kind: StageKind
        let weekly: WeeklySchedule
        let exceptions: Set<ScheduleException>
    }

    /// Reads the form (or stored values): a day counts when its "works" box is ticked.
    static func schedule(from form: [String: String]) -> Parsed? {
        guard let kind = form["stageKind"].flatMap(StageKind.init(rawValue:)) else { return nil }
        let days = (1...7).compactMap { day -> WeekdayHours? in
            guard ["ja", "on"].contains(form["works\(day)"] ?? "") else { return nil }
            let breakText = (form["break\(day)"] ?? "").trimmingCharacters(in: .whitespaces)
            return WeekdayHours(weekday: day, start: (form["start\(day)"] ?? "").trimmingCharacters(in: .whitespaces),
                                end: (form["end\(day)"] ?? "").trimmingCharacters(in: .whitespaces),
                                breakMinutes: breakText.isEmpty ? 0 : Int(breakText) ?? -1,
                                schoolDay: ["ja", "on"].contains(form["school\(day)"] ?? ""))
        }
        let exceptions = Set((form["exceptions"] ?? "").split(separator: ",").compactMap {
            ScheduleException(rawValue: $0.trimmingCharacters(in: .whitespaces))
        })
        return Parsed(kind: kind, weekly: WeeklySchedule(days: days), exceptions: exceptions)
    }

    /// The same check the CLI runs, over every day of the stage period.
    static func check(_ parsed: Parsed, _ placement: PlacementModel) -> [ScheduleViolation] {
        guard let birth = placement.student.birth else { return [] }
        let shifts = parsed.weekly.shifts(from: placement.period.start, through: placement.period.end)
        return ScheduleCheck.check(WorkSchedule(birthDate: birth, stageKind: parsed.kind, shifts: shifts, exceptions: parsed.exceptions))
    }

    static func store(_ parsed: Parsed, placement: PlacementModel, violations: Int, reason: String?,
                      actor: Actor, at date: Date, on db: any Database) async throws {
        let placementID = try placement.requireID()
        let existing = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == placementID).first()
        let before = existing.map(values(of:))
        let model = existing ?? PlacementScheduleModel()
        model.$placement.id = placementID
        model.stageKind = parsed.kind.rawValue
        model.days = String(decoding: (try? JSONEncoder().encode(parsed.weekly)) ?? Data("{\"days\":[]}".utf8), as: UTF8.self)
        model.exceptions = parsed.exceptions.map(\.rawValue).sorted().joined(separator: ",")
        model.violationCount = violations
        model.overrideReason = reason
        try await model.save(on: db)
        var after = values(of: model)
        after["overtredingen"] = String(violations)
        if let reason { after["uitzondering"] = reason }
        try await AuditLog.record(on: db, actor: actor, entity: "schedule", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before, after: after, at: date)
    }

    static func values(of model: PlacementScheduleModel) -> [String: String] {
        var values = ["stageKind": model.stageKind, "exceptions": model.exceptions, "overrideReason": model.overrideReason ?? ""]
        for day in model.weekly.days {
            values["works\(day.weekday)"] = "ja"
            values["start\(day.weekday)"] = day.start
            values["end\(day.weekday)"] = day.end
            values["break\(day.weekday)"] = String(day.breakMinutes)
            if day.schoolDay { values["school\(day.weekday)"] = "ja" }
        }
        return values
    }

    /// A first proposal from the stage period: its days per week from Monday, its hours per day with a 30-minute break.
    static func defaultValues(for placement: PlacementModel) -> [String: String] {
        let period = placement.period
        var values = ["stageKind": StageKind.vocational.rawValue]
        let endMinutes = 8 * 60 + 30 + period.hoursPerDay * 60
        let end = ClockTime(minutes: min(endMinutes, 23 * 60)).map(\.description) ?? "15:30"
        for day in 1...max(1, min(5, period.daysPerWeek)) {
            values["works\(day)"] = "ja"
            values["start\(day)"] = "08:30"
            values["end\(day)"] = end
            values["break\(day)"] = "30"
        }
        return values
    }

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> PlacementModel {
        try await req.placement(user: user, action, .agreement)
    }
}
