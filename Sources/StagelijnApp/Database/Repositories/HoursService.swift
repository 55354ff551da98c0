import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// The stage-agenda of a placement: every recorded day is checked with the same schedule check as the CLI, over
/// all recorded days (so week and rest rules see the whole picture); the rule codes are kept per day.
enum HoursService {
    /// One day as the student (or supervisor) wrote it, already read and validated.
    struct Day { let date: LocalDate; let start: ClockTime; let end: ClockTime; let breakMinutes: Int; let activities: String }

    /// What the supervisor sees of a placement's agenda at a glance.
    struct Signal: Equatable { var violations = 0, open = 0, corrections = 0 }

    static func entries(placement: UUID, on db: any Database) async throws -> [HourEntryModel] {
        try await HourEntryModel.query(on: db).filter(\.$placement.$id == placement).sort(\.$date).all()
    }

    /// Writes (or rewrites) one day and re-checks the whole agenda, in one transaction with its audit entry.
    /// A rewritten day needs the company's confirmation again ("an edit withdraws later approvals"); a correction
    /// the company asked for stays visible next to it until the company confirms the week.
    static func record(_ day: Day, placement: PlacementModel, actor: Actor, at now: Date,
                       on db: any Database) async throws -> [ScheduleViolation] {
        let placementID = try placement.requireID()
        return try await db.transaction { tx in
            let existing = try await HourEntryModel.query(on: tx).filter(\.$placement.$id == placementID)
                .filter(\.$date == day.date.iso).first()
            let entry = existing ?? HourEntryModel()
            let before = existing.map { ["tijden": "\($0.start)–\($0.end)", "pauze": String($0.breakMinutes), "wat": $0.activities] }
            entry.$placement.id = placementID
            entry.date = day.date.iso
            entry.start = day.start.description
            entry.end = day.end.description
            entry.breakMinutes = day.breakMinutes
            entry.activities = String(day.activities.prefix(2000))
            entry.violations = ""
            entry.confirmedAt = nil
            entry.confirmedBy = nil
            try await entry.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "hours", id: try entry.requireID(),
                                      action: before == nil ? .create : .update, before: before,
                                      after: ["datum": day.date.dutch, "tijden": "\(day.start)–\(day.end)",
                                              "pauze": String(day.breakMinutes), "wat": entry.activities], at: now)
            return try await recheck(placement: placement, on: tx)
                .filter { $0.date == day.date || ($0.date == day.date.isoWeekMonday && isWeekRule($0.rule)) }
        }
    }

    /// The company confirms a week, or sends it back with a comment; only entries of this placement. A correction
    /// is told to the student and the supervisor (through the outbox), so it does not wait for someone to look.
    static func review(week: [HourEntryModel], monday: LocalDate, correcting: Bool, comment: String, by name: String,
                       actor: Actor, placement: PlacementModel, at now: Date, on db: any Database) async throws {
        let placementID = try placement.requireID()
        try await db.transaction { tx in
            if correcting { try await announceCorrection(placement, monday: monday, comment: comment, at: now, on: tx) }
            for entry in week {
                entry.confirmedAt = correcting ? nil : now
                entry.confirmedBy = correcting ? nil : name
                entry.companyComment = comment.isEmpty ? nil : comment
                try await entry.save(on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, entity: "hours", id: placementID, action: .update,
                                      before: nil as [String: String]?,
                                      after: ["week van": monday.dutch, "actie": correcting ? "correctie gevraagd" : "bevestigd",
                                              "opmerking": comment], at: now)
        }
    }

    private static func announceCorrection(_ placement: PlacementModel, monday: LocalDate, comment: String, at now: Date,
                                           on db: any Database) async throws {
        if let email = placement.student.email, FieldReader.isEmail(email) {
            try await Outbox.enqueue(school: placement.$school.id, to: email, subject: "Je praktijkbegeleider vraagt een correctie van je uren",
                                     body: "Beste \(placement.student.firstName),\n\nJe praktijkbegeleider vraagt een correctie van je uren in de week "
                                         + "van \(monday.dutch):\n“\(comment)”\n\nPas de dag aan in je stage-agenda in Stagelijn; daarna bevestigt het bedrijf de week opnieuw.\n",
                                     at: now, on: db)
        }
        if let supervisor = try await placement.supervisorID.asyncFlatMap({ try await UserModel.find($0, on: db) }) {
            try await Outbox.enqueue(school: placement.$school.id, to: supervisor.email,
                                     subject: "Correctie van stage-uren gevraagd voor \(placement.student.fullName)",
                                     body: "Beste \(supervisor.name),\n\nDe praktijkbegeleider vraagt een correctie van de uren van "
                                         + "\(placement.student.fullName) in de week van \(monday.dutch):\n“\(comment)”\n\nDe leerling of u past de dag aan in de stage-agenda in Stagelijn.\n",
                                     at: now, on: db)
        }
    }

    /// Re-checks every entry of the placement and stores the rule codes per day; returns all violations.
    @discardableResult
    static func recheck(placement: PlacementModel, on db: any Database) async throws -> [ScheduleViolation] {
        let placementID = try placement.requireID()
        let all = try await entries(placement: placementID, on: db)
        let stored = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == placementID).first()
        let kind = stored.flatMap { StageKind(rawValue: $0.stageKind) } ?? .vocational
        guard let birth = placement.student.birth else { return [] }
        let violations = ScheduleCheck.check(WorkSchedule(birthDate: birth, stageKind: kind, shifts: all.compactMap(\.shift),
                                                          exceptions: stored?.exceptionSet ?? []))
        for entry in all {
            guard let day = LocalDate(iso: entry.date) else { continue }
            let codes = violations.filter { $0.date == day || $0.date == day.isoWeekMonday && isWeekRule($0.rule) }
                .map(\.rule.rawValue)
            let joined = Array(Set(codes)).sorted().joined(separator: ",")
            if entry.violations != joined {
                entry.violations = joined
                try await entry.save(on: db)
            }
        }
        return violations
    }

    static func isWeekRule(_ rule: ScheduleRule) -> Bool {
        rule == .maxHoursPerWeek || rule == .avgHoursPer4Weeks || rule == .maxDaysPerWeek
    }

    /// Entries grouped per ISO week (Monday), newest week first.
    static func weeks(_ entries: [HourEntryModel]) -> [(monday: LocalDate, entries: [HourEntryModel])] {
        let grouped = Dictionary(grouping: entries) { LocalDate(iso: $0.date)?.isoWeekMonday.dayNumber ?? 0 }
        return grouped.keys.sorted(by: >).map { (LocalDate(dayNumber: $0), grouped[$0] ?? []) }
    }

    /// Per placement, counted by the database: days that break a youth labour rule, days not confirmed, and days the
    /// company sent back with a correction.
    static func signals(placements ids: [UUID], on db: any Database) async throws -> [UUID: Signal] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable { let placement_id: UUID; let violations: Int; let open: Int; let corrections: Int }
        let rows = try await sql.raw("""
            SELECT placement_id, CAST(SUM(CASE WHEN violations <> '' THEN 1 ELSE 0 END) AS BIGINT) AS violations,
              CAST(SUM(CASE WHEN confirmed_at IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS open,
              CAST(SUM(CASE WHEN confirmed_at IS NULL AND company_comment IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS corrections
            FROM hour_entries WHERE placement_id IN (\(binds: ids)) GROUP BY placement_id
            """).all(decoding: Row.self)
        return Dictionary(rows.map { ($0.placement_id, .init(violations: $0.violations, open: $0.open, corrections: $0.corrections)) },
                          uniquingKeysWith: { a, _ in a })
    }
}
