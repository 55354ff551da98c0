import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// The allowance of a placement and its check against the school's norm and the youth minimum wage (seeds 001, 003).
enum AllowanceService {
    struct Check {
        let allowance: AllowanceModel?
        let result: AllowanceCheck.Result?
        let age: Int?
        let hoursPerWeek: Double
        let hoursFromSchedule: Bool
        let norm: AllowanceNorm?
    }

    /// Scheduled hours per week: the placement's work schedule when there is one, else the place's days × hours.
    static func hoursPerWeek(_ placement: PlacementModel, on db: any Database) async throws -> (hours: Double, fromSchedule: Bool) {
        let id = try placement.requireID()
        if let schedule = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == id).first() {
            let monday = placement.period.start.isoWeekMonday
            let minutes = schedule.weekly.shifts(from: monday, through: monday.adding(days: 6)).reduce(0) { $0 + $1.workedMinutes }
            if minutes > 0 { return (Double(minutes) / 60, true) }
        }
        return (Double(placement.position.daysPerWeek * placement.position.hoursPerDay), false)
    }

    static func norm(school: UUID, on db: any Database) async throws -> AllowanceNorm? {
        try await AllowanceNormModel.query(on: db).filter(\.$school.$id == school).first()?.value
    }

    /// The check on the stage's first day (the age and the wage table of that day).
    static func check(_ placement: PlacementModel, on db: any Database) async throws -> Check {
        let id = try placement.requireID()
        let allowance = try await AllowanceModel.query(on: db).filter(\.$placement.$id == id).first()
        let (hours, fromSchedule) = try await hoursPerWeek(placement, on: db)
        let norm = try await norm(school: placement.$school.id, on: db)
        let day = placement.period.start
        let age = placement.student.birth?.age(on: day)
        let result = allowance.flatMap { allowance in
            age.map { AllowanceCheck.check(allowance.value, age: $0, on: day, hoursPerWeek: hours, norm: norm) }
        }
        return Check(allowance: allowance, result: result, age: age, hoursPerWeek: hours, hoursFromSchedule: fromSchedule, norm: norm)
    }

    static func save(_ value: Allowance, note: String?, placement: PlacementModel, actor: Actor, at date: Date,
                     on db: any Database) async throws {
        let id = try placement.requireID()
        try await db.transaction { tx in
            let existing = try await AllowanceModel.query(on: tx).filter(\.$placement.$id == id).first()
            let model = existing ?? AllowanceModel()
            let before = existing.map(snapshot)
            model.$placement.id = id
            model.$school.id = placement.$school.id
            model.amountCents = value.amountCents
            model.unit = value.unit
            model.source = value.source
            model.costCentsPerMonth = value.costReimbursementCentsPerMonth
            model.note = note
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "allowance", id: try model.requireID(),
                                      action: existing == nil ? .create : .update, before: before, after: snapshot(model), at: date)
        }
    }

    static func saveNorm(_ norm: AllowanceNorm, school: UUID, actor: Actor, at date: Date, on db: any Database) async throws {
        try await db.transaction { tx in
            let existing = try await AllowanceNormModel.query(on: tx).filter(\.$school.$id == school).first()
            let model = existing ?? AllowanceNormModel()
            let before = existing.map { ["minimum": "\($0.minimumCentsPerMonth)", "costs": $0.requiresCostReimbursement ? "ja" : "nee"] }
            model.$school.id = school
            model.minimumCentsPerMonth = norm.minimumCentsPerMonth
            model.requiresCostReimbursement = norm.requiresCostReimbursement
            try await model.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: "allowanceNorm", id: try model.requireID(),
                                      action: existing == nil ? .create : .update, before: before,
                                      after: ["minimum": "\(model.minimumCentsPerMonth)", "costs": model.requiresCostReimbursement ? "ja" : "nee"],
                                      at: date)
        }
    }

    private static func snapshot(_ model: AllowanceModel) -> [String: String] {
        ["amountCents": "\(model.amountCents)", "unit": model.unit.rawValue, "source": model.source.rawValue,
         "costCentsPerMonth": "\(model.costCentsPerMonth)", "note": model.note ?? ""]
    }

    /// Placements (agreed, running or completed) and those with an allowance, per sector, counted by the database.
    static func sharePerSector(school: UUID, on db: any Database) async throws -> [AllowanceShare] {
        guard let sql = db as? any SQLDatabase else { return [] }
        struct Row: Decodable { let sector: String; let placements: Int; let with_allowance: Int }
        let rows = try await sql.raw("""
            SELECT pos.sector AS sector, CAST(COUNT(*) AS BIGINT) AS placements,
                   CAST(SUM(CASE WHEN a.amount_cents > 0 THEN 1 ELSE 0 END) AS BIGINT) AS with_allowance
            FROM placements p JOIN positions pos ON pos.id = p.position_id
            LEFT JOIN allowances a ON a.placement_id = p.id
            WHERE p.school_id = \(bind: school) AND p.status IN ('agreement', 'active', 'completed')
            GROUP BY pos.sector
            """).all(decoding: Row.self)
        var counts: [Sector: (withAllowance: Int, placements: Int)] = [:]
        for row in rows { if let sector = Sector(rawValue: row.sector) { counts[sector] = (row.with_allowance, row.placements) } }
        return AllowanceShare.table(counts)
    }
}
