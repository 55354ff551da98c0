import Fluent
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Stage agreement in the app: completeness, signing on paper, the lopend gate")
struct AgreementTests {
    static let content: [(String, String)] = [
        ("learningActivities", "Deeg maken\nVitrine vullen"), ("companyName", "Bakkerij Alkmaar"),
        ("positionLocations", "Kerkstraat 2, Alkmaar"), ("startDate", "2026-09-28"), ("endDate", "2026-12-18"),
        ("scheduleText", "ma en di 08:30–15:00"), ("schoolShare", "Bezoek elke 3 weken"), ("companyShare", "Dagelijks"),
        ("assessment", "Eindbeoordeling"), ("inspection", "Toegang voor de inspectie"), ("accidentBy", "school"), ("premiumBy", "school"),
    ]

    static func setStatus(_ status: PlacementStatus, _ id: UUID, on db: any Database) async throws {
        let placement = try #require(try await PlacementModel.find(id, on: db))
        placement.status = status
        try await placement.save(on: db)
    }

    /// The contacts typed once when sending (the fixture stores none): they are kept for the next time.
    static let contacts: [(String, String)] = [
        ("studentEmail", "sem@leerling.example"), ("workplaceMentorName", "Piet Bakker"), ("workplaceMentorEmail", "piet@bakkerij.example"),
        ("parentName", "Marja de Vries"), ("parentEmail", "marja@ouder.example"),
    ]

    /// Sends the agreement for signing in one step.
    @discardableResult
    static func send(_ browser: Browser, _ placement: UUID) async throws -> Browser.Page {
        try await browser.post("/stages/\(placement)/overeenkomst/versturen", contacts)
    }

    static func sign(_ browser: Browser, _ placement: UUID, _ role: String, _ name: String) async throws -> Browser.Page {
        try await browser.post("/stages/\(placement)/overeenkomst/handtekening", [("role", role), ("name", name), ("signedOn", "2026-09-20")])
    }

