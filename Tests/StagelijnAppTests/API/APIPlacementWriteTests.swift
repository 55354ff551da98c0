import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("API: placements proposed and their status changed by the pages' rules")
struct APIPlacementWriteTests {
    @Test func aProposalIsCreatedWithHistoryAndAuditInTheTokensName() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1, name: "Magister-koppeling")
            let body = #"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)"}"#
            let created = try await caller.send(.POST, "/api/v1/placements", json: body)
            #expect(created.status == .created, "\(created.body)")
            let id = try #require(created.json?["id"]?.stringValue.flatMap(UUID.init(uuidString:)))
            #expect(created.headers.first(name: .location) == "/api/v1/placements/\(id)")
            #expect(created.json?["status"] == "proposed")
            #expect(created.json?["statusChanges"]?.arrayValue?.first?["reason"] == "Voorgesteld door API-sleutel ‘Magister-koppeling’")
            let stored = try #require(try await PlacementModel.find(id, on: app.db))
            #expect(stored.$student.id == f.otherStudent && stored.$school.id == f.schoolA1 && stored.status == .proposed)
            let entry = try #require(try await AuditEntryModel.query(on: app.db).filter(\.$entityID == id).filter(\.$action == "create").first())
            #expect(entry.actorName == "API-sleutel ‘Magister-koppeling’")
            #expect(entry.schoolID == f.schoolA1)
            // The same proposal again: the second place of the position is free, but the student has an open stage now.
            let again = try await caller.send(.POST, "/api/v1/placements", json: body)
            #expect(again.status == .unprocessableEntity)
            #expect(again.json?["errors"]?.arrayValue?.first?["field"] == "studentId")
            #expect(again.json?["detail"]?.stringValue?.contains("heeft in deze periode al een stage") == true)
            #expect(try await PlacementModel.query(on: app.db).filter(\.$student.$id == f.otherStudent).count() == 1)
        }
    }

    @Test func aRefusedProposalNamesTheFieldAndWritesNothing() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            func refused(_ body: String) async throws -> Set<String> {
                let answer = try await caller.send(.POST, "/api/v1/placements", json: body)
                #expect(answer.status == .unprocessableEntity, "\(body): \(answer.status) \(answer.body)")
                #expect(answer.headers.contentType?.subType == "problem+json")
                return Set(answer.json?["errors"]?.arrayValue?.compactMap { $0["field"]?.stringValue } ?? [])
            }
            #expect(try await refused("{}") == ["studentId", "positionId", "periodId"])
            #expect(try await refused(#"{"studentId":"x","positionId":7,"periodId":null}"#) == ["studentId", "positionId", "periodId"])
            #expect(try await refused(#"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)","status":"active"}"#) == ["status"])
            // Another board's place, another school's student and period: not found as the page says it.
            #expect(try await refused(#"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionB)","periodId":"\#(f.periodA1)"}"#) == ["positionId"])
            #expect(try await refused(#"{"studentId":"\#(f.studentA2)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA2)"}"#) == ["studentId", "periodId"])
            // Full: the position has room for 2; one is taken by placementA1, fill the other.
            let place = PlacementModel(schoolID: f.schoolA1, studentID: f.otherStudent, positionID: f.positionA, periodID: f.periodA1, status: .agreement)
            try await place.create(on: app.db)
            #expect(try await refused(#"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)"}"#)
                .contains("positionId"))
            #expect(try await PlacementModel.query(on: app.db).count() == 4)
        }
    }

    @Test func aStudentWhoLeftSchoolGetsNoNewStage() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1)
            try await StudentDepartureModel.record(student: f.otherStudent, leftOn: LocalDate(year: 2026, month: 9, day: 1)!,
                                                   actor: .system("test", schoolID: f.schoolA1), at: Fixture.now, on: app.db)
            let answer = try await caller.send(.POST, "/api/v1/placements",
                                               json: #"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)"}"#)
            #expect(answer.status == .unprocessableEntity)
            #expect(answer.json?["errors"]?.arrayValue?.first?["field"] == "studentId")
            #expect(answer.json?["detail"]?.stringValue?.contains("heeft de school verlaten") == true)
        }
    }

    @Test func statusChangesFollowTheStatusMachine() async throws {
        try await withTestApp { app, f, _ in
            let caller = try await APICaller.make(app, school: f.schoolA1, name: "Rooster")
            let path = "/api/v1/placements/\(f.placementA1)/status"
            // voorstel → afgerond skips steps: a conflict with the current status, the field named.
            let skip = try await caller.send(.POST, path, json: #"{"status":"completed"}"#)
            #expect(skip.status == .conflict)
            #expect(skip.headers.contentType?.subType == "problem+json")
            #expect(skip.json?["errors"]?.arrayValue?.first?["field"] == "status")
            #expect(skip.json?["detail"]?.stringValue?.contains("‘voorstel’ kan niet naar ‘afgerond’") == true)
            // Ending early needs a reason.
            let noReason = try await caller.send(.POST, path, json: #"{"status":"terminated","reason":"  "}"#)
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.json?["errors"]?.arrayValue?.first?["field"] == "reason")
            for (body, field) in [(#"{"status":"bezig"}"#, "status"), (#"{}"#, "status"), (#"{"status":"introduction","agreementException":"ja"}"#, "agreementException"),
                                  (#"{"status":"introduction","reason":"a\u0000b"}"#, "reason"), (#"{"status":"introduction","note":"x"}"#, "note")] {
                let answer = try await caller.send(.POST, path, json: body)
                #expect(answer.status == .unprocessableEntity, "\(body)")
                #expect(answer.json?["errors"]?.arrayValue?.first?["field"]?.stringValue == field, "\(body)")
            }
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .proposed)

            let moved = try await caller.send(.POST, path, json: #"{"status":"introduction","reason":"Kennismaking op dinsdag"}"#)
            #expect(moved.status == .ok, "\(moved.body)")
            #expect(moved.json?["status"] == "introduction")
            #expect(moved.json?["statusChanges"]?.arrayValue?.last?["reason"] == "Kennismaking op dinsdag")
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .introduction)
            let entry = try #require(try await AuditEntryModel.query(on: app.db).filter(\.$entityID == f.placementA1).filter(\.$action == "status").first())
            #expect(entry.actorName == "API-sleutel ‘Rooster’")
            #expect(entry.changes.contains("introduction"))
            // Another school's placement: 404.
            #expect(try await caller.send(.POST, "/api/v1/placements/\(f.placementA2)/status", json: #"{"status":"introduction"}"#).status == .notFound)
            #expect(try await caller.send(.POST, "/api/v1/placements/\(UUID())/status", json: #"{"status":"introduction"}"#).status == .notFound)
        }
    }

    @Test func aStageStartsOnlyWithASignedAgreementOrAReasonedException() async throws {
        try await withTestApp { app, f, _ in
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.status = .agreement
            try await placement.save(on: app.db)
            let caller = try await APICaller.make(app, school: f.schoolA1)
            let path = "/api/v1/placements/\(f.placementA1)/status"
            let refused = try await caller.send(.POST, path, json: #"{"status":"active"}"#)
            #expect(refused.status == .conflict)
            #expect(refused.json?["errors"]?.arrayValue?.first?["field"] == "agreementException")
            #expect(refused.json?["detail"]?.stringValue?.contains("er is nog geen overeenkomst") == true)
            let shortReason = try await caller.send(.POST, path, json: #"{"status":"active","agreementException":true,"reason":"kort"}"#)
            #expect(shortReason.status == .conflict)
            let started = try await caller.send(.POST, path, json: #"{"status":"active","agreementException":true,"reason":"Bedrijf tekent volgende week, leerling mag starten"}"#)
            #expect(started.status == .ok, "\(started.body)")
            #expect(started.json?["statusChanges"]?.arrayValue?.last?["agreementException"] == true)
            let change = try await PlacementStatusChangeModel.query(on: app.db).filter(\.$placement.$id == f.placementA1)
                .filter(\.$toStatus == .active).first()
            #expect(change?.agreementException == true)
        }
    }

    @Test func endingARunningStageOpensTheDropoutAsThePageDoes() async throws {
        try await withTestApp { app, f, _ in
            let placement = try #require(try await PlacementModel.find(f.placementA1, on: app.db))
            placement.status = .active
            try await placement.save(on: app.db)
            let caller = try await APICaller.make(app, school: f.schoolA1)
            let ended = try await caller.send(.POST, "/api/v1/placements/\(f.placementA1)/status",
                                              json: #"{"status":"terminated","reason":"Leerling voelde zich niet veilig"}"#)
            #expect(ended.status == .ok, "\(ended.body)")
            let dropout = try #require(try await DropoutModel.query(on: app.db).filter(\.$placement.$id == f.placementA1).first())
            #expect(dropout.reason == "Leerling voelde zich niet veilig")
            #expect(dropout.$student.id == f.ownStudent)
        }
    }

    @Test func aReadOnlyTokenCannotProposeOrChangeAndWritesCountTowardsTheLimit() async throws {
        try await withTestApp { app, f, _ in
            let reader = try await APICaller.make(app, school: f.schoolA1, readOnly: true)
            let body = #"{"studentId":"\#(f.otherStudent)","positionId":"\#(f.positionA)","periodId":"\#(f.periodA1)"}"#
            let propose = try await reader.send(.POST, "/api/v1/placements", json: body)
            #expect(propose.status == .forbidden)
            #expect(propose.headers.contentType?.subType == "problem+json")
            #expect(propose.json?["title"] == "Alleen lezen")
            let change = try await reader.send(.POST, "/api/v1/placements/\(f.placementA1)/status", json: #"{"status":"introduction"}"#)
            #expect(change.status == .forbidden)
            #expect(try await PlacementModel.query(on: app.db).count() == 3)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .proposed)

            APIRateLimit.set(APIRateLimit(perMinute: 1), on: app)
            let writer = try await APICaller.make(app, school: f.schoolA1, name: "Snel")
            #expect(try await writer.send(.POST, "/api/v1/placements/\(f.placementA1)/status", json: #"{"status":"introduction"}"#).status == .ok)
            let limited = try await writer.send(.POST, "/api/v1/placements/\(f.placementA1)/status", json: #"{"status":"proposed"}"#)
            #expect(limited.status == .tooManyRequests)
            #expect(try await PlacementModel.find(f.placementA1, on: app.db)?.status == .introduction)
        }
    }
}
