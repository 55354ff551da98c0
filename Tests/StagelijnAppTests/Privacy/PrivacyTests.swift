import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
@testable import StagelijnApp

@Suite("AVG: per-person export, deletion without orphans, retention, logs")
struct PrivacyTests {
    /// Counts the school's figures depend on.
    static func figures(_ app: Application, school: UUID) async throws -> [Int] {
        [try await StudentModel.query(on: app.db).filter(\.$school.$id == school).count(),
         try await PlacementModel.query(on: app.db).filter(\.$school.$id == school).count(),
         try await PlacementModel.query(on: app.db).filter(\.$school.$id == school).filter(\.$status == .introduction).count(),
         try await HourEntryModel.query(on: app.db).count(),
         try await SupervisionRecordModel.query(on: app.db).count(),
         try await PlacementStatusChangeModel.query(on: app.db).count(),
         try await MatchingRunModel.query(on: app.db).count()]
    }

    @Test func deletionLeavesNoReferenceAnywhereAndKeepsTheCounts() async throws {
        try await withTestApp { app, f, _ in
            try await APIConformanceTests.addRecords(app, f)
            // A table another feature adds later, known to nobody here: found by introspection.
            try await app.db.schema("later_feature_notes").id()
                .field("student_id", .uuid, .references("students", "id")).field("note", .string).create()
            try await app.db.schema("later_feature_loose").id().field("student_id", .uuid).create()
            let sql = try #require(app.db as? any SQLDatabase)
            try await sql.insert(into: "later_feature_notes").columns("id", "student_id", "note")
                .values(SQLBind(UUID()), SQLBind(f.ownStudent), SQLBind("Gesprek met Sem de Vries")).run()
            try await sql.insert(into: "later_feature_loose").columns("id", "student_id").values(SQLBind(UUID()), SQLBind(f.ownStudent)).run()
            let guardian = GuardianModel()
            guardian.$student.id = f.ownStudent
            guardian.name = "Marja de Vries"
            guardian.email = "marja@example.org"
            try await guardian.create(on: app.db)
            let before = try await Self.figures(app, school: f.schoolA1)

            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let wrong = try await coordinator.post("\(StudentPrivacyController.path(f.ownStudent))/verwijderen", [("confirm", "9999")])
            #expect(wrong.status == .badRequest)
            #expect(wrong.body.contains("leerlingnummer"))
            let done = try await coordinator.post("\(StudentPrivacyController.path(f.ownStudent))/verwijderen", [("confirm", "1001")])
            #expect(done.status == .seeOther)

            let schema = try await SchemaIntrospection.read(app.db)
            let references = schema.studentReferences
            #expect(references.contains { $0.table == "later_feature_notes" } && references.contains { $0.table == "later_feature_loose" })
            #expect(references.contains { $0.table == "placements" } && references.contains { $0.table == "memberships" })
            for reference in references {
                let count = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(SQLIdentifier(reference.table))
                    .where(SQLIdentifier(reference.column), .equal, SQLBind(f.ownStudent)).first()?.decode(column: "n", as: Int.self)
                #expect(count == 0, "\(reference.table).\(reference.column) still refers to the student")
            }
            #expect(try await StudentModel.find(f.ownStudent, on: app.db) == nil)
            // No name, address or id left in any text column of any table.
            for (table, columns) in schema.textColumns {
                for column in columns {
                    for secret in ["Sem de Vries", "Marja de Vries", "marja@example.org", f.ownStudent.uuidString] {
                        let hits = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n").from(SQLIdentifier(table))
                            .where(SQLIdentifier(column), .like, SQLBind("%\(secret)%")).first()?.decode(column: "n", as: Int.self)
                        #expect(hits == 0, "\(secret) in \(table).\(column)")
                    }
                }
            }
            #expect(try await Self.figures(app, school: f.schoolA1) == before)
            // The student's and parent's accounts no longer reach anything; the coordinator's figures still count the stage.
            let parent = Browser(app)
            #expect(try await parent.login("parent").location != "/")
        }
    }

