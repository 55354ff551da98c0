import Foundation
import Testing
@testable import StagelijnCore

@Suite("Practical assignments: the chain, due dates, photos, input")
struct AssignmentRulesTests {
    let t0 = Date(timeIntervalSince1970: 1_790_000_000)

    @Test func theStatusFollowsTheChainStudentCompanySchool() {
        var progress = AssignmentProgress()
        #expect(progress.status == .toHandIn)
        progress.handedInAt = t0
        #expect(progress.status == .toConfirm)
        progress.confirmedAt = t0
        #expect(progress.status == .toAssess)
        progress.assessedAt = t0
        #expect(progress.status == .assessed)
        // assessed without the company's confirmation still counts as assessed
        #expect(AssignmentProgress(handedInAt: t0, assessedAt: t0).status == .assessed)
    }

    @Test func aNewHandInWithdrawsTheCompanysConfirmation() {
        let confirmed = AssignmentProgress(handedInAt: t0, confirmedAt: t0)
        let (after, withdrew) = confirmed.handingIn(at: t0.addingTimeInterval(60))
        #expect(withdrew && after.confirmedAt == nil && after.status == .toConfirm)
        let (_, again) = AssignmentProgress(handedInAt: t0).handingIn(at: t0)
        #expect(!again)
    }

    @Test func stepsAreRefusedOutOfOrderAndAfterAssessment() {
        #expect(AssignmentProgress().confirmRefusal == .notHandedIn)
        #expect(AssignmentProgress().assessRefusal == .notHandedIn)
        #expect(AssignmentProgress().handInRefusal == nil)
        let handedIn = AssignmentProgress(handedInAt: t0)
        #expect(handedIn.confirmRefusal == nil && handedIn.assessRefusal == nil)
        let assessed = AssignmentProgress(handedInAt: t0, confirmedAt: t0, assessedAt: t0)
        #expect(assessed.handInRefusal == .alreadyAssessed)
        #expect(assessed.confirmRefusal == .alreadyAssessed)
        #expect(assessed.assessRefusal == .alreadyAssessed)
    }

    @Test func overdueOnlyWhenNotHandedInAfterTheDueDate() {
        let due = LocalDate(year: 2026, month: 10, day: 30)!
        #expect(!AssignmentProgress().isOverdue(due: due, today: due))
        #expect(AssignmentProgress().isOverdue(due: due, today: due.adding(days: 1)))
        #expect(!AssignmentProgress(handedInAt: t0).isOverdue(due: due, today: due.adding(days: 1)))
    }

    @Test func threePartsSplitTheStageAndTheLastEndsOnItsLastDay() {
        let start = LocalDate(year: 2026, month: 9, day: 28)!, end = LocalDate(year: 2026, month: 12, day: 18)!
        let ends = AssignmentPlanning.partEnds(start: start, end: end)
        #expect(ends.count == 3)
        #expect(ends.last == end)
        #expect(ends == ends.sorted() && Set(ends).count == 3)
        // 82 days: parts of 27, 27 and 28 days
        #expect(ends[0] == start.adding(days: 26))
        #expect(AssignmentPlanning.due(part: 2, start: start, end: end) == ends[1])
        #expect(AssignmentPlanning.due(part: 9, start: start, end: end) == end)
    }

    @Test(arguments: [1, 2, 3, 5, 40, 200])
    func partEndsStayWithinTheStage(length: Int) {
        let start = LocalDate(year: 2026, month: 1, day: 5)!
        let end = start.adding(days: length - 1)
        let ends = AssignmentPlanning.partEnds(start: start, end: end)
        #expect(ends.allSatisfy { start <= $0 && $0 <= end })
        #expect(ends.last == end && ends == ends.sorted())
    }

