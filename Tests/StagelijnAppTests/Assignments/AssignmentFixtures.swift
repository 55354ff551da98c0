import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Library items, given assignments and company links for the assignment tests, written straight to the database.
enum AssignmentFixtures {
    static let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + Data("JFIF".utf8) + Data(count: 200)

    static func template(_ school: UUID, title: String = "Een klant helpen", part: Int? = 1,
                         on db: any Database) async throws -> AssignmentTemplateModel {
        try await AssignmentService.createTemplate(
            AssignmentTemplateInput(kind: .workTask, sector: .food, phase: "pro jaar 4-5", suggestedPart: part, title: title,
                                    instructions: "Help een klant aan de toonbank en schrijf op hoe het ging."),
            school: school, actor: .system("test"), at: Fixture.now, on: db)
    }

    /// One assignment given to the placement, due 30-10-2026.
    static func assignment(_ placementID: UUID, school: UUID, title: String = "Een klant helpen",
                           on db: any Database) async throws -> PlacementAssignmentModel {
        let template = try await template(school, title: title, on: db)
        let placement = try #require(try await PlacementModel.find(placementID, on: db))
        try await AssignmentService.assign([.init(template: template, part: 1, due: LocalDate(year: 2026, month: 10, day: 30)!)],
                                           to: placement, actor: .system("test"), at: Fixture.now, on: db)
        return try #require(try await PlacementAssignmentModel.query(on: db).filter(\.$placement.$id == placementID)
            .filter(\.$title == title).first())
    }

    /// A praktijkbegeleider's hours link for the placement, and its token.
    static func companyToken(_ placementID: UUID, name: String = "Piet Bakker", on db: any Database) async throws -> String {
        let link = try await AccessLinks.create(placement: placementID, role: SignatoryRole.company.rawValue, purpose: .confirmHours,
                                                name: name, email: "piet@bakkerij.example", createdBy: nil, at: Fixture.now, on: db)
        return try await AccessLinks.issueToken(link, on: db)
    }

    static func reload(_ assignment: PlacementAssignmentModel, on db: any Database) async throws -> PlacementAssignmentModel {
        try #require(try await PlacementAssignmentModel.find(assignment.requireID(), on: db))
    }
}
