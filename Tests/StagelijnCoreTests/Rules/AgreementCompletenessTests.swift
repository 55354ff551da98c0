import Testing
@testable import StagelijnCore

@Suite("Agreement completeness (WVO art. 35)")
struct AgreementCompletenessTests {
    static let today = d("2026-03-01")

    static func complete(birthDate: String = "2010-06-01") -> AgreementContent {
        AgreementContent(
            learningActivities: ["Vakken vullen", "Klanten helpen"], company: "Jumbo Heiloo",
            positionLocations: ["Heiloo, Westerweg 1"], startDate: d("2026-03-02"), endDate: d("2026-06-26"),
            schedule: "ma en di 08:30–15:00", schoolSupervisionShare: "stagebegeleider bezoekt elke 3 weken",
            companySupervisionShare: "praktijkbegeleider dagelijks", assessmentByCompany: "eindbeoordeling door praktijkbegeleider",
            inspectionArrangement: "de inspectie krijgt toegang tot de werkplek", accidentAndLiabilityBy: .school,
            premiumPaidBy: .school, studentBirthDate: d(birthDate),
            signatures: [AgreementSignature(role: .school, name: "A. de Boer", signedAt: d("2026-02-20")),
                         AgreementSignature(role: .student, name: "Sem de Vries", signedAt: d("2026-02-21")),
                         AgreementSignature(role: .company, name: "P. Jansen", signedAt: d("2026-02-22")),
                         AgreementSignature(role: .parent, name: "M. de Vries", signedAt: d("2026-02-22"))])
    }

    @Test func aFullySignedAgreementIsComplete() {
        #expect(AgreementCompleteness.missing(Self.complete(), today: Self.today).isEmpty)
    }

    @Test(arguments: AgreementRequirement.allCases.filter(\.isContent))
    func eachContentPartIsRequired(requirement: AgreementRequirement) {
        var content = Self.complete()
        switch requirement {
        case .learningActivities: content.learningActivities = ["  "]
        case .company: content.positionLocations = []
        case .dates: content.endDate = nil
        case .schedule: content.schedule = " \n"
        case .supervision: content.companySupervisionShare = ""
        case .assessment: content.assessmentByCompany = ""
        case .inspection: content.inspectionArrangement = ""
        case .insurance: content.premiumPaidBy = nil
        default: Issue.record("not a content requirement")
        }
        #expect(AgreementCompleteness.missing(content, today: Self.today) == [requirement])
    }

    @Test func anEndBeforeTheStartIsNotValidDates() {
        var content = Self.complete()
        content.endDate = d("2026-03-01")
        #expect(AgreementCompleteness.missing(content, today: Self.today) == [.dates])
        content.endDate = content.startDate
        #expect(AgreementCompleteness.missing(content, today: Self.today).isEmpty)
    }

    @Test func everyMissingPartIsListedInOrder() {
        let content = AgreementContent(studentBirthDate: d("2010-06-01"))
        #expect(AgreementCompleteness.missing(content, today: Self.today) == AgreementRequirement.allCases)
    }

    @Test func anAdultNeedsNoParentSignature() {
        var content = Self.complete(birthDate: "2005-01-01")
        content.signatures.removeAll { $0.role == .parent }
        #expect(AgreementCompleteness.missing(content, today: Self.today).isEmpty)
    }

    @Test func aMinorNeedsAParentSignature() {
        var content = Self.complete()
        content.signatures.removeAll { $0.role == .parent }
        #expect(AgreementCompleteness.missing(content, today: Self.today) == [.signatureParent])
    }

    @Test func theDayTheLastOtherPartySignsDecidesMinority() {
        // Turns 18 on 22 February 2026, the day the company signs last: no parent needed.
        var content = Self.complete(birthDate: "2008-02-22")
        content.signatures.removeAll { $0.role == .parent }
        #expect(AgreementCompleteness.missing(content, today: Self.today).isEmpty)
        // Had the company signed the day before, the student was 17 when the last party signed.
        content.signatures[2].signedAt = d("2026-02-21")
        #expect(AgreementCompleteness.missing(content, today: Self.today) == [.signatureParent])
    }

    @Test func withoutOtherSignaturesTodayDecides() {
        var content = Self.complete(birthDate: "2008-03-01")
        content.signatures = []
        #expect(AgreementCompleteness.missing(content, today: d("2026-02-28")).contains(.signatureParent))
        #expect(!AgreementCompleteness.missing(content, today: d("2026-03-01")).contains(.signatureParent))
    }

    @Test func aSignatureWithoutANameDoesNotCount() {
        var content = Self.complete()
        content.signatures[0].name = " "
        #expect(AgreementCompleteness.missing(content, today: Self.today) == [.signatureSchool])
    }
}