    @Test func aPhotoIsRecognisedByItsBytesNotItsName() {
        let jpeg = Data([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])
        let webp = Data("RIFF".utf8) + Data([0x10, 0, 0, 0]) + Data("WEBPVP8 ".utf8)
        #expect(PhotoUpload.check(jpeg, declaredType: "image/jpeg") == .success(.jpeg))
        #expect(PhotoUpload.check(jpeg, declaredType: "image/jpg") == .success(.jpeg))
        #expect(PhotoUpload.check(png, declaredType: nil) == .success(.png))
        #expect(PhotoUpload.check(webp, declaredType: "image/webp") == .success(.webp))
        // an HTML page called foto.jpg, a PNG claiming to be a JPEG, an empty file
        #expect(PhotoUpload.check(Data("<html><script>".utf8), declaredType: "image/jpeg") == .failure(.notAPhoto))
        #expect(PhotoUpload.check(png, declaredType: "image/jpeg") == .failure(.notAPhoto))
        #expect(PhotoUpload.check(Data(), declaredType: "image/png") == .failure(.empty))
    }

    @Test func aPhotoOverFiveMegabytesIsRefusedWithItsSize() {
        let big = Data([0xFF, 0xD8, 0xFF]) + Data(count: PhotoUpload.maxBytes)
        guard case let .failure(problem) = PhotoUpload.check(big, declaredType: "image/jpeg") else {
            Issue.record("a photo over 5 MB was accepted")
            return
        }
        #expect(problem == .tooLarge(bytes: big.count))
        #expect(problem.dutchMessage.contains("(5,1 MB)") && problem.dutchMessage.contains("hoogstens 5 MB"))
        let exact = Data([0xFF, 0xD8, 0xFF]) + Data(count: PhotoUpload.maxBytes - 3)
        #expect(PhotoUpload.check(exact, declaredType: nil) == .success(.jpeg))
    }

    @Test func aLibraryAssignmentNeedsKindTitleAndInstructions() {
        let good = AssignmentTemplateInput.read(["kind": "werktaak", "sector": "groen", "phase": "pro jaar 4-5", "suggestedPart": "2",
                                                 "title": "Een border onderhouden", "instructions": "Wied en snoei een border."])
        #expect(good == .success(.init(kind: .workTask, sector: .green, phase: "pro jaar 4-5", suggestedPart: 2,
                                       title: "Een border onderhouden", instructions: "Wied en snoei een border.")))
        guard case let .failure(errors) = AssignmentTemplateInput.read(["kind": "huiswerk", "sector": "ruimtevaart", "suggestedPart": "4"]) else {
            Issue.record("an empty assignment was accepted")
            return
        }
        #expect(Set(errors.errors.map(\.field)) == ["kind", "sector", "suggestedPart", "title", "instructions"])
    }

    @Test func aHandInNeedsAFewSentencesAndTheAssessmentAScoreOnTheScale() {
        #expect(HandInInput.read("   ").isFailure)
        #expect(HandInInput.read("Gedaan").isFailure)
        #expect(HandInInput.read("Ik heb de kassa opgeteld met mijn collega.") == .success("Ik heb de kassa opgeteld met mijn collega."))
        #expect(AssignmentAssessmentInput.read(["score": "oefenen", "comment": "Vraag vaker om hulp."])
                == .success(.init(score: .practising, comment: "Vraag vaker om hulp.")))
        #expect(AssignmentAssessmentInput.read(["score": "onvoldoende", "comment": "x"]).isFailure)
    }

    @Test func onlyTheSchoolManagesAndOnlyTheStudentHandsIn() {
        #expect(AssignmentRights.canManage(.coordinator) && AssignmentRights.canManage(.supervisor))
        #expect(!AssignmentRights.canManage(.mentor) && !AssignmentRights.canManage(.student) && !AssignmentRights.canManage(.parent))
        #expect(AssignmentRights.canHandIn(.student))
        #expect(!AssignmentRights.canHandIn(.parent) && !AssignmentRights.canHandIn(.supervisor) && !AssignmentRights.canHandIn(.mentor))
        #expect(!AssignmentRights.canReadLibrary(.student) && AssignmentRights.canReadLibrary(.mentor))
    }
}

private extension Result {
    var isFailure: Bool { if case .failure = self { true } else { false } }
}
