import Foundation
import Testing
@testable import StagelijnCore

@Suite("Access policy")
struct AccessPolicyTests {
    @Test func onlyCoordinatorsImportAndReadTheAuditLog() {
        for role in Role.allCases {
            #expect(AccessPolicy.allows(role, .create, .importData) == (role == .coordinator))
            #expect(AccessPolicy.allows(role, .list, .auditLog) == (role == .coordinator))
        }
    }

    @Test func leadershipAndInspectorsNeverSeeIndividualStudents() {
        for role in [Role.leadership, .inspector] {
            for action in Action.allCases {
                #expect(AccessPolicy.scope(for: role, action, .student) == .none)
                #expect(AccessPolicy.scope(for: role, action, .placement) == .none)
            }
        }
    }

    @Test func studentsAndParentsOnlyReadTheirOwnRecords() {
        for role in [Role.student, .parent] {
            #expect(AccessPolicy.scope(for: role, .view, .student) == .linkedStudents)
            #expect(AccessPolicy.scope(for: role, .update, .student) == .none)
            #expect(AccessPolicy.scope(for: role, .create, .placement) == .none)
        }
    }

    @Test func whoeverMayChangeSomethingMayAlsoSeeIt() {
        for role in Role.allCases {
            for resource in Resource.allCases where AccessPolicy.allows(role, .update, resource) {
                #expect(AccessPolicy.allows(role, .view, resource), "\(role) \(resource)")
            }
        }
    }

    @Test func mentorsSeeTheirOwnClass() {
        #expect(AccessPolicy.scope(for: .mentor, .list, .student) == .mentees)
        #expect(AccessPolicy.scope(for: .mentor, .update, .student) == .none)
    }

    @Test func loginThrottleLocksAfterTheLimitAndOpensAfterTheWindow() {
        let policy = LoginThrottlePolicy(limit: 3, window: 60)
        let start = Date(timeIntervalSince1970: 0)
        var counter: LoginThrottlePolicy.Counter?
        for second in 0..<3 {
            #expect(policy.lockedUntil(counter, now: start.addingTimeInterval(Double(second))) == nil)
            counter = policy.registeringFailure(counter, now: start.addingTimeInterval(Double(second)))
        }
        #expect(policy.lockedUntil(counter, now: start.addingTimeInterval(10)) == start.addingTimeInterval(60))
        #expect(policy.lockedUntil(counter, now: start.addingTimeInterval(60)) == nil)
        #expect(policy.registeringFailure(counter, now: start.addingTimeInterval(61)).failures == 1, "a new window starts over")
    }
}
