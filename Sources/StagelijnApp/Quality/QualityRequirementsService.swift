import Fluent
import StagelijnCore
import Vapor

/// Saves the requirements as typed: every changed requirement is written (insert or update) and audited in one
/// transaction; nothing is written when one field is wrong.
struct QualityRequirementsService {
    let db: any Database

    static func read(_ values: [String: String]) -> Result<[QualityRequirement], QualityProblems> {
        var result: [QualityRequirement] = [], problems: [String] = []
        for indicator in QualityIndicator.allCases {
            let key = indicator.rawValue
            switch QualityRequirement.read(indicator: indicator, norm: values["norm-\(key)"] ?? "", owner: values["owner-\(key)"] ?? "",
                                           ownerName: values["name-\(key)"] ?? "", statement: values["statement-\(key)"] ?? "",
                                           active: values["active-\(key)"] != nil) {
            case let .success(requirement): result.append(requirement)
            case let .failure(found): problems += found.messages
            }
        }
        return problems.isEmpty ? .success(result) : .failure(QualityProblems(problems))
    }

    func save(_ requirements: [QualityRequirement], school: UUID, actor: Actor, at date: Date) async throws {
        try await db.transaction { db in
            let current = try await QualityRequirementsStore.effective(school: school, on: db)
            let stored = try await QualityRequirementModel.query(on: db).filter(\.$school.$id == school).all()
            for requirement in requirements {
                let before = current.first { $0.indicator == requirement.indicator }
                guard before != requirement else { continue }
                let model = stored.first { $0.indicator == requirement.indicator.rawValue } ?? QualityRequirementModel()
                let isNew = model.id == nil
                model.$school.id = school
                model.indicator = requirement.indicator.rawValue
                model.norm = requirement.norm
                model.ownerRole = requirement.owner.rawValue
                model.ownerName = requirement.ownerName
                model.statement = requirement.statement
                model.active = requirement.active
                model.updatedByName = actor.name
                try await model.save(on: db)
                try await AuditLog.record(on: db, actor: actor, entity: "quality_requirement", id: model.requireID(),
                                          action: isNew ? .create : .update, before: before.map(Self.audit), after: Self.audit(requirement), at: date)
            }
        }
    }

    static func audit(_ r: QualityRequirement) -> QualityAuditValue {
        QualityAuditValue(norm: r.norm, owner: r.owner.rawValue, ownerName: r.ownerName, statement: r.statement, active: r.active)
    }
}
