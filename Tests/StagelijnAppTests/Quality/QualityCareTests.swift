import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Quality care: requirements and the calendar, audited, overdue on the owner's home page")
struct QualityCareTests {
    @Test func leadershipChangesARequirementAndAWrongNormKeepsWhatWasTyped() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("leadership")
            #expect(try await browser.get("/kwaliteit/eisen").body.contains("Eisen opslaan"))
            var form = QualityRequirement.defaults.flatMap { r -> [(String, String)] in
                let key = r.indicator.rawValue
                return [("norm-\(key)", String(r.norm)), ("owner-\(key)", r.owner.rawValue), ("name-\(key)", ""),
                        ("statement-\(key)", r.statement), ("active-\(key)", "ja")]
            }
            // act: a wrong norm
            form[0].1 = "honderd"
            let wrong = try await browser.post("/kwaliteit/eisen", form)
            // check
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.contains("Norm bij ‘Getekende overeenkomst vóór de start’"))
            #expect(wrong.body.contains("value=\"honderd\""))
            #expect(try await QualityRequirementModel.query(on: app.db).count() == 0, "nothing written")
            // act: a stricter visit norm
            form[0].1 = "100"
            let index = try #require(form.firstIndex { $0.0 == "norm-bezoek-ritme" })
            form[index].1 = "95"
            #expect(try await browser.post("/kwaliteit/eisen", form).status == .seeOther)
            let saved = try await QualityRequirementModel.query(on: app.db).all()
            #expect(saved.count == 1 && saved.first?.norm == 95 && saved.first?.$school.id == f.schoolA1)
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "quality_requirement").count() == 1)
            #expect(try await browser.get("/kwaliteit/eisen").body.contains("value=\"95\""))
        }
    }

    @Test func theInspectorReadsButCannotChange() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            try await browser.login("inspector")
            let page = try await browser.get("/kwaliteit/eisen")
            #expect(page.status == .ok && !page.body.contains("Eisen opslaan"))
            #expect(try await browser.post("/kwaliteit/eisen", [("norm-bezoek-ritme", "10")]).status == .forbidden)
            #expect(try await browser.get("/kwaliteit/kalender/2026-2027/curriculum").status == .forbidden)
        }
    }

    @Test func anOverdueActivityShowsOnTheOwnersHomePageUntilItIsDoneWithEvidence() async throws {
        try await withTestApp { app, _, _ in
            // setup: today is 21 September 2026, so last school year's activities are all past their date
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let home = try await coordinator.get("/")
            #expect(home.body.contains("Kwaliteitszorg:"))
            #expect(home.body.contains("Evaluatieronde stageperiode 1"))
            // act: done without evidence is refused
            let path = "/kwaliteit/kalender/2025-2026/evaluatieronde-1"
            let refused = try await coordinator.post(path, [("status", "afgerond"), ("due", "15-02-2026"), ("owner", "coordinator"),
                                                           ("owner_name", ""), ("notes", ""), ("decisions", "")])
            #expect(refused.status == .badRequest && refused.body.contains("Verslag: schrijf kort op"))
            let done = try await coordinator.post(path, [("status", "afgerond"), ("due", "15-02-2026"), ("owner", "coordinator"),
                                                        ("owner_name", "A. Jansen"), ("notes", "Respons besproken."), ("decisions", "Belmoment in week 2.")])
            #expect(done.status == .seeOther)
            // check (the calendar first: it shows the flash message that names the activity)
            let calendar = try await coordinator.get("/kwaliteit/kalender?jaar=2025-2026")
            #expect(calendar.body.contains("Belmoment in week 2."))
            #expect(!(try await coordinator.get("/").body.contains("Evaluatieronde stageperiode 1")))
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "quality_activity").count() == 1)
            // a date outside the school year, and an unknown activity
            #expect(try await coordinator.post(path, [("status", "open"), ("due", "01-09-2030"), ("owner", "coordinator")]).status == .badRequest)
            #expect(try await coordinator.get("/kwaliteit/kalender/2025-2026/bestaat-niet").status == .notFound)
            #expect(try await coordinator.get("/kwaliteit/kalender/1999-2000/curriculum").status == .notFound)
            // leadership owns the meldpunt report and the curriculum review
            let leadership = Browser(app)
            try await leadership.login("leadership")
            let leaderHome = try await leadership.get("/")
            #expect(leaderHome.body.contains("Jaarverslag meldpunt") && !leaderHome.body.contains("Stageteamoverleg najaar"))
        }
    }

    @Test func demoDataHasRequirementsAndACalendarWithDoneOpenAndOverdue() async throws {
        try await withTestApp { app, _, _ in
            try await app.autoRevert()
            try await app.autoMigrate()
            _ = try await DemoLoader(db: app.db, now: Fixture.now).load()
            let activities = try await QualityActivityModel.query(on: app.db).all()
            #expect(!activities.isEmpty && activities.allSatisfy { $0.status == "afgerond" && !$0.notes.isEmpty })
            let school = try #require(try await SchoolModel.query(on: app.db).first())
            let overdue = try await QualityCalendarService(db: app.db).overdue(school: school.requireID(), role: .leadership, today: LocalDate(Fixture.now))
                + (try await QualityCalendarService(db: app.db).overdue(school: school.requireID(), role: .coordinator, today: LocalDate(Fixture.now)))
            #expect(overdue.count == 1)
            #expect(try await QualityRequirementModel.query(on: app.db).filter(\.$indicator == "bezoek-ritme").first()?.norm == 95)
        }
    }
}

@Suite("Evaluation question bank: the coordinator edits it, versioned once in use")
struct EvaluationBankEditorTests {
    @Test func anEditOfABankInUseBecomesANewVersionAndAnEmptyTitleIsRefused() async throws {
        try await withTestApp { app, f, clock in
            // setup: the bank in use by one sent evaluation
            try await EvaluationSteps.completedStage(app, f)
            _ = try await EvaluationAutomation.runDue(now: clock.now(), on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.get("/kwaliteit/vragenlijst")
            #expect(page.status == .ok && page.body.contains("Kernvraag"))
            // act: an empty title
            let refused = try await coordinator.post("/kwaliteit/vragenlijst", [("title", " "), ("text-werk", "Het werk paste goed.")])
            #expect(refused.status == .badRequest && refused.body.contains("Geef de vragenlijst een naam."))
            #expect(refused.body.contains("Het werk paste goed."), "what was typed is kept")
            // act: a new wording and an extra question for the student
            let saved = try await coordinator.post("/kwaliteit/vragenlijst", [("title", "Evaluatie van de stage"), ("text-werk", "Het werk paste goed."),
                                                                             ("new-perspective", "leerling"), ("new-theme", "preparation"),
                                                                             ("new-text", "Ik wist wat ik op mijn eerste dag moest doen.")])
            #expect(saved.status == .seeOther)
            // check
            let banks = try await EvaluationBankModel.query(on: app.db).sort(\.$version).all()
            #expect(banks.map(\.version) == [1, 2])
            #expect(banks[0].content.items.first { $0.key == "werk" }?.text == "Het werk paste bij wat de leerling moest leren.")
            #expect(banks[1].content.items.first { $0.key == "werk" }?.text == "Het werk paste goed.")
            #expect(banks[1].content.items(for: .student).contains { $0.text == "Ik wist wat ik op mijn eerste dag moest doen." })
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/kwaliteit/vragenlijst").status == .forbidden)
        }
    }
}
