import Vapor
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

@Suite("Meldpunt poster")
struct MeldpuntPosterTests {
    @Test func thePosterHasAQRCodeToTheSchoolsReportPageWhereQrencodeIsInstalled() async throws {
        try await withTestApp { app, _, _ in
            // act
            let poster = try await Browser(app).get("/melden/A1/poster")
            // check: the address in large type always; the QR code (inline SVG, no script) where the server can draw it
            #expect(poster.status == .ok && poster.body.contains("/melden/A1"))
            if QRCodeRenderer.executable != nil {
                #expect(poster.body.contains("class=\"poster-qr\"") && poster.body.contains("<svg") && !poster.body.contains("<?xml"))
                #expect(QRCodeRenderer.svg(for: "https://example.org/melden/A1")?.hasPrefix("<svg") == true)
            } else {
                #expect(!poster.body.contains("poster-qr"))
            }
        }
    }
}
