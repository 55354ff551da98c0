import Foundation
import StagelijnCore
import Vapor

extension APIv1 {
    /// A dropout's procedure as the /uitval page tracks it. The notes of the talk and of the company contact and a
    /// linked meldpunt report stay on the page (least data: the handlers' and supervisors' working notes).
    struct Dropout: Content {
        let id: UUID
        let placementId: UUID
        let studentId: UUID
        let schoolYear: String
        let endedOn: String
        let reason: String
        let cause: String?
        let talkOn: String?
        let companyContactedOn: String?
        let mentorInformedAt: String?
        let supportTeamConsulted: Bool
        let nextStep: String?
        let nextStepOn: String?

        init(_ m: DropoutModel) {
            id = m.id ?? UUID()
            placementId = m.$placement.id; studentId = m.$student.id; schoolYear = m.schoolYear; endedOn = m.endedOn
            reason = m.reason; cause = m.cause?.rawValue; talkOn = m.talkOn; companyContactedOn = m.companyContactedOn
            mentorInformedAt = APIv1.timestamp(m.mentorInformedAt); supportTeamConsulted = m.supportTeamConsulted
            nextStep = m.nextStep?.rawValue; nextStepOn = m.nextStepOn
        }
    }

    /// A leaver as the /uitstroom page lists them: when, from which profile, to which destination, aftercare or not.
    struct Leaver: Content {
        let id: UUID
        let studentId: UUID
        let schoolType: String
        let leftOn: String
        let schoolYear: String
        let profile: String
        let destination: String
        let aftercare: Bool
        let aftercareRequested: Bool

        init(_ m: OutflowModel) {
            id = m.id ?? UUID()
            studentId = m.$student.id; schoolType = m.schoolType.rawValue; leftOn = m.leftOn; schoolYear = m.schoolYear
            profile = m.profile.rawValue; destination = m.destination.rawValue; aftercare = m.aftercare
            aftercareRequested = m.aftercareRequested
        }
    }
}
