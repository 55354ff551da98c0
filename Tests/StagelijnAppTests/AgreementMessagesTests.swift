import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Messages that go out by themselves: contacts stored once, reminders, the signed copy")
struct AgreementMessagesTests {
    @Test func contactsStoredOnceAreUsedWithoutRetyping() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            // Parents on the student's own page; the praktijkbegeleider on the stage; the student's e-mail on the student.
            #expect(try await coordinator.post("/leerlingen/\(f.ownStudent)/ouders",
                                               [("name", "Marja de Vries"), ("email", "marja@ouder.example"), ("phone", "06-12345678")]).status == .seeOther)
            let guardians = try await coordinator.get("/leerlingen/\(f.ownStudent)/ouders")
            #expect(guardians.body.contains("Marja de Vries") && guardians.body.contains("06-12345678"))
            #expect(try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/praktijkbegeleider",
                                               [("mentorName", "Piet Bakker"), ("mentorEmail", "piet@bakkerij.example")]).status == .seeOther)
            let student = try #require(try await StudentModel.find(f.ownStudent, on: app.db))
            student.email = "sem@leerling.example"
            try await student.save(on: app.db)
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            let page = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(page.body.contains("Piet Bakker, piet@bakkerij.example") && !page.body.contains("name=\"parentEmail\""))
            // "Ter ondertekening versturen" without typing anything: three invitations, to the stored addresses.
            let sent = try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/versturen")
            #expect(sent.status == .seeOther)
            let messages = try await Mailbox.deliver(app)
            #expect(Set(messages.map(\.recipient)) == ["sem@leerling.example", "piet@bakkerij.example", "marja@ouder.example"])
            // The student is addressed with "je", the parent with "u".
            #expect(messages.first { $0.recipient.hasPrefix("sem") }?.body.contains("vraagt je je stageovereenkomst") == true)
            #expect(messages.first { $0.recipient.hasPrefix("marja") }?.body.contains("vraagt u de stageovereenkomst") == true)
            let flash = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst")
            #expect(flash.body.contains("3 uitnodigingen staan in de verzendrij") && !flash.body.contains("uitnodiging(en)"))
        }
    }

    @Test func sendingAsksOnlyForAMissingContactAndStoresIt() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst", AgreementTests.content)
            let refused = try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/versturen")
            #expect(refused.status == .badRequest && refused.body.contains("Vul de ontbrekende contactgegevens in"))
            #expect(refused.body.contains("name=\"parentEmail\"") && refused.body.contains("name=\"studentEmail\""))
            #expect(try await AgreementModel.query(on: app.db).first()?.sentAt == nil)
            #expect(try await AgreementTests.send(coordinator, f.placementA1).status == .seeOther)
            let guardian = try #require(try await GuardianModel.query(on: app.db).first())
            #expect(guardian.name == "Marja de Vries" && guardian.email == "marja@ouder.example")
            #expect(try await StudentModel.find(f.ownStudent, on: app.db)?.email == "sem@leerling.example")
            #expect(try await WorkplaceMentorModel.query(on: app.db).first()?.email == "piet@bakkerij.example")
        }
    }

    @Test func onlyStaffSeeGuardiansAndOnlyTheCoordinatorChangesThem() async throws {
        try await withTestApp { app, f, _ in
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.get("/leerlingen/\(f.ownStudent)/ouders").status == .ok)
            #expect(try await supervisor.post("/leerlingen/\(f.ownStudent)/ouders", [("name", "X")]).status == .forbidden)
            let parent = Browser(app)
            try await parent.login("parent")
            #expect(try await parent.get("/leerlingen/\(f.ownStudent)/ouders").status == .forbidden)
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(try await other.get("/leerlingen/\(f.ownStudent)/ouders").status == .notFound)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let bad = try await coordinator.post("/leerlingen/\(f.ownStudent)/ouders", [("name", "Jan\r\nBcc: x@y.nl"), ("email", "geen-adres")])
            #expect(bad.status == .badRequest && bad.body.contains("geen geldig e-mailadres"))
            #expect(try await GuardianModel.query(on: app.db).count() == 0)
        }
    }

    @Test func remindersGoOutAfterTheSchoolsNumberOfDaysUntilSigned() async throws {
        try await withTestApp { app, f, clock in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            #expect(try await coordinator.post("/overeenkomsten/herinneringen", [("reminderDays", "3")]).status == .seeOther)
            let tokens = try await SigningTests.invite(app, f, coordinator: coordinator)
            #expect(try await SigningTests.sign(Browser(app), tokens["student"]!, name: "Sem de Vries").status == .ok)
            clock.advance(by: 2 * 24 * 3600)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).reminders == 0)
            clock.advance(by: 24 * 3600)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).reminders == 2)   // the student signed already
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).reminders == 0)   // not twice
            let reminders = try await Mailbox.deliver(app)
            #expect(Set(reminders.map(\.recipient)) == ["piet@bakkerij.example", "marja@ouder.example"])
            let parentReminder = try #require(reminders.first { $0.recipient.hasPrefix("marja") })
            #expect(parentReminder.subject.hasPrefix("Herinnering") && parentReminder.body.contains("vervangt die uit het eerdere bericht"))
            // The reminder's link works; the first one no longer does.
            let token = try #require(Mailbox.token("teken", in: parentReminder.body))
            #expect(try await Browser(app).get("/teken/\(token)").status == .ok)
            #expect(try await Browser(app).get("/teken/\(tokens["parent"]!)").status == .notFound)
            // A school that switches reminders off sends none.
            let later = Browser(app)                              // the first session ended while the days passed
            try await later.login("coordinator")
            #expect(try await later.post("/overeenkomsten/herinneringen", [("reminderDays", "0")]).status == .seeOther)
            clock.advance(by: 4 * 24 * 3600)
            #expect(try await AgreementAutomation.runDue(now: clock.now(), on: app.db).reminders == 0)
            let supervisor = Browser(app)
            try await supervisor.login("supervisor")
            #expect(try await supervisor.post("/overeenkomsten/herinneringen", [("reminderDays", "1")]).status == .forbidden)
        }
    }

    @Test func theSignedTextGoesToEverySignerOnceEverythingIsSigned() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let tokens = try await SigningTests.invite(app, f, coordinator: coordinator)
            for (role, name) in [("student", "Sem de Vries"), ("company", "Piet Bakker")] {
                #expect(try await SigningTests.sign(Browser(app), tokens[role]!, name: name).status == .ok)
            }
            let page = try await coordinator.get("/stages/\(f.placementA1)/overeenkomst")
            let hash = try #require(SigningTests.textHash(in: page.body))
            try await coordinator.post("/stages/\(f.placementA1)/overeenkomst/school", [("textHash", hash)])
            #expect(try await Mailbox.deliver(app).isEmpty)          // not complete yet: no copy
            #expect(try await SigningTests.sign(Browser(app), tokens["parent"]!, name: "Marja de Vries").status == .ok)
            let copies = try await Mailbox.deliver(app)
            #expect(Set(copies.map(\.recipient)) == ["sem@leerling.example", "piet@bakkerij.example", "marja@ouder.example",
                                                     Fixture.email("coordinator")])
            for copy in copies {
                #expect(copy.subject == "Getekende stageovereenkomst Sem de Vries")
                #expect(copy.body.contains("Controlecode van de tekst: \(hash)") && copy.body.contains("Deeg maken"))
                #expect(!copy.body.contains("/teken/") && !copy.body.contains("SHA-256"))
            }
            #expect(copies.first { $0.recipient.hasPrefix("sem") }?.body.contains("Je stageovereenkomst is door iedereen getekend") == true)
            // Once: a later run sends nothing more.
            try await AgreementAutomation.runDue(now: app.clock.now(), on: app.db)
            #expect(try await Mailbox.deliver(app).isEmpty)
        }
    }

    @Test func aStudentSigningLinkSaysJe() async throws {
        try await withTestApp { app, f, _ in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let tokens = try await SigningTests.invite(app, f, coordinator: coordinator)
            let page = try await Browser(app).get("/teken/\(tokens["student"]!)")
            #expect(page.body.contains("Je tekent als leerling") && page.body.contains("Je naam"))
            #expect(!page.body.contains("U tekent") && !page.body.contains("SHA-256"))
            let done = try await SigningTests.sign(Browser(app), tokens["student"]!, name: "Sem de Vries")
            #expect(done.body.contains("Bedankt, Sem de Vries") && done.body.contains("Je handtekening is vastgelegd"))
        }
    }
}
