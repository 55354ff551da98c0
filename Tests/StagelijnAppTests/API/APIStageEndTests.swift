import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

@Suite("API: dropouts and leavers, scoped as on /uitval and /uitstroom")
struct APIStageEndTests {
    @Test func onlyTheSchoolsOwnDropoutsAndLeaversAreListedAndFound() async throws {
        try await withTestApp { app, f, _ in
            let (dropout, leaver) = try await APIConformanceTests.addStageEnd(app, f)
            // Another school's dropout and leaver.
            let foreign = DropoutModel()
            foreign.$school.id = f.schoolA2; foreign.$placement.id = f.placementA2; foreign.$student.id = f.studentA2
            foreign.schoolYear = "2026-2027"; foreign.endedOn = "2026-10-01"; foreign.reason = "Andere school"
            foreign.supportTeamConsulted = false; foreign.startedByName = "Test"
            try await foreign.create(on: app.db)
            let foreignLeaver = OutflowModel()
            foreignLeaver.$school.id = f.schoolA2; foreignLeaver.$student.id = f.studentA2; foreignLeaver.schoolType = .praktijkonderwijs
            foreignLeaver.leftOn = "2026-07-10"; foreignLeaver.schoolYear = "2025-2026"; foreignLeaver.profile = OutflowProfile.allCases[0]
            foreignLeaver.destination = OutflowDestination.allCases[0]; foreignLeaver.aftercare = false
            foreignLeaver.aftercareRequested = false; foreignLeaver.createdByName = "Test"
            try await foreignLeaver.create(on: app.db)

            let caller = try await APICaller.make(app, school: f.schoolA1, readOnly: true)
            let dropouts = try await caller.get("/api/v1/dropouts")
            #expect(dropouts.status == .ok)
            #expect(dropouts.json?["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [dropout.uuidString])
            #expect(dropouts.json?["items"]?.arrayValue?.first?["talkNote"] == nil, "working notes stay on the page")
            let leavers = try await caller.get("/api/v1/leavers")
            #expect(leavers.json?["items"]?.arrayValue?.compactMap { $0["id"]?.stringValue } == [leaver.uuidString])
            #expect(try await caller.get("/api/v1/dropouts/\(dropout)").status == .ok)
            #expect(try await caller.get("/api/v1/leavers/\(leaver)").status == .ok)
            #expect(try await caller.get("/api/v1/dropouts/\(try foreign.requireID())").status == .notFound)
            #expect(try await caller.get("/api/v1/leavers/\(try foreignLeaver.requireID())").status == .notFound)
            #expect(try await caller.get("/api/v1/dropouts?perPage=0").status == .badRequest)
        }
    }
}
