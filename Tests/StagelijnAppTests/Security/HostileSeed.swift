import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

/// Fills the fixture with hostile text: first richer records through the app's own forms (agreement, invitations,
/// visit, hours, readiness, schedule, cooperation, matching override, import preview, delivered messages), then every
/// free-text column of every row straight through the Fluent models. Each value carries its own tag.
enum HostileSeed {
    struct Extras {
        var coordinatorPaths: [String] = []      // pages no menu links to (the import preview)
        var personalLinks: [String] = []         // /teken/… and /uren/… pages for people without an account
    }

    private static func v(_ tag: String) -> String { HostileText.value(tag) }
    /// A hostile CSV cell, quoted (RFC 4180) so the file itself stays valid.
    private static func c(_ tag: String) -> String { "\"" + v(tag).replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    static func load(_ app: Application, _ f: Fixture, _ clock: FixedClock) async throws -> Extras {
        var extras = Extras()
        clock.advance(by: 10 * 24 * 3600)                        // 1 October 2026: the stage has begun, hours may be written
        let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
        placement.status = .active
        try await placement.save(on: app.db)
        let stage = "/stages/\(f.placementA1)"

        let coordinator = try await Visitor(app, as: "coordinator")
        try await expectSeeOther(coordinator, "\(stage)/begeleider", [("supervisorID", f.users["supervisor"]!.uuidString)])
        try await expectSeeOther(coordinator, "\(stage)/overeenkomst", [
            ("learningActivities", v("agla") + "\nDeeg maken"), ("companyName", v("agco")), ("positionLocations", v("aglo")),
            ("startDate", "2026-09-28"), ("endDate", "2026-12-18"), ("scheduleText", v("agsc")), ("schoolShare", v("agss")),
            ("companyShare", v("agcs")), ("assessment", v("agas")), ("inspection", v("agin")), ("accidentBy", "school"),
            ("premiumBy", "school"), ("planAim", v("agpa")), ("planContent", v("agpc")), ("planSize", v("agps")),
            ("planStructure", v("agpt")), ("planOrganisation", v("agpo")),
        ])
        // Sending invites everyone in one step, to contacts typed here (names under both the current field names and
        // the ones before issue 10); an app that still invites separately gets the same names through `uitnodigen`.
        let contacts = [
            ("studentEmail", "sem@leerling.example"), ("workplaceMentorName", v("invc")), ("workplaceMentorEmail", "piet@bakkerij.example"),
            ("companyName", v("invc")), ("companyEmail", "piet@bakkerij.example"), ("parentName", v("invp")), ("parentEmail", "marja@ouder.example"),
        ]
        try await expectSeeOther(coordinator, "\(stage)/overeenkomst/versturen", contacts)
        if try await AccessLinkModel.query(on: app.db).count() == 0 {
            try await expectSeeOther(coordinator, "\(stage)/overeenkomst/uitnodigen", contacts)
        }
        try await expectSeeOther(coordinator, "\(stage)/overeenkomst/handtekening",
                                 [("role", "school"), ("name", v("agsn")), ("signedOn", "2026-09-20")])
        try await expectSeeOther(coordinator, "\(stage)/uren/link", [("companyName", v("hlnk")), ("companyEmail", "piet@bakkerij.example")])
        try await expectSeeOther(coordinator, "\(stage)/rooster", [("stageKind", "beroepsstage")] + [1, 2].flatMap { day in
            [("works\(day)", "ja"), ("start\(day)", "05:00"), ("end\(day)", "12:00"), ("break\(day)", "30")]
        } + [("overrideReason", v("rsor"))])
        try await expectSeeOther(coordinator, "/bedrijven/\(f.companyA)/samenwerking", [
            ("validUntil", "2027-07-31"), ("companyShare", v("cocs")), ("assessment", v("coas")), ("inspection", v("coin")),
            ("accidentBy", "company"), ("premiumBy", "company"),
        ])
        try await expectSeeOther(coordinator, "/leerlingen/\(f.otherStudent)/voorkeuren",
                                 [("periodID", f.periodA1.uuidString), ("mode", "plaatsen"), ("choice1", f.positionA.uuidString)])
        try await expectSeeOther(coordinator, "/matching/berekenen", [("periodID", f.periodA1.uuidString)])
        if let run = try await MatchingRunModel.query(on: app.db).first() {
            try await expectSeeOther(coordinator, "/matching/runs/\(try run.requireID())/aanpassen", [
                ("studentID", f.otherStudent.uuidString), ("positionID", f.positionA.uuidString), ("reason", v("mtor") + " besproken"),
            ])
        }
        // A file with hostile cells, an unknown hostile column and a row that fails, so the preview shows all three.
        let csv = [ImportTests.header + ";" + c("imcol"),
                   "5001;\(c("imfn"));el;\(c("imln"));01-05-2011;Praktijkonderwijs;3;\(c("imcl"));;Groen;ja;1811 AB;\(c("imct"));x;y",
                   "5002;Fatima;;Amrani;\(c("imbd"));\(c("imst"));\(c("imlv"));3A;\(c("immt"));\(c("imsc"));ja;1811 AB;Alkmaar;x;y"]
            .joined(separator: "\r\n") + "\r\n"
        let upload = try await coordinator.browser.upload("/import", fields: [("kind", "leerlingen")],
                                                          fileName: "H'><i data-x=1>imfile.csv", file: Data(csv.utf8))
        #expect(upload.status == .seeOther, "seed: import upload → \(upload.status)")
        if let preview = upload.location { extras.coordinatorPaths.append(preview) }

        let supervisor = try await Visitor(app, as: "supervisor")
        try await expectSeeOther(supervisor, "\(stage)/bezoek", [
            ("kind", "contact-start"), ("doneOn", "2026-09-30"), ("present", v("vipr")), ("progress", v("vipg")),
            ("concerns", v("vico")), ("nextStep", v("vins")),
        ])
        let student = try await Visitor(app, as: "student")
        try await expectSeeOther(student, "\(stage)/uren", [
            ("date", "2026-09-28"), ("start", "08:30"), ("end", "15:00"), ("breakMinutes", "30"), ("activities", v("huac")),
        ])
        let mentor = try await Visitor(app, as: "mentor")
        try await expectSeeOther(mentor, "/leerlingen/\(f.ownStudent)/gereedheid", [("criterion", "sociaal"), ("met", "ja"), ("note", v("rdno"))])
        // Delivery puts the personal links into the demo mailbox, where the anonymous crawl picks them up.
        try await expectSeeOther(coordinator, "/berichten/versturen", [])
        for message in try await OutboxMessageModel.query(on: app.db).all() {
            extras.personalLinks += message.body.matches(of: #/\/(?:teken|uren)\/[A-Za-z0-9_-]{20,}/#).map { String($0.0) }
        }

        let decline = CompanyDeclineModel()
        decline.$placement.id = f.placementA1; decline.$company.id = f.companyA; decline.$school.id = f.schoolA1
        decline.reason = DeclineReason.other.rawValue; decline.explanation = v("cdex")
        try await decline.create(on: app.db)
        try await overwriteStoredText(app.db, f)
        return extras
    }

    /// Every free-text column of every row gets a hostile value (codes, enums, dates and JSON stay valid).
    static func overwriteStoredText(_ db: any Database, _ f: Fixture) async throws {
        for row in try await SchoolBoardModel.query(on: db).all() { row.name = v("brd"); try await row.save(on: db) }
        // School codes and student numbers are unique: those tags end in the row's number.
        for (index, row) in try await SchoolModel.query(on: db).all().enumerated() {
            row.name = v("sch"); row.town = v("twn"); row.code = v("scd\(index)"); try await row.save(on: db)
        }
        for (key, id) in f.users {
            let user = try #require(try await UserModel.find(id, on: db))
            user.name = v("usr" + HostileText.tag(key))
            try await user.save(on: db)
        }
        for (index, row) in try await StudentModel.query(on: db).all().enumerated() {
            row.studentNumber = v("snr\(index)"); row.firstName = v("sfn"); row.lastName = v("sln"); row.className = v("scl")
            row.street = v("sst"); row.postcode = v("spc"); row.city = v("sct"); row.email = v("sem")
            try await row.save(on: db)
        }
        for row in try await CompanyModel.query(on: db).all() {
            row.name = v("cnm"); row.street = v("cst"); row.postcode = v("cpc"); row.city = v("cct"); row.sbbNumber = v("csb")
            row.contactName = v("ccn"); row.contactEmail = v("cce"); row.contactPhone = v("ccp"); row.notes = v("cno")
            try await row.save(on: db)
        }
        for row in try await PositionModel.query(on: db).all() { row.title = v("ptt"); row.description = v("pds"); try await row.save(on: db) }
        for row in try await StagePeriodModel.query(on: db).all() { row.name = v("pnm"); row.schoolYear = v("psy"); try await row.save(on: db) }
        for row in try await AgreementSignatureModel.query(on: db).all() { row.name = v("sgn"); try await row.save(on: db) }
        for row in try await AccessLinkModel.query(on: db).all() {
            row.recipientName = v("alrn"); row.recipientEmail = v("alre"); try await row.save(on: db)
        }
        for row in try await OutboxMessageModel.query(on: db).all() {
            row.recipient = v("obre"); row.subject = v("obsu"); row.body = v("obbo") + "\n" + row.body; row.lastError = v("oble")
            try await row.save(on: db)
        }
        for row in try await SupervisionRecordModel.query(on: db).all() { row.recordedByName = v("svrb"); try await row.save(on: db) }
        for row in try await HourEntryModel.query(on: db).all() {
            row.confirmedBy = v("hecb"); row.companyComment = v("hecc"); try await row.save(on: db)
        }
        for row in try await ReadinessDecisionModel.query(on: db).all() { row.decidedByName = v("rddb"); try await row.save(on: db) }
        for row in try await AuditEntryModel.query(on: db).all() { row.actorName = v("auan"); try await row.save(on: db) }
        for row in try await PlacementStatusChangeModel.query(on: db).all() { row.reason = v("psrs"); try await row.save(on: db) }
        for row in try await PendingImportModel.query(on: db).all() { row.fileName = v("pifn"); try await row.save(on: db) }
    }

    /// A seeding step must succeed, or the crawl would silently cover less than it claims.
    private static func expectSeeOther(_ visitor: Visitor, _ path: String, _ fields: [(String, String)]) async throws {
        let page = try await visitor.post(path, fields)
        #expect(page.status == .seeOther, "seed: \(visitor.name) POST \(path) → \(page.status)")
    }
}
