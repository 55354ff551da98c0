import Foundation
import StagelijnCore
import Vapor

/// The JSON shapes of `/api/v1`. Field names are the code names the forms, CSV headers and audit log use.
enum APIv1 {
    struct List<Item: Content>: Content {
        let items: [Item]
        let total: Int
        let page: Int
        let perPage: Int
    }

    static func timestamp(_ date: Date?) -> String? {
        date.map { $0.formatted(.iso8601) }
    }

    struct Student: Content {
        let id: UUID
        let studentNumber: String
        let firstName: String
        let lastName: String
        let birthDate: String
        let schoolType: String
        let schoolYearLevel: Int
        let className: String
        let mentorEmail: String?
        let sectorInterests: [String]
        let needsSupport: Bool
        let street: String?
        let postcode: String
        let city: String?
        let email: String?
        let maxDistanceKm: Int
        let certificates: [String]
        let createdAt: String?
        let updatedAt: String?
        /// The day the student left school (recorded with their outflow or on the privacy page), if any.
        let leftOn: String?

        init(_ m: StudentModel, leftOn: String? = nil) {
            id = m.id ?? UUID()
            studentNumber = m.studentNumber; firstName = m.firstName; lastName = m.lastName; birthDate = m.birthDate
            schoolType = m.schoolType.rawValue; schoolYearLevel = m.schoolYearLevel; className = m.className
            mentorEmail = m.$mentor.value??.email
            sectorInterests = m.sectors.map(\.rawValue); needsSupport = m.needsSupport
            street = m.street; postcode = m.postcode; city = m.city; email = m.email; maxDistanceKm = m.maxDistanceKm
            certificates = m.certificateList.map(\.rawValue)
            createdAt = APIv1.timestamp(m.createdAt); updatedAt = APIv1.timestamp(m.updatedAt)
            self.leftOn = leftOn
        }
    }

    struct Company: Content {
        let id: UUID
        let name: String
        let street: String
        let postcode: String
        let city: String
        let sectors: [String]
        let sbbNumber: String?
        let sbbStatus: String
        let contactName: String?
        let contactEmail: String?
        let contactPhone: String?
        let isDeliveryService: Bool
        let notes: String?
        let createdAt: String?
        let updatedAt: String?

        init(_ m: CompanyModel) {
            id = m.id ?? UUID()
            name = m.name; street = m.street; postcode = m.postcode; city = m.city
            sectors = m.sectors.split(separator: ",").map(String.init)
            sbbNumber = m.sbbNumber; sbbStatus = m.sbbStatus.rawValue
            contactName = m.contactName; contactEmail = m.contactEmail; contactPhone = m.contactPhone
            isDeliveryService = m.isDeliveryService; notes = m.notes
            createdAt = APIv1.timestamp(m.createdAt); updatedAt = APIv1.timestamp(m.updatedAt)
        }
    }

    struct Position: Content {
        let id: UUID
        let companyId: UUID
        let title: String
        let sector: String
        let capacity: Int
        let daysPerWeek: Int
        let hoursPerDay: Int
        let minimumAge: Int
        let requiredCertificates: [String]
        let description: String?

        init(_ m: PositionModel) {
            id = m.id ?? UUID()
            companyId = m.$company.id; title = m.title; sector = m.sector.rawValue; capacity = m.capacity
            daysPerWeek = m.daysPerWeek; hoursPerDay = m.hoursPerDay; minimumAge = m.minimumAge
            requiredCertificates = m.requiredCertificates.split(separator: ",").map(String.init)
            description = m.description
        }
    }

    struct StagePeriod: Content {
        let id: UUID
        let name: String
        let schoolYear: String
        let startDate: String
        let endDate: String
        let daysPerWeek: Int
        let hoursPerDay: Int

