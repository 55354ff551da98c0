import Fluent
import StagelijnCore
import Vapor

/// Resolves the mentor e-mail of a student (form or CSV) to a mentor account of the same school.
struct MentorDirectory {
    let mentorsByEmail: [String: (id: UUID, name: String)]

    static func load(school: UUID, on db: any Database) async throws -> MentorDirectory {
        let memberships = try await MembershipModel.query(on: db)
            .filter(\.$school.$id == school).filter(\.$role == .mentor).with(\.$user).all()
        var result: [String: (UUID, String)] = [:]
        for membership in memberships {
            if let id = membership.user.id { result[membership.user.email] = (id, membership.user.name) }
        }
        return MentorDirectory(mentorsByEmail: result)
    }

    /// nil for no mentor; throws the Dutch field error for an unknown e-mail.
    func resolve(_ email: String?) -> Result<UUID?, FieldError> {
        guard let email, !email.isEmpty else { return .success(nil) }
        guard let mentor = mentorsByEmail[email.lowercased()] else {
            return .failure(FieldError(field: "mentorEmail", label: "mentor",
                                       message: "Er is geen mentor met e-mailadres ‘\(email)’ op deze school."))
        }
        return .success(mentor.id)
    }

    var options: [(value: String, label: String)] {
        mentorsByEmail.map { (value: $0.key, label: "\($0.value.name) (\($0.key))") }.sorted { $0.label < $1.label }
    }
}
