import StagelijnCore
import Testing
@testable import StagelijnApp

@Suite("Meldpunt demo code")
struct MeldpuntDemoCodeTests {
    @Test func theDemosKnownFollowUpCodeCanBeTypedByItsReporter() {
        // A code with a letter outside the alphabet (the demo once had "MELD-…", and L is not in it) is never found.
        #expect(FollowUpCode.normalise(DemoMeldpunt.knownCode) == DemoMeldpunt.knownCode)
        #expect(FollowUpCode.normalise(DemoMeldpunt.knownCode.lowercased().replacingOccurrences(of: "-", with: " ")) == DemoMeldpunt.knownCode)
    }
}