    @Test func theExportHoldsEverythingAboutTheStudentAndNothingAboutOthers() async throws {
        try await withTestApp { app, f, _ in
            try await APIConformanceTests.addRecords(app, f)
            // A read of the stage's visit report: an audit entry about a row about the student, not about the student.
            let visit = try #require(try await SupervisionRecordModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).first()?.id)
            try await AuditLog.recordRead(on: app.db, actor: .system("Lezer van het bezoek", schoolID: f.schoolA1), entity: "supervision",
                                          id: visit, at: Fixture.now)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let page = try await coordinator.get(StudentPrivacyController.path(f.ownStudent))
            #expect(page.status == .ok && page.body.contains("gegevens.pdf"))
            let answer = try await coordinator.get("\(StudentPrivacyController.path(f.ownStudent))/gegevens.json")
            #expect(answer.status == .ok)
            let json = try JSONDecoder().decode(JSONValue.self, from: Data(answer.body.utf8))
            let tables = try #require(json["tabellen"]?.objectValue)
            for table in ["students", "placements", "hour_entries", "supervision_records", "placement_status_changes", "audit_entries"] {
                #expect(tables[table]?.arrayValue?.isEmpty == false, "\(table) in the export")
            }
            #expect(tables["audit_entries"]?.arrayValue?.contains { $0["actor_name"] == "Lezer van het bezoek" } == true)
            #expect(!answer.body.contains("Noor") && !answer.body.contains(f.otherStudent.uuidString))
            #expect(!answer.body.contains("password_hash"))
            let pdf = try await coordinator.get("\(StudentPrivacyController.path(f.ownStudent))/gegevens.pdf")
            #expect(pdf.status == .ok)
            if PDFRenderer.executable != nil { #expect(pdf.body.hasPrefix("%PDF")) } else { #expect(pdf.body.contains("Gegevens van Sem")) }
            // Only the coordinator, only their own school.
            let mentor = Browser(app)
            try await mentor.login("mentor")
            #expect(try await mentor.get("\(StudentPrivacyController.path(f.ownStudent))/gegevens.json").status == .forbidden)
            let other = Browser(app)
            try await other.login("coordinatorB1")
            #expect(try await other.get("\(StudentPrivacyController.path(f.ownStudent))/gegevens.json").status == .notFound)
        }
    }

    @Test func theDailyPurgeRunsOnceADayAndAnonymisesStudentsPastTheirRetention() async throws {
        try await withTestApp { app, f, clock in
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let saved = try await coordinator.post(StudentPrivacyController.path(f.otherStudent) + "/vertrokken", [("leftOn", "2024-06-30")])
            #expect(saved.status == .seeOther)
            let bad = try await coordinator.post(PrivacyPagesController.retentionPath, [("leerlingdossier", "5")])
            #expect(bad.status == .badRequest)
            let first = try await RetentionPurge.runDaily(now: clock.now(), on: app.db)
            #expect(first?.students == 1)
            #expect(try await StudentModel.find(f.otherStudent, on: app.db) == nil)
            #expect(try await RetentionPurge.runDaily(now: clock.now(), on: app.db) == nil, "a second server the same day skips")
            // Sem left recently: kept until the school's period passes.
            _ = try await coordinator.post(StudentPrivacyController.path(f.ownStudent) + "/vertrokken", [("leftOn", "2026-09-01")])
            clock.advance(by: 86_400)
            #expect(try await RetentionPurge.runDaily(now: clock.now(), on: app.db)?.students == 0)
            #expect(try await StudentModel.find(f.ownStudent, on: app.db) != nil)
            let again = Browser(app)
            try await again.login("coordinator")
            let register = try await again.get(PrivacyPagesController.registerPath)
            #expect(register.body.contains("Grondslag") && register.body.contains("2 jaar"), "\(register.status) \(register.location ?? "") \(register.body.prefix(200))")
            let statement = try await Browser(app).get(PrivacyPagesController.statementPath)
            #expect(statement.status == .ok && statement.body.contains("Je school") && statement.body.contains("uw kind"))
        }
    }

    @Test func noPersonalDataReachesTheApplicationLog() async throws {
        try await withTestApp { app, f, _ in
            let capture = CapturedLog()
            app.logger = Logger(label: "canary") { _ in capture }
            app.logger.logLevel = .trace
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            let canary = "Kanarie\(UUID().uuidString.prefix(6))"
            _ = try await coordinator.post("/leerlingen", [("studentNumber", "8080"), ("firstName", canary), ("lastName", "\(canary)Achter"),
                                                          ("birthDate", "2011-02-03"), ("schoolType", "pro"), ("schoolYearLevel", "2"),
                                                          ("className", "2A"), ("postcode", "1811 AB"), ("email", "\(canary)@example.org")])
            _ = try await coordinator.post("/leerlingen", [("firstName", canary), ("birthDate", "nooit")])
            _ = try await coordinator.get("/leerlingen?q=\(canary)")
            _ = try await coordinator.get("/export/leerlingen.csv?q=\(canary)")
            let caller = try await APICaller.make(app, school: f.schoolA1)
            _ = try await caller.send(.POST, "/api/v1/students", json: #"{"firstName":"\#(canary)","birthDate":"\#(canary)"}"#)
            _ = try await caller.get("/api/v1/students?q=\(canary)")
            let id = try #require(try await StudentModel.query(on: app.db).filter(\.$studentNumber == "8080").first()?.id)
            _ = try await coordinator.get("\(StudentPrivacyController.path(id))/gegevens.json")
            _ = try await coordinator.post("\(StudentPrivacyController.path(id))/verwijderen", [("confirm", "8080")])
            #expect(!capture.lines.isEmpty, "the log was captured")
            #expect(!capture.lines.joined(separator: "\n").contains(canary))
        }
    }
}
