import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("AVG: the audit log's retention, and a first name alone scrubbed on anonymisation")
struct RetentionAndScrubTests {
    static let day: TimeInterval = 86_400

    @Test func theDailyPurgeRemovesAuditEntriesPastTheSchoolsPeriod() async throws {
        try await withTestApp { app, f, clock in
            let now = clock.now()
            func entry(_ school: UUID?, daysAgo: Double) async throws -> UUID {
                let id = UUID()
                try await AuditLog.record(on: app.db, actor: .system("test", schoolID: school), entity: "student", id: id, action: .read,
                                          before: nil as [String: String]?, after: nil as [String: String]?,
                                          at: now.addingTimeInterval(-daysAgo * Self.day))
                return id
            }
            // School B1 keeps its log 7 years; A1 and A2 keep the default of 5 years.
            let setting = RetentionSettingModel()
            setting.$school.id = f.schoolB1; setting.category = DataCategory.auditLog.rawValue; setting.days = 2555
            try await setting.create(on: app.db)
            let oldA1 = try await entry(f.schoolA1, daysAgo: 6 * 365)
            let recentA1 = try await entry(f.schoolA1, daysAgo: 4 * 365)
            let oldB1 = try await entry(f.schoolB1, daysAgo: 6 * 365)
            let tooOldB1 = try await entry(f.schoolB1, daysAgo: 8 * 365)
            let oldWithoutSchool = try await entry(nil, daysAgo: 6 * 365)
            let summary = try #require(try await RetentionPurge.runDaily(now: now, on: app.db))
            #expect(summary.auditEntries == 3)
            #expect(summary.text.contains("logboekregels 3"))
            let left = Set(try await AuditEntryModel.query(on: app.db).all(\.$entityID))
            #expect(!left.contains(oldA1) && !left.contains(tooOldB1) && !left.contains(oldWithoutSchool))
            #expect(left.contains(recentA1) && left.contains(oldB1))
        }
    }

    @Test func theRegisterListsTheAuditLogAndTheMeldpuntPeriodThatIsEnforced() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let register = try await coordinator.get(PrivacyPagesController.registerPath)
            #expect(register.status == .ok)
            #expect(register.body.contains(DataCategory.auditLog.dutchName))
            #expect(register.body.contains("5 jaar na de gebeurtenis"))
            // Meldpunt reports: the meldpunt settings' period (24 months by default), where it is set.
            #expect(register.body.contains("2 jaar na het afsluiten van de melding"))
            #expect(register.body.contains(MeldpuntPath.settings.path))
            // The retention form sets every other category; the log's period is one of them.
            let form = try await coordinator.get(PrivacyPagesController.retentionPath)
            #expect(form.body.contains("name=\"\(DataCategory.auditLog.rawValue)\""))
            #expect(!form.body.contains("name=\"\(DataCategory.meldpuntReports.rawValue)\""))
            var values = PrivacyPages.setHere.map { ($0.rawValue, String($0.defaultDays)) }
            values = values.map { $0.0 == DataCategory.auditLog.rawValue ? ($0.0, "2555") : $0 }
            let saved = try await coordinator.post(PrivacyPagesController.retentionPath, values)
            #expect(saved.status == .seeOther, "\(saved.body.prefix(300))")
            #expect(try await RetentionSettings.chosen(school: f.schoolA1, on: app.db)[.auditLog] == 2555)
            #expect(try await coordinator.get(PrivacyPagesController.registerPath).body.contains("7 jaar na de gebeurtenis"))
        }
    }

    @Test func anonymisationScrubsTheFirstNameAloneFromTheStudentsOwnRowsOnly() async throws {
        try await withTestApp { app, f, _ in
            func visit(_ placement: UUID, progress: String, concerns: String, goals: String) async throws -> UUID {
                let visit = SupervisionRecordModel()
                visit.$placement.id = placement
                visit.kind = "bezoek"; visit.doneOn = "2026-09-15"; visit.present = "leerling, praktijkbegeleider"
                visit.progress = progress; visit.concerns = concerns; visit.nextStep = "Volgende week"
                visit.recordedByName = "Test"; visit.goalProgressJSON = goals
                try await visit.create(on: app.db)
                return try visit.requireID()
            }
            // About Sem (ownStudent, placement A1): his first name alone, in several cases and inside JSON.
            let own = try await visit(f.placementA1, progress: "Sem kwam op tijd. Het semester loopt goed.",
                                      concerns: "SEM neemt te weinig pauze; sem weet dat.",
                                      goals: #"{"Sem":"blijft","notitie":"Sem oefent met de kassa"}"#)
            // About another student, mentioning a Sem: not his record, left alone.
            let other = try await visit(f.placementA2, progress: "Daan werkte samen met Sem.", concerns: "", goals: "{}")
            try await AuditLog.record(on: app.db, actor: .system("test", schoolID: f.schoolA1), entity: "student", id: f.ownStudent,
                                      action: .update, before: ["voornaam": "Semmie"], after: ["opmerking": "Sem is verhuisd"], at: Fixture.now)

            let outcome = try await StudentAnonymiser.anonymise(f.ownStudent, school: f.schoolA1, actor: .system("test", schoolID: f.schoolA1),
                                                                reason: "verzoek", at: Fixture.now, on: app.db)

            let scrubbed = try #require(try await SupervisionRecordModel.find(own, on: app.db))
            #expect(scrubbed.progress == "verwijderde leerling kwam op tijd. Het semester loopt goed.")
            #expect(scrubbed.concerns == "verwijderde leerling neemt te weinig pauze; verwijderde leerling weet dat.")
            let goals = try JSONDecoder().decode([String: String].self, from: Data(scrubbed.goalProgressJSON.utf8))
            #expect(goals == ["Sem": "blijft", "notitie": "verwijderde leerling oefent met de kassa"], "keys stay, values are scrubbed")
            #expect(try await SupervisionRecordModel.find(other, on: app.db)?.progress == "Daan werkte samen met Sem.")
            // The audit entries about the student name the nameless record and no longer hold the first name.
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entityID == f.ownStudent).count() == 0)
            let entries = try await AuditEntryModel.query(on: app.db).filter(\.$entityID == outcome.replacementID).all()
            #expect(entries.count >= 2)
            for entry in entries {
                #expect(StudentTextScrub.wordPattern("Sem")?.firstMatch(in: entry.changes, range: NSRange(entry.changes.startIndex..., in: entry.changes)) == nil,
                        "\(entry.changes)")
            }
            #expect(entries.contains { $0.changes.contains("Semmie") }, "a longer word containing the name is not the name")
        }
    }

    @Test func theWordRuleLeavesLongerWordsAndReplacesEveryCase() throws {
        let pattern = try #require(StudentTextScrub.wordPattern("Zoë"))
        #expect(StudentTextScrub.scrub("Zoë, zoë en ZOË; Zoëlla niet", pattern, "X") == "X, X en X; Zoëlla niet")
        #expect(StudentTextScrub.scrub("niets hier", pattern, "X") == nil)
        #expect(StudentTextScrub.scrub(#"["Zoë",{"Zoë":1}]"#, pattern, "X") == #"["X",{"Zoë":1}]"#)
    }
}
