import Foundation

/// Everything the demo installation contains, as plain values. The app's `demo` command stores it.
public struct DemoDataset: Sendable {
    public struct School: Sendable {
        public let id: UUID
        public let code: String
        public let name: String
        public let town: String
    }
    public struct User: Sendable {
        public let id: UUID
        public let email: String
        public let name: String
        public let schoolCode: String
        public let role: Role
        /// For a student or parent account: the student record it belongs to.
        public let linkedStudentID: UUID?
    }
    public struct Student: Sendable {
        public let id: UUID
        public let schoolCode: String
        public let input: StudentInput
        public let location: GeoPoint
    }
    public struct Company: Sendable {
        public let id: UUID
        public let input: CompanyInput
    }
    public struct Position: Sendable {
        public let id: UUID
        public let companyID: UUID
        public let input: PositionInput
    }
    public struct Period: Sendable {
        public let id: UUID
        public let schoolCode: String
        public let input: StagePeriodInput
    }
    public struct Placement: Sendable {
        public let id: UUID
        public let studentID: UUID
        public let positionID: UUID
        public let periodID: UUID
        public let status: PlacementStatus
    }

    public let boardName: String
    public let schools: [School]
    public let users: [User]
    public let students: [Student]
    public let companies: [Company]
    public let positions: [Position]
    public let periods: [Period]
    public let placements: [Placement]

    /// One password for every demo account, printed on the console at first start. Demo only.
    public static let password = "Stagelijn-demo-2026"
}
