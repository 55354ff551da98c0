import Fluent
import StagelijnCore
import Vapor

/// The calendar of one school year: the default activities with what the school recorded for them (status, owner,
/// evidence). Nothing is written until an activity is updated, so reading never writes.
struct QualityCalendarService {
    let db: any Database

    struct Activity {
        var template: QualityActivityTemplate
        var year: SchoolYear
        var owner: Role
        var ownerName: String
        var dueOn: LocalDate
        var status: QualityActivityStatus
        var notes: String
        var decisions: String
        var updatedBy: String?
        var updatedAt: Date?

        func overdue(today: LocalDate) -> Bool { QualityCalendar.isOverdue(status: status, dueOn: dueOn, today: today) }
    }

    func year(_ year: SchoolYear, school: UUID) async throws -> [Activity] {
        let stored = try await QualityActivityModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$schoolYear == year.name).all()
        return QualityCalendar.defaults.map { template in
            let row = stored.first { $0.activityKey == template.key }
            return Activity(template: template, year: year, owner: row.flatMap { Role(rawValue: $0.ownerRole) } ?? template.owner,
                            ownerName: row?.ownerName ?? "", dueOn: row.flatMap { LocalDate(iso: $0.dueOn) } ?? template.dueDate(in: year),
                            status: row.flatMap { QualityActivityStatus(rawValue: $0.status) } ?? .open,
                            notes: row?.notes ?? "", decisions: row?.decisions ?? "", updatedBy: row?.updatedByName, updatedAt: row?.updatedAt)
        }.sorted { $0.dueOn < $1.dueOn }
    }

    /// Overdue activities of this and last school year owned by `role` (for the owner's home page).
    func overdue(school: UUID, role: Role, today: LocalDate) async throws -> [Activity] {
        let current = SchoolYear(containing: today)
        var result: [Activity] = []
        for year in [SchoolYear(parsing: "\(current.startYear - 1)-\(current.startYear)"), current].compactMap({ $0 }) {
            result += try await self.year(year, school: school).filter { $0.owner == role && $0.overdue(today: today) }
        }
        return result
    }

    struct Update {
        var status: QualityActivityStatus
        var owner: Role
        var ownerName: String
        var dueOn: LocalDate
        var notes: String
        var decisions: String
    }

    static func read(_ values: [String: String], year: SchoolYear) -> Result<Update, QualityProblems> {
        var problems: [String] = []
        var update: (QualityActivityStatus, String, String)?
        switch QualityCalendar.readUpdate(status: values["status"] ?? "", notes: values["notes"] ?? "", decisions: values["decisions"] ?? "") {
        case let .success(value): update = value
        case let .failure(found): problems += found.messages
        }
        let owner = Role(rawValue: values["owner"] ?? "")
        if owner == nil || !QualityRequirement.ownerRoles.contains(owner!) { problems.append("Eigenaar: kies wie deze activiteit uitvoert.") }
        let due = LocalDate(parsing: values["due"] ?? "")
        if due == nil || SchoolYear(containing: due!) != year {
            problems.append("Uiterste datum: vul een datum in schooljaar \(year.name) in, bijvoorbeeld 15-03-\(year.startYear + 1).")
        }
        let name = (values["owner_name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if name.count > 120 { problems.append("Naam van de eigenaar: gebruik hoogstens 120 tekens.") }
        guard problems.isEmpty, let update, let owner, let due else { return .failure(QualityProblems(problems)) }
        return .success(Update(status: update.0, owner: owner, ownerName: name, dueOn: due, notes: update.1, decisions: update.2))
    }

    func save(_ update: Update, key: String, year: SchoolYear, school: UUID, actor: Actor, at date: Date) async throws {
        try await db.transaction { db in
            let existing = try await QualityActivityModel.query(on: db).filter(\.$school.$id == school)
                .filter(\.$schoolYear == year.name).filter(\.$activityKey == key).first()
            let model = existing ?? QualityActivityModel()
            let before = existing.map(Self.audit)
            model.$school.id = school
            model.schoolYear = year.name
            model.activityKey = key
            model.ownerRole = update.owner.rawValue
            model.ownerName = update.ownerName
            model.dueOn = update.dueOn.iso
            model.status = update.status.rawValue
            model.notes = update.notes
            model.decisions = update.decisions
            model.updatedByName = actor.name
            try await model.save(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "quality_activity", id: model.requireID(),
                                      action: existing == nil ? .create : .update, before: before, after: Self.audit(model), at: date)
        }
    }

    static func audit(_ m: QualityActivityModel) -> QualityAuditValue {
        QualityAuditValue(owner: m.ownerRole, ownerName: m.ownerName, status: m.status, dueOn: m.dueOn, notes: m.notes, decisions: m.decisions)
    }
}
