import Fluent
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Schedules, readiness and eligibility in the app")
struct ScheduleAndReadinessTests {
    /// Monday and Tuesday from `start` to `end` with a 30-minute break.
    static func schedule(_ start: String, _ end: String, extra: [(String, String)] = []) -> [(String, String)] {
        [("stageKind", "beroepsstage")] + [1, 2].flatMap { day in
            [("works\(day)", "ja"), ("start\(day)", start), ("end\(day)", end), ("break\(day)", "30")]
        } + extra
    }

    @Test func aLawfulScheduleIsSavedAndAnUnlawfulOneIsRefusedWithTheRule() async throws {
        try await withTestApp { app, f, _ in
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.get("/stages/\(f.placementA1)/rooster").status == .ok)
            // The student is 16: at most 9 hours a day. 08:00–19:00 minus 30 minutes is 10.5 hours.
            let refused = try await supervisor.post("/stages/\(f.placementA1)/rooster", Self.schedule("08:00", "19:00"))
            #expect(refused.status == .badRequest)
            #expect(refused.body.contains("maximale arbeidstijd per dag"))
            #expect(refused.body.contains("Gewerkt 10 uur en 30 minuten; voor een stagiair van 16 of 17 jaar is maximaal 9 uur toegestaan."))
            #expect(refused.body.contains("value=\"19:00\""))                     // what was typed is kept
            #expect(try await PlacementScheduleModel.query(on: app.db).count() == 0)

            let saved = try await supervisor.post("/stages/\(f.placementA1)/rooster", Self.schedule("08:30", "15:00"))
            #expect(saved.status == .seeOther)
            #expect(try await supervisor.get("/stages/\(f.placementA1)/rooster").body.contains("voldoet aan de jeugdarbeidsregels"))
            let stored = try #require(try await PlacementScheduleModel.query(on: app.db).first())
            #expect(stored.violationCount == 0 && stored.overrideReason == nil)
            #expect(stored.weekly.days.map(\.weekday) == [1, 2])
        }
    }

    @Test func onlyTheCoordinatorKeepsAnUnlawfulScheduleWithAReason() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let noReason = try await coordinator.post("/stages/\(f.placementA1)/rooster", Self.schedule("05:00", "12:00"))
            #expect(noReason.status == .badRequest)
            #expect(noReason.body.contains("nachtwerk"))
            let kept = try await coordinator.post("/stages/\(f.placementA1)/rooster",
                                                  Self.schedule("05:00", "12:00", extra: [("overrideReason", "Bakkerij: ArTB art. 5.4:3 staat dit toe")]))
            #expect(kept.status == .seeOther)
            let stored = try #require(try await PlacementScheduleModel.query(on: app.db).first())
            #expect(stored.violationCount > 0)
            #expect(stored.overrideReason == "Bakkerij: ArTB art. 5.4:3 staat dit toe")
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$entity == "schedule").all()
            #expect(audit.count == 1 && audit[0].changes.contains("Bakkerij"))
        }
    }

    @Test func anUnreadableTimeIsAFieldErrorNotACrash() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.post("/stages/\(f.placementA1)/rooster", Self.schedule("8 uur", "15:00"))
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Vul een begintijd in als UU:MM"))
            #expect(page.body.contains("value=\"8 uur\""))
        }
    }

    @Test func readinessDecisionsShowWhoDecidedAndWhen() async throws {
        try await withTestApp { app, f, _ in
            let mentor = Browser(app)
            try await mentor.login("mentor")
            let before = try await mentor.get("/leerlingen/\(f.ownStudent)")
            #expect(before.body.contains("Nog niet: niet alle voorwaarden zijn voldaan."))
            for criterion in ReadinessCriterion.judged {
                let page = try await mentor.post("/leerlingen/\(f.ownStudent)/gereedheid",
                                                 [("criterion", criterion.rawValue), ("met", "ja"), ("note", "goed gegaan")])
                #expect(page.status == .seeOther)
            }
            let after = try await mentor.get("/leerlingen/\(f.ownStudent)")
            #expect(after.body.contains("Ja: aan alle voorwaarden is voldaan."))
            #expect(after.body.contains("Test mentor, 21-09-2026"))
            // Another class's student: 404 for this mentor; a student cannot decide at all.
            #expect(try await mentor.post("/leerlingen/\(f.otherStudent)/gereedheid", [("criterion", "sociaal"), ("met", "ja")]).status == .notFound)
            let student = Browser(app)
            try await student.login("student")
            #expect(try await student.post("/leerlingen/\(f.ownStudent)/gereedheid", [("criterion", "sociaal"), ("met", "ja")]).status == .forbidden)
        }
    }

    @Test func aPlacementNeedsAnEligibleStudentWithTheReasonsInDutch() async throws {
        try await withTestApp { app, f, _ in
            let position = try #require(try await PositionModel.find(f.positionA, on: app.db))
            position.requiredCertificates = "vca-basis"
            position.minimumAge = 17
            try await position.save(on: app.db)
            let browser = Browser(app)
            try await browser.login("coordinator")
            let page = try await browser.post("/stages", [("studentID", f.otherStudent.uuidString),
                                                          ("positionID", f.positionA.uuidString), ("periodID", f.periodA1.uuidString)])
            #expect(page.status == .badRequest)
            #expect(page.body.contains("Noor Bakker: De leerling is op de begindatum 16 jaar; deze plek vraagt minstens 17 jaar."))
            #expect(page.body.contains("Noor Bakker: De leerling mist het certificaat VCA Basis."))
        }
    }

    @Test func proStudentsSeeTheirStageHoursAgainstTheLimit() async throws {
        try await withTestApp { app, f, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            try await browser.post("/stages/\(f.placementA1)/rooster", Self.schedule("08:30", "15:00"))
            let page = try await browser.get("/leerlingen/\(f.ownStudent)")
            // 12 weeks × 2 days × 6 hours = 144 hours against 3 school years × 38 weeks × 26 hours.
            #expect(page.body.contains("Gepland: 144 stage-uren"))
            #expect(page.body.contains("Binnen de grenzen van WVO art. 32 lid 2."))
        }
    }

    @Test func theCoordinatorIsWarnedWhenAProPlanCrossesTheEightyPercentLimit() async throws {
        try await withTestApp { app, f, _ in
            // Turned 16 in the previous school year: partially of compulsory school age in 2026-2027.
            let student = try #require(try await StudentModel.find(f.ownStudent, on: app.db))
            student.birthDate = "2009-12-01"
            try await student.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // Four days of 6 hours = 24 of 26 instruction hours a week (92 %): more than 80 %.
            let days = (1...4).flatMap { day in
                [("works\(day)", "ja"), ("start\(day)", "08:30"), ("end\(day)", "15:00"), ("break\(day)", "30")]
            }
            let saved = try await coordinator.post("/stages/\(f.placementA1)/rooster", [("stageKind", "beroepsstage")] + days)
            #expect(saved.status == .seeOther)
            let page = try await coordinator.get("/stages/\(f.placementA1)/rooster")
            #expect(page.body.contains("Let op, stage-uren:"))
            #expect(page.body.contains("mag dat per week maximaal 80 % zijn"))
        }
    }
}
