import Fluent
import StagelijnCore
import Vapor

/// Finds an assessment and its placement through the access policy: an assessment of another school or of a
/// student the user may not see is "not found", whatever its id.
extension Request {
    func assessment(user: CurrentUser, _ action: Action) async throws -> (AssessmentModel, PlacementModel) {
        guard let id = parameters.get("assessment", as: UUID.self),
              let assessment = try await AssessmentModel.find(id, on: db),
              let placement = try await placements.find(assessment.$placement.id, try user.visibility(action, .assessment))
        else { throw Abort(.notFound, reason: "Deze beoordeling bestaat niet of is niet van u.") }
        return (assessment, placement)
    }
}

extension CurrentUser {
    /// The part of an assessment this user fills: the student their self-assessment, the school's staff who may change
    /// assessments the school's judgement; everyone else (parents, mentors, care) only reads.
    var assessmentPart: AssessmentPerspective? {
        guard AccessPolicy.allows(role, .update, .assessment) else { return nil }
        switch role {
        case .student: return .student
        case .coordinator, .supervisor: return .school
        default: return nil
        }
    }
}
