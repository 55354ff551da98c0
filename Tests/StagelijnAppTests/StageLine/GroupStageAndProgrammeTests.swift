import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Stage line: group stage within capacity, the programme editor, the overview")
struct GroupStageAndProgrammeTests {
    typealias S = StageLineSteps

    /// Both fixture students of school A1 in year 3 with the advice "group stage", and their group stage started.
    private func twoInGroupStage(_ app: Application, _ f: Fixture, _ coordinator: Browser) async throws {
        for id in [f.ownStudent, f.otherStudent] {
            try await S.setStudent(id, type: .praktijkonderwijs, year: 3, on: app.db)
            #expect(try await coordinator.post("/leerlingen/\(id)/stagelijn/besluit", [
                ("kind", "voorlopig-advies"), ("outcome", "groepsstage"), ("participants[]", "leerling"), ("reason", "Eerst in een groep"),
            ]).status == .seeOther)
        }
    }

    @Test func theWeeklyPlanNeverPutsMoreStudentsInADagdeelThanItsCapacity() async throws {
        try await withTestApp { app, f, clock in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // no location yet: no room, so the group stage is not offered
            #expect(!(try await GroupStageCapacity.hasFreeDagdeel(school: f.schoolA1, from: LocalDate(clock.now()), on: app.db)))
            try await twoInGroupStage(app, f, coordinator)
            #expect(!(try await coordinator.get("/leerlingen/\(f.ownStudent)/stagelijn").body.contains("Groepsstage starten")))
            // a location open on Monday morning for one student
            let wrong = try await coordinator.post("/groepsstage/locaties", [("name", ""), ("capacity", "1")])
            #expect(wrong.status == .badRequest && wrong.body.contains("Vul de naam van de locatie in."))
            #expect(try await coordinator.post("/groepsstage/locaties", [("name", "Kwekerij De Tuin"), ("capacity", "1"),
                                                                          ("open[]", "ma-o")]).status == .seeOther)
            #expect(try await GroupStageCapacity.hasFreeDagdeel(school: f.schoolA1, from: LocalDate(clock.now()), on: app.db))
            for id in [f.ownStudent, f.otherStudent] {
                let page = try await coordinator.get("/leerlingen/\(id)/stagelijn")
                #expect(page.body.contains("Groepsstage starten"))
                #expect(try await coordinator.post("/leerlingen/\(id)/stagelijn/stap", [("step", "groepsstage")]).status == .seeOther)
            }
            // act
            let planned = try await coordinator.post("/groepsstage/plannen", [("dagdelen", "2")])
            #expect(planned.status == .seeOther)
            // check: one place, one student; the rest is reported, not squeezed in
            let slots = try await GroupStageSlotModel.query(on: app.db).all()
            #expect(slots.count == 1 && slots[0].dagdeel == "ma-o")
            let page = try await coordinator.get("/groepsstage")
            #expect(page.body.contains("1 van 1") && page.body.contains("3 dagdelen konden niet worden ingedeeld"))
            #expect(!(try await GroupStageCapacity.hasFreeDagdeel(school: f.schoolA1, from: LocalDate(clock.now()), on: app.db)))
            // by hand: refused too
            let location = try #require(try await GroupStageLocationModel.query(on: app.db).first())
            let waiting = slots[0].$student.id == f.ownStudent ? f.otherStudent : f.ownStudent
            let byHand = try await coordinator.post("/groepsstage/indeling", [("student", waiting.uuidString),
                                                                              ("location", try location.requireID().uuidString), ("dagdeel", "ma-o")])
            #expect(byHand.status == .seeOther)
            #expect(try await GroupStageSlotModel.query(on: app.db).count() == 1)
            // attendance, then the way back to an individual stage frees the place
            let slot = try #require(slots.first)
            #expect(try await coordinator.post("/groepsstage/aanwezigheid", [("slot", try slot.requireID().uuidString),
                                                                             ("date", "2026-09-21"), ("presence", "aanwezig")]).status == .seeOther)
            #expect(try await GroupStageAttendanceModel.query(on: app.db).first()?.presence == "aanwezig")
            let wrongBack = try await coordinator.post("/leerlingen/\(slot.$student.id)/stagelijn/besluit", [
                ("kind", "klaar-voor-individueel"), ("outcome", "ja"), ("participants[]", "mentor"), ("reason", "Gaat goed"),
            ])
            #expect(wrongBack.status == .badRequest && wrongBack.body.contains("ouders, mentor en stagebegeleider samen"))
            #expect(try await coordinator.post("/leerlingen/\(slot.$student.id)/stagelijn/besluit", [
                ("kind", "klaar-voor-individueel"), ("outcome", "ja"), ("participants[]", "ouders"), ("participants[]", "mentor"),
                ("participants[]", "stagebegeleider"), ("reason", "Staat sociaal sterk genoeg"),
            ]).status == .seeOther)
            #expect(try await GroupStageCapacity.hasFreeDagdeel(school: f.schoolA1, from: LocalDate(clock.now()), on: app.db))
            #expect(try await S.auditCount("group_stage_slot", on: app.db) == 2)
            #expect(try await S.auditCount("group_stage_location", on: app.db) == 1)
            // another school sees none of it
            let other = Browser(app)
            try await other.login("coordinatorA2")
            #expect(!(try await other.get("/groepsstage").body.contains("Kwekerij De Tuin")))
            #expect(try await other.post("/groepsstage/indeling/\(try slot.requireID())/stoppen").status == .notFound)
        }
    }

    @Test func theCoordinatorEditsTheProgrammeOthersMayNot() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let form = try await coordinator.get("/stagelijn/programma/pro")
            #expect(form.status == .ok && form.body.contains("Individuele stage I"))
            var values = ProgrammeForm.values(DefaultStageLines.programme(for: .praktijkonderwijs))
            values["step-interne-stage-name"] = "Kantinestage"
            values["step-individueel-1-hours"] = "vijf"
            let wrong = try await coordinator.post("/stagelijn/programma/pro", values.map { ($0.key, $0.value) })
            #expect(wrong.status == .badRequest && wrong.body.contains("Vul een heel getal in.") && wrong.body.contains("Kantinestage"))
            values["step-individueel-1-hours"] = "4"
            values["step-individueel-1-age"] = "15"
            #expect(try await coordinator.post("/stagelijn/programma/pro", values.map { ($0.key, $0.value) }).status == .seeOther)
            let stored = try await StageLineService(db: app.db).programme(school: f.schoolA1, type: .praktijkonderwijs)
            #expect(stored.step("interne-stage")?.name == "Kantinestage" && stored.step("individueel-1")?.hoursPerDay == 4)
            #expect(stored.step("individueel-1")?.conditions.contains(.minimumAge(15)) == true)
            #expect(stored.step("individueel-1")?.conditions.contains(.readinessMet) == true)
            #expect(try await S.auditCount("stage_line_programme", on: app.db) == 1)
            // another school still has the default
            #expect(try await StageLineService(db: app.db).programme(school: f.schoolA2, type: .praktijkonderwijs).step("interne-stage")?.name == "Interne stage")
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/stagelijn/programma/pro", values.map { ($0.key, $0.value) }).status == .forbidden)
            #expect(try await supervisor.get("/stagelijn").status == .ok)
            // the overview places the fixture students on their line
            let overview = try await coordinator.get("/stagelijn")
            #expect(overview.body.contains("Nog niet begonnen aan de stagelijn") && overview.body.contains("Sem de Vries"))
        }
    }

    @Test func theSchoolEditsTheInterestItemsWithAtLeastTwoPerSector() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            var fields: [(String, String)] = []
            for (index, item) in StandardInterestItems.items.enumerated() {
                let drop = item.sector == .cleaning && item.key != "schoonmaak-1"
                fields += [("key-\(index)", item.key), ("sector-\(index)", item.sector.rawValue),
                           ("statement-\(index)", drop ? "" : item.statement), ("picture-\(index)", item.picture)]
            }
            fields.append(("count", "\(StandardInterestItems.items.count)"))
            let wrong = try await coordinator.post("/stagelijn/interessetest", fields)
            #expect(wrong.status == .badRequest && wrong.body.contains("Schoonmaak heeft minstens twee uitspraken nodig."))
            let count = StandardInterestItems.items.count
            fields.removeLast()
            fields += [("key-\(count)", ""), ("sector-\(count)", "schoonmaak"), ("statement-\(count)", "Je poetst een fiets op."),
                       ("picture-\(count)", "🚲"), ("count", "\(count + 1)")]
            #expect(try await coordinator.post("/stagelijn/interessetest", fields).status == .seeOther)
            let items = try await InterestTestService(db: app.db).items(school: f.schoolA1)
            #expect(items.count == 29 && items.last?.statement == "Je poetst een fiets op.")
            #expect(try await InterestTestService(db: app.db).items(school: f.schoolA2).count == 30)
        }
    }
}
