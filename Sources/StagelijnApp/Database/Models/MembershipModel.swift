import Fluent
import Foundation
import StagelijnCore

/// A user's role at one school. A person working at two schools has two memberships.
final class MembershipModel: Model, @unchecked Sendable {
    static let schema = "memberships"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: UserModel
    @Parent(key: "school_id") var school: SchoolModel
    @Enum(key: "role") var role: Role
    /// For a student or parent: the student record this account belongs to.
    @OptionalParent(key: "student_id") var student: StudentModel?

    init() {}

    init(id: UUID? = nil, userID: UUID, schoolID: UUID, role: Role, studentID: UUID? = nil) {
        self.id = id
        self.$user.id = userID
        self.$school.id = schoolID
        self.role = role
        self.$student.id = studentID
    }
}
