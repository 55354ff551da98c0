import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Stage dossier: one page per placement, staff in full, student and parent in their own words, nobody else")
struct DossierTests {
    typealias F = VisitPlanFixtures

    /// A running stage with a signed agreement, a visit report with a concern, a confirmed day and a status history.
    static func fullStage(_ app: Application, _ f: Fixture, _ clock: FixedClock) async throws {
        try await F.setStatus(.active, f.placementA1, on: app.db)
        try await PlacementStatusChangeModel(placementID: f.placementA1, from: .agreement, to: .active, reason: "Overeenkomst rond",
                                             by: f.users["coordinator"], at: Fixture.now).create(on: app.db)
        try await F.agreement(f.placementA1, school: f.schoolA1, sent: true,
                              signatures: [(.school, "2026-09-20"), (.student, "2026-09-20"), (.company, "2026-09-21")], on: app.db)
        try await F.hours(f.placementA1, "2026-10-05", "08:30", "15:00", confirmed: true, on: app.db)
        clock.advance(by: 20 * F.day)                                      // 11 October
        let supervisor = Browser(app)
        try await supervisor.login("supervisor")
        #expect(try await supervisor.post("/stages/\(f.placementA1)/bezoek", [
            ("kind", "contact-start"), ("doneOn", "2026-10-02"), ("present", "Sem, Piet"), ("progress", "Vult de vitrine zelfstandig"),
            ("concerns", "Thuis is het onrustig, zorgcoördinator ingelicht"), ("nextStep", "Kassa leren bedienen"),
        ]).status == .seeOther)
    }

    @Test func staffReadTheWholeDossierFromThePlacementPage() async throws {
        try await withTestApp { app, f, clock in
            // setup
            try await Self.fullStage(app, f, clock)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // act
            let placement = try await coordinator.get("/stages/\(f.placementA1)")
            let dossier = try await coordinator.get("/stages/\(f.placementA1)/dossier")
            // check
            #expect(placement.body.contains("href=\"/stages/\(f.placementA1)/dossier\""))
            #expect(dossier.status == .ok)
            #expect(dossier.body.contains("Ter ondertekening: 1 handtekening ontbreekt."))          // a minor: the parent's
            #expect(dossier.body.contains("School: Ondertekenaar school, getekend op 20-09-2026 (papier)"))
            #expect(dossier.body.contains("02-10-2026 · Contactmoment bij de start"))
            #expect(dossier.body.contains("Vult de vitrine zelfstandig") && dossier.body.contains("Kassa leren bedienen"))
            #expect(dossier.body.contains("Thuis is het onrustig"))
            #expect(dossier.body.contains("bevestigd door het bedrijf: 6 uur"))
            #expect(dossier.body.contains("overeenkomst → lopend. Overeenkomst rond"))
            // the care coordinator and the class mentor read it too; the read is in the audit log
            for key in ["careCoordinator", "mentor", "supervisor"] {
                let reader = Browser(app)
                try await reader.login(key)
                #expect(try await reader.get("/stages/\(f.placementA1)/dossier").body.contains("Thuis is het onrustig"))
            }
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$action == "read").filter(\.$entityID == f.placementA1).count() >= 4)
        }
    }

    @Test func theStudentAndParentReadTheirOwnWordsWithoutTheStaffsConcerns() async throws {
        try await withTestApp { app, f, clock in
            // setup
            try await Self.fullStage(app, f, clock)
            for (key, intro) in [("student", "Alles van je stage op één plek"), ("parent", "Alles van de stage van Sem de Vries op één plek")] {
                let browser = Browser(app)
                try await browser.login(key)
                // act
                let dossier = try await browser.get("/stages/\(f.placementA1)/dossier")
                // check
                #expect(dossier.status == .ok && dossier.body.contains(intro))
                #expect(dossier.body.contains("Vult de vitrine zelfstandig") && dossier.body.contains("Kassa leren bedienen"))
                #expect(!dossier.body.contains("Thuis is het onrustig") && !dossier.body.contains("Zorgen"))
                #expect(!dossier.body.contains("te laat"))
            }
        }
    }

    @Test func nobodyReadsAnotherStudentsOrAnotherSchoolsDossier() async throws {
        try await withTestApp { app, f, _ in
            // setup: Noor's stage at the same school, in another mentor's class
            let noor = try await F.otherPlacement(f, status: .active, on: app.db)
            // act / check: another student's parent and student, another class's mentor: 404; another school: 404
            for (key, id) in [("parent", noor), ("student", noor), ("mentor", noor), ("coordinatorA2", f.placementA1),
                              ("coordinatorB1", f.placementA1)] {
                let browser = Browser(app)
                try await browser.login(key)
                #expect(try await browser.get("/stages/\(id)/dossier").status == .notFound, "\(key)")
            }
            // leadership sees figures, never a student's dossier
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/stages/\(f.placementA1)/dossier").status == .forbidden)
            #expect(try await Browser(app).get("/stages/\(f.placementA1)/dossier").status != .ok)
        }
    }
}
