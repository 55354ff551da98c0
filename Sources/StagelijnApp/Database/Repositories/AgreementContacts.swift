import Fluent
import Foundation
import StagelijnCore

/// The people who receive a signing invitation, from contacts stored once: the student's e-mail on the student,
/// the first parent or guardian with an e-mail address, and the praktijkbegeleider of the placement (or else the
/// company's contact person).
struct AgreementContacts {
    struct Person: Equatable {
        var name: String
        var email: String?
        var hasEmail: Bool { email.map { FieldReader.isEmail($0, maxLength: 200) } ?? false }
    }

    var student: Person
    var parent: Person?
    var workplaceMentor: Person?
    /// Every stored guardian, in the order they were added.
    var guardians: [GuardianModel]

    func person(for role: SignatoryRole) -> Person? {
        switch role {
        case .student: student
        case .parent: parent
        case .company: workplaceMentor
        case .school: nil
        }
    }

    static func load(for placement: PlacementModel, on db: any Database) async throws -> AgreementContacts {
        let guardians = try await GuardianModel.query(on: db).filter(\.$student.$id == placement.$student.id)
            .sort(\.$createdAt).sort(\.$name).all()
        let parent = guardians.first { ($0.email ?? "").isEmpty == false } ?? guardians.first
        let mentor = try await WorkplaceMentorModel.query(on: db).filter(\.$placement.$id == placement.requireID()).first()
        // Queried rather than read from the placement: callers load the placement with different relations.
        let company = try await CompanyModel.query(on: db)
            .join(PositionModel.self, on: \CompanyModel.$id == \PositionModel.$company.$id)
            .filter(PositionModel.self, \.$id == placement.$position.id).first()
        let workplaceMentor: Person? = mentor.map { Person(name: $0.name, email: $0.email) }
            ?? company.flatMap { company in
                company.contactName.flatMap { !$0.trimmingCharacters(in: .whitespaces).isEmpty ? Person(name: $0, email: company.contactEmail) : nil }
            }
        return AgreementContacts(student: Person(name: placement.student.fullName, email: placement.student.email),
                                 parent: parent.map { Person(name: $0.name, email: $0.email) },
                                 workplaceMentor: workplaceMentor, guardians: guardians)
    }

    /// Stores a contact typed at sending time, so nobody types it again: the student's e-mail on the student, a new
    /// guardian, or the praktijkbegeleider of this placement. Audited in the caller's transaction.
    static func remember(_ role: SignatoryRole, name: String, email: String, placement: PlacementModel, known: AgreementContacts,
                         actor: Actor, at date: Date, on db: any Database) async throws {
        let placementID = try placement.requireID()
        switch role {
        case .school:
            return
        case .student:
            guard known.student.email != email else { return }
            let student = placement.student
            let before = student.email ?? ""
            student.email = email
            try await student.save(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "student", id: try student.requireID(), action: .update,
                                      before: ["e-mail": before], after: ["e-mail": email], at: date)
        case .parent:
            guard !known.guardians.contains(where: { $0.email == email && $0.name == name }) else { return }
            if let existing = known.guardians.first(where: { $0.name == name }) {
                let before = existing.email ?? ""
                existing.email = email
                try await existing.save(on: db)
                try await AuditLog.record(on: db, actor: actor, entity: "student", id: placement.$student.id, action: .update,
                                          before: ["e-mail \(name)": before], after: ["e-mail \(name)": email], at: date)
                return
            }
            let guardian = GuardianModel()
            guardian.$student.id = placement.$student.id
            guardian.name = name
            guardian.email = email
            try await guardian.create(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "student", id: placement.$student.id, action: .update,
                                      before: nil as [String: String]?, after: ["ouder of verzorger": name, "e-mail \(name)": email], at: date)
        case .company:
            guard known.workplaceMentor != Person(name: name, email: email) else { return }
            try await saveWorkplaceMentor(placement: placementID, name: name, email: email, phone: nil, actor: actor, at: date, on: db)
        }
    }

    static func saveWorkplaceMentor(placement: UUID, name: String, email: String?, phone: String?, actor: Actor, at date: Date,
                                    on db: any Database) async throws {
        let existing = try await WorkplaceMentorModel.query(on: db).filter(\.$placement.$id == placement).first()
        let before = existing.map { ["naam": $0.name, "e-mail": $0.email ?? "", "telefoon": $0.phone ?? ""] }
        let model = existing ?? WorkplaceMentorModel()
        model.$placement.id = placement
        model.name = name
        model.email = email
        model.phone = phone ?? existing?.phone
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "placement", id: placement, action: existing == nil ? .create : .update,
                                  before: before, after: ["praktijkbegeleider": name, "e-mail": email ?? "", "telefoon": model.phone ?? ""],
                                  at: date)
    }
}