    @Test func aDraftIsProposedThenMissingPartsAreListedAndSendingWaitsForContent() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let draft = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(draft.status == .ok)
            #expect(draft.body.contains("Bakkerij Alkmaar"))            // pre-filled from the placement
            var partial = Self.content
            partial.removeAll { ["assessment", "premiumBy"].contains($0.0) }
            #expect(try await browser.post("/stages/\(f.placementA1)/overeenkomst", partial).status == .seeOther)
            let page = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(page.body.contains("hoe het bedrijf meedoet aan de beoordeling (art. 35 lid 2d)"))
            #expect(page.body.contains("wie de ongevallen- en aansprakelijkheidsverzekering afsluit"))
            let refused = try await browser.post("/stages/\(f.placementA1)/overeenkomst/versturen")
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains("kan nog niet ter ondertekening"))
            #expect(try await Self.sign(browser, f.placementA1, "school", "A. de Boer").status == .badRequest)
        }
    }

    @Test func aMinorNeedsAllFourSignaturesAndThenTheAgreementIsReadOnly() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            try await browser.post("/stages/\(f.placementA1)/overeenkomst", Self.content)
            #expect(try await Self.send(browser, f.placementA1).status == .seeOther)
            for (role, name) in [("school", "A. de Boer"), ("student", "Sem de Vries"), ("company", "Piet")] {
                #expect(try await Self.sign(browser, f.placementA1, role, name).status == .seeOther)
            }
            // 16 years old: a parent still has to sign.
            #expect(try await browser.get("/stages/\(f.placementA1)/overeenkomst").body.contains("de handtekening van een ouder of verzorger"))
            #expect(try await Self.sign(browser, f.placementA1, "parent", "M. de Vries").status == .seeOther)
            #expect(try await browser.get("/stages/\(f.placementA1)").body.contains("compleet en ondertekend"))
            // Fully signed: shown as the document, without the form, and a save is refused — nothing is voided.
            let page = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(page.body.contains("De getekende overeenkomst") && !page.body.contains("name=\"learningActivities\""))
            var changed = Self.content
            changed[0] = ("learningActivities", "Deeg maken\nVitrine vullen\nKassa")
            let refused = try await browser.post("/stages/\(f.placementA1)/overeenkomst", changed + [("confirmVoid", "ja")])
            #expect(refused.status == .conflict && refused.body.contains("nieuwe versie"))
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 4)
            // A new version needs the explicit confirmation, and only the coordinator may make one.
            #expect(try await browser.post("/stages/\(f.placementA1)/overeenkomst/nieuwe-versie").status == .badRequest)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/stages/\(f.placementA1)/overeenkomst/nieuwe-versie", [("confirm", "ja")]).status == .forbidden)
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 4)
            #expect(try await browser.post("/stages/\(f.placementA1)/overeenkomst/nieuwe-versie", [("confirm", "ja")]).status == .seeOther)
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 0)
            let draft = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(draft.body.contains("Status: concept.") && draft.body.contains("name=\"learningActivities\""))
        }
    }

    @Test func aSaveThatWouldVoidSignaturesSaysSoAndWaitsForConfirmation() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            try await browser.post("/stages/\(f.placementA1)/overeenkomst", Self.content)
            try await Self.send(browser, f.placementA1)
            for (role, name) in [("school", "A. de Boer"), ("student", "Sem de Vries")] {
                try await Self.sign(browser, f.placementA1, role, name)
            }
            var changed = Self.content
            changed[0] = ("learningActivities", "Deeg maken\nKassa")
            let asked = try await browser.post("/stages/\(f.placementA1)/overeenkomst", changed)
            #expect(asked.status == .conflict)
            #expect(asked.body.contains("deze wijziging laat 2 handtekeningen vervallen") && asked.body.contains("Kassa"))
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 2)
            #expect(try await AgreementModel.query(on: app.db).first()?.learningActivities == "Deeg maken\nVitrine vullen")
            // Confirmed: saved, signatures voided, the open invitations revoked.
            #expect(try await browser.post("/stages/\(f.placementA1)/overeenkomst", changed + [("confirmVoid", "ja")]).status == .seeOther)
            #expect(try await AgreementSignatureModel.query(on: app.db).count() == 0)
            #expect(try await AccessLinkModel.query(on: app.db).all().allSatisfy { $0.revokedAt != nil || $0.usedAt != nil })
            // Without any signature, a change needs no confirmation.
            changed[0] = ("learningActivities", "Deeg maken")
            #expect(try await browser.post("/stages/\(f.placementA1)/overeenkomst", changed).status == .seeOther)
        }
    }

    @Test func theStagePlanInTheSignedTextUsesTheStagesOwnDates() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            // The draft's plan does not copy the period's dates into a text field that later goes stale.
            let draft = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(!draft.body.contains("Periode 1 (28-09-2026"))
            var own = Self.content
            own[3] = ("startDate", "2026-11-30")
            try await browser.post("/stages/\(f.placementA1)/overeenkomst", own + [("planSize", "2 dagen per week")])
            let printed = try await browser.get("/stages/\(f.placementA1)/overeenkomst/afdruk")
            #expect(printed.body.contains("30-11-2026 tot en met 18-12-2026"))
            #expect(!printed.body.contains("28-09-2026"))
        }
    }

    @Test func aStageStartsOnlyWithASignedAgreementOrTheCoordinatorsException() async throws {
        try await withTestApp { app, f, _ in
            try await Self.setStatus(.agreement, f.placementA1, on: app.db)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            let refused = try await supervisor.post("/stages/\(f.placementA1)/status", [("status", "active"), ("reason", "start")])
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains("Alleen de stagecoördinator kan een onderbouwde uitzondering vastleggen"))

            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let noReason = try await coordinator.post("/stages/\(f.placementA1)/status", [("status", "active"), ("agreementException", "ja"), ("reason", "kort")])
            #expect(noReason.status == .badRequest)
            let allowed = try await coordinator.post("/stages/\(f.placementA1)/status", [
                ("status", "active"), ("agreementException", "ja"), ("reason", "Ouders tekenen maandag, bedrijf wacht niet"),
            ])
            #expect(allowed.status == .seeOther)
            let change = try #require(try await PlacementStatusChangeModel.query(on: app.db)
                .filter(\.$placement.$id == f.placementA1).filter(\.$toStatus == .active).first())
            #expect(change.agreementException)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "placement").all()
            #expect(audit.contains { $0.changes.contains("gestart zonder complete, ondertekende overeenkomst") })
            // The coordinator's overview counts it, with the reason.
            let overview = try await coordinator.get("/begeleiding/overzicht?periode=\(f.periodA1)")
            #expect(overview.body.contains("1 van 1"))
            #expect(overview.body.contains("Ouders tekenen maandag"))
        }
    }

    @Test func withACompleteSignedAgreementNoExceptionIsNeeded() async throws {
        try await withTestApp { app, f, _ in
            try await Self.setStatus(.agreement, f.placementA1, on: app.db)
            let browser = Browser(app)
            try await browser.login("supervisor")
            try await browser.post("/stages/\(f.placementA1)/overeenkomst", Self.content)
            try await Self.send(browser, f.placementA1)
            for (role, name) in [("school", "A"), ("student", "S"), ("company", "P"), ("parent", "O")] {
                try await Self.sign(browser, f.placementA1, role, name)
            }
            #expect(try await browser.post("/stages/\(f.placementA1)/status", [("status", "active")]).status == .seeOther)
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            #expect(placement.status == .active)
        }
    }

    @Test func aParentMaySeeButNotChangeTheAgreementAndOtherSchoolsGet404() async throws {
        try await withTestApp { app, f, _ in
            let parent = Browser(app)
            try await parent.login("parent")
            #expect(try await parent.get("/stages/\(f.placementA1)/overeenkomst").status == .ok)
            #expect(try await parent.post("/stages/\(f.placementA1)/overeenkomst", Self.content).status == .forbidden)
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(try await other.get("/stages/\(f.placementA1)/overeenkomst").status == .notFound)
            #expect(try await other.get("/stages/\(f.placementA1)/rooster").status == .notFound)
        }
    }

    @Test func theDraftUsesTheSchoolTypesTemplateAndACooperationAgreement() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            // A pro student: the praktijkonderwijs template (stagemap, basiswerknemersvaardigheden).
            #expect(try await browser.get("/stages/\(f.placementA1)/overeenkomst").body.contains("basiswerknemersvaardigheden"))
            let saved = try await browser.post("/bedrijven/\(f.companyA)/samenwerking", [
                ("validUntil", "2027-07-31"), ("companyShare", "Vaste leermeester Jan, elke ochtend een korte overdracht"),
                ("assessment", "Beoordeling met het formulier van de samenwerking"), ("inspection", "Toegang voor de inspectie"),
                ("accidentBy", "company"), ("premiumBy", "company"),
            ])
            #expect(saved.status == .seeOther)
            let draft = try await browser.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(draft.body.contains("Vaste leermeester Jan"))
            #expect(draft.body.contains("Stageplan (WVO art. 33)"))
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/bedrijven/\(f.companyA)/samenwerking", [("validUntil", "2027-07-31")]).status == .forbidden)
        }
    }
}
