import Fluent
import StagelijnCore
import Vapor

/// Which records of a school a query may return, derived from the access policy's scope for the current user.
struct Visibility: Sendable {
    let schoolID: UUID
    let boardID: UUID
    let scope: AccessScope
    let userID: UUID?
    let linkedStudentIDs: [UUID]

    /// Everything in the school; for commands and the system.
    static func wholeSchool(_ schoolID: UUID, boardID: UUID) -> Visibility {
        Visibility(schoolID: schoolID, boardID: boardID, scope: .school, userID: nil, linkedStudentIDs: [])
    }
}

extension CurrentUser {
    /// Checks the policy (403 when not allowed at all) and returns the visibility to query with.
    func visibility(_ action: Action, _ resource: Resource) throws -> Visibility {
        Visibility(schoolID: schoolID, boardID: boardID, scope: try require(action, resource), userID: userID,
                   linkedStudentIDs: linkedStudentIDs)
    }
}

/// One page of a list.
struct Page<Item> {
    let items: [Item]
    let total: Int
    let page: Int
    let perPage: Int

    var pageCount: Int { max(1, (total + perPage - 1) / perPage) }
}

extension QueryBuilder where Model == StudentModel {
    /// Narrows a student query to what the visibility allows. Always filters on the school first.
    func visible(to visibility: Visibility) -> Self {
        filter(\.$school.$id == visibility.schoolID)
        switch visibility.scope {
        case .school: break
        case .mentees: filter(\.$mentor.$id == (visibility.userID ?? UUID()))
        case .linkedStudents: filter(\.$id ~~ visibility.linkedStudentIDs)
        case .none: filter(\.$id == UUID())
        }
        return self
    }
}
