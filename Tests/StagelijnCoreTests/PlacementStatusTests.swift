import Testing
@testable import StagelijnCore

@Suite("Placement status")
struct PlacementStatusTests {
    @Test func theNormalPathIsAllowed() {
        let path: [PlacementStatus] = [.proposed, .introduction, .agreement, .active, .completed]
        for (from, to) in zip(path, path.dropFirst()) {
            #expect(from.validateTransition(to: to, reason: "") == nil)
        }
    }

    @Test func finalStatusesAreFinal() {
        for status in PlacementStatus.allCases where status.isFinal {
            #expect(status.allowedNext.isEmpty)
        }
    }

    @Test func everyOpenStatusCanEndEarlyButOnlyWithAReason() {
        for status in PlacementStatus.allCases where !status.isFinal {
            #expect(status.validateTransition(to: .terminated, reason: "  ") == .reasonRequired)
            #expect(status.validateTransition(to: .terminated, reason: "Uitval") == nil)
        }
    }

    @Test func skippingTheAgreementIsNotAllowed() {
        #expect(PlacementStatus.introduction.validateTransition(to: .active, reason: "x") == .notAllowed(from: .introduction, to: .active))
        #expect(PlacementStatus.proposed.validateTransition(to: .completed, reason: "x") != nil)
    }
}
