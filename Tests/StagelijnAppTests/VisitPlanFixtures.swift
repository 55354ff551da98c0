import Fluent
import Foundation
import StagelijnCore
import Testing
@testable import StagelijnApp

/// Records the supervision, hours and dossier tests build directly, so they do not depend on the agreement forms.
enum VisitPlanFixtures {
    static func setStatus(_ status: PlacementStatus, _ id: UUID, on db: any Database) async throws {
        let placement = try #require(try await PlacementModel.find(id, on: db))
        placement.status = status
        try await placement.save(on: db)
    }

    /// A complete agreement with the stage's own dates; `sent` and the signatures (role, ISO date) as given.
    @discardableResult
    static func agreement(_ placement: UUID, school: UUID, start: String = "2026-09-28", end: String = "2026-12-18",
                          sent: Bool = false, signatures: [(SignatoryRole, String)] = [], on db: any Database) async throws -> AgreementModel {
        let model = AgreementModel()
        model.$placement.id = placement
        model.$school.id = school
        model.learningActivities = "Deeg maken"
        model.companyName = "Bakkerij Alkmaar"
        model.positionLocations = "Kerkstraat 2, Alkmaar"
        model.startDate = start
        model.endDate = end
        model.scheduleText = "ma en di 08:30–15:00"
        model.schoolShare = "Bezoek elke 3 weken"
        model.companyShare = "Dagelijks"
        model.assessment = "Eindbeoordeling"
        model.inspection = "Toegang voor de inspectie"
        model.accidentBy = "school"
        model.premiumBy = "school"
        model.planAim = ""; model.planContent = ""; model.planSize = ""; model.planStructure = ""; model.planOrganisation = ""
        model.sentAt = sent ? Fixture.now : nil
        try await model.create(on: db)
        for (role, day) in signatures { try await sign(model, role, on: day, db: db) }
        return model
    }

    static func sign(_ agreement: AgreementModel, _ role: SignatoryRole, on day: String, db: any Database) async throws {
        let signature = AgreementSignatureModel()
        signature.$agreement.id = try agreement.requireID()
        signature.role = role.rawValue
        signature.name = "Ondertekenaar \(role.rawValue)"
        signature.signedOn = day
        signature.method = "papier"
        signature.recordedAt = Fixture.now
        try await signature.create(on: db)
    }

    /// One day in the stage-agenda, optionally confirmed by the company.
    static func hours(_ placement: UUID, _ day: String, _ start: String, _ end: String, pause: Int = 30,
                      confirmed: Bool = false, on db: any Database) async throws {
        let entry = HourEntryModel()
        entry.$placement.id = placement
        entry.date = day; entry.start = start; entry.end = end; entry.breakMinutes = pause
        entry.activities = "Brood gesneden"; entry.violations = ""
        entry.confirmedAt = confirmed ? Fixture.now : nil
        entry.confirmedBy = confirmed ? "Piet Bakker" : nil
        try await entry.create(on: db)
    }

    /// A second placement at school A1, for the other student (another mentor's class).
    static func otherPlacement(_ f: Fixture, status: PlacementStatus, on db: any Database) async throws -> UUID {
        let model = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA, periodID: f.periodA1,
                                   status: status)
        try await model.create(on: db)
        return try model.requireID()
    }

    static let day: TimeInterval = 24 * 3600
}
