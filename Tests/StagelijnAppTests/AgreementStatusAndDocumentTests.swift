import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("A fully signed agreement moves the placement on; the agreement reads as the school's document")
struct AgreementStatusAndDocumentTests {
    static func signAll(_ browser: Browser, _ placement: UUID) async throws {
        for (role, name) in [("school", "A. de Boer"), ("student", "Sem de Vries"), ("company", "Piet Bakker"), ("parent", "Marja de Vries")] {
            #expect(try await AgreementTests.sign(browser, placement, role, name).status == .seeOther)
        }
    }

    @Test func aSignedStageIsReadyToStartAndBecomesLopendOnItsStartDate() async throws {
        try await withTestApp { app, f, clock in
            try await AgreementTests.setStatus(.agreement, f.placementA1, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)   // starts 28-09, today is 21-09
            try await AgreementTests.send(coordinator, f.placementA1)
            try await Self.signAll(coordinator, f.placementA1)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .agreement)
            #expect(try await coordinator.get("/stages/\(f.placementA1)/overeenkomst").body
                .contains("Klaar om te starten: de stage wordt op 28-09-2026 vanzelf ‘lopend’."))
            // The day before: still waiting. On the start date the periodic job starts it, with a reason in the history.
            clock.advance(by: 6 * 24 * 3600)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).started == 0)
            clock.advance(by: 24 * 3600)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).started == 1)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .active)
            let change = try #require(try await PlacementStatusChangeModel.query(on: app.db)
                .filter(\.$placement.$id == f.placementA1).filter(\.$toStatus == .active).first())
            #expect(change.reason.contains("volledig ondertekend") && !change.agreementException)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).started == 0)
        }
    }

    @Test func theLastSignatureOnOrAfterTheStartDateStartsTheStageAtOnce() async throws {
        try await withTestApp { app, f, _ in
            try await AgreementTests.setStatus(.agreement, f.placementA1, on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            var started = AgreementTests.content
            started[3] = ("startDate", "2026-09-14")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", started)
            try await AgreementTests.send(coordinator, f.placementA1)
            try await Self.signAll(coordinator, f.placementA1)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .active)
        }
    }

    @Test func aPlacementNotInOvereenkomstKeepsItsStatus() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            var started = AgreementTests.content
            started[3] = ("startDate", "2026-09-14")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", started)
            try await AgreementTests.send(coordinator, f.placementA1)
            try await Self.signAll(coordinator, f.placementA1)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .proposed)
        }
    }

    @Test func thePrintableAgreementHasLetterheadPartiesArticlesAndASignatureBlock() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            try await AgreementTests.send(coordinator, f.placementA1)
            try await Self.signAll(coordinator, f.placementA1)
            let page = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst/afdruk")
            #expect(page.body.contains("class=\"letterhead\"") && page.body.contains("School A1") && page.body.contains("Alkmaar"))
            #expect(page.body.contains("<h2>Partijen</h2>") && page.body.contains("geboren 04-03-2010"))
            #expect(page.body.contains("Praktijkbegeleider") && page.body.contains("Piet Bakker") && page.body.contains("Marja de Vries"))
            #expect(page.body.contains("Artikel 1. Leeractiviteiten en plaats") && page.body.contains("Artikel 6. Verzekering"))
            #expect(page.body.contains("Bijlage: stageplan (artikel 33 WVO)"))
            #expect(page.body.contains("class=\"signature-block\"") && page.body.contains("op papier, vastgelegd door de school"))
            #expect(page.body.contains("Controlecode: ") && !page.body.contains("SHA-256"))
            // Page numbers and the controlecode in the margins come from the document's stylesheet (paged media).
            let css = try await coordinator.get("/assets/overeenkomst.css")
            #expect(css.status == .ok && css.body.contains("counter(page)") && css.body.contains("counter(pages)"))
            #expect(AgreementDocumentStyle.css(controlCode: "abc123").contains("Controlecode abc123"))
            #expect(!AgreementDocumentStyle.css(controlCode: "\"};x{").contains("\"};x{"))
        }
    }

    @Test func aParentReadsNoCodeWordsOnTheAgreementPages() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            try await AgreementTests.send(coordinator, f.placementA1)
            let parent = Browser(app)
            try await parent.login("parent")
            for path in ["", "/afdruk"] {
                let page = try await parent.get("/stages/\(f.placementA1)/overeenkomst\(path)")
                #expect(page.status == .ok)
                for word in ["SHA-256", "sha256", "seed", "deferred-acceptance", "(en)"] { #expect(!page.body.contains(word), "\(word) in \(path)") }
            }
        }
    }
}