        init(_ m: StagePeriodModel) {
            id = m.id ?? UUID()
            name = m.name; schoolYear = m.schoolYear; startDate = m.startDate; endDate = m.endDate
            daysPerWeek = m.daysPerWeek; hoursPerDay = m.hoursPerDay
        }
    }

    struct StatusChange: Content {
        let from: String?
        let to: String
        let reason: String
        let changedAt: String
        let agreementException: Bool
    }

    struct Placement: Content {
        let id: UUID
        let studentId: UUID
        let positionId: UUID
        let companyId: UUID
        let periodId: UUID
        let status: String
        let statusChanges: [StatusChange]?

        init(_ m: PlacementModel, history: [PlacementStatusChangeModel]?) {
            id = m.id ?? UUID()
            studentId = m.$student.id; positionId = m.$position.id; companyId = m.$position.value?.$company.id ?? UUID()
            periodId = m.$period.id; status = m.status.rawValue
            statusChanges = history?.sorted { $0.changedAt < $1.changedAt }.map {
                StatusChange(from: $0.fromStatus?.rawValue, to: $0.toStatus.rawValue, reason: $0.reason,
                             changedAt: $0.changedAt.formatted(.iso8601), agreementException: $0.agreementException)
            }
        }
    }

    struct Signature: Content {
        let role: String
        let name: String
        let signedOn: String
        let method: String
        let textHash: String?
        /// Whether this signature was given on the text as it stands now.
        let matchesCurrentText: Bool
    }

    struct Agreement: Content {
        let placementId: UUID
        let exists: Bool
        let complete: Bool
        let fullySigned: Bool
        let sentAt: String?
        let missing: [String]
        let textHash: String
        let text: String
        let signatures: [Signature]
    }

    struct HourEntry: Content {
        let id: UUID
        let placementId: UUID
        let date: String
        let start: String
        let end: String
        let breakMinutes: Int
        let activities: String
        let confirmedAt: String?
        let confirmedBy: String?
        let companyComment: String?

        init(_ m: HourEntryModel) {
            id = m.id ?? UUID()
            placementId = m.$placement.id; date = m.date; start = m.start; end = m.end; breakMinutes = m.breakMinutes
            activities = m.activities; confirmedAt = APIv1.timestamp(m.confirmedAt); confirmedBy = m.confirmedBy
            companyComment = m.companyComment
        }
    }

    struct SupervisionRecord: Content {
        let id: UUID
        let placementId: UUID
        /// `bezoek` (a visit) or `contact-start`, `contact-midden`, `contact-eind` (contact moments).
        let kind: String
        let doneOn: String
        let present: String
        let progress: String
        let concerns: String
        let nextStep: String
        let recordedBy: String

        init(_ m: SupervisionRecordModel) {
            id = m.id ?? UUID()
            placementId = m.$placement.id; kind = m.kind; doneOn = m.doneOn; present = m.present
            progress = m.progress; concerns = m.concerns; nextStep = m.nextStep; recordedBy = m.recordedByName
        }
    }

    struct MatchingAssignment: Content {
        let studentId: String
        let positionId: String
        let rank: Int
    }

    struct MatchingRun: Content {
        let id: UUID
        let periodId: UUID
        let algorithm: String
        let seed: Int64
        let createdAt: String?
        let publishedAt: String?
        let matched: Int?
        let unmatched: Int?
        let assignments: [MatchingAssignment]?

        init(_ m: MatchingRunModel, withAssignments: Bool) {
            let stored = StoredResult.decode(m.result)
            id = m.id ?? UUID()
            periodId = m.$period.id; algorithm = m.algorithm; seed = m.seed
            createdAt = APIv1.timestamp(m.createdAt); publishedAt = APIv1.timestamp(m.publishedAt)
            matched = stored?.metrics.matched; unmatched = stored?.unmatched.count
            assignments = withAssignments ? stored?.assignments.map {
                MatchingAssignment(studentId: $0.studentId, positionId: $0.positionId, rank: $0.rank)
            } : nil
        }
    }
}
