import Testing
@testable import StagelijnCore

@Suite("Assessment approval chain")
struct ApprovalChainTests {
    @Test func partsApproveInOrderStudentThenCompanyThenSchool() throws {
        // setup
        var chain = ApprovalChain(approved: [], isFinal: false)
        // act / check
        #expect(chain.problem(approving: .school) == .waitingFor(.student))
        #expect(chain.problem(approving: .workplaceMentor) == .waitingFor(.student))
        try chain.approve(.student)
        #expect(chain.problem(approving: .school) == .waitingFor(.workplaceMentor))
        try chain.approve(.workplaceMentor)
        try chain.approve(.school)
        #expect(chain.approved == Set(AssessmentPerspective.allCases))
        #expect(!chain.isLocked, "an interim assessment is never locked")
        #expect(chain.problem(approving: .school) == .alreadyApproved)
    }

    @Test func anEditWithdrawsItsOwnAndEveryLaterApprovalButNotEarlierOnes() throws {
        // setup
        var chain = ApprovalChain(approved: Set(AssessmentPerspective.allCases), isFinal: false)
        // act
        let withdrawn = try chain.edit(.workplaceMentor)
        // check
        #expect(withdrawn == [.workplaceMentor, .school])
        #expect(chain.approved == [.student])
    }

    @Test func anEditOfTheSchoolPartOnlyWithdrawsTheSchool() throws {
        var chain = ApprovalChain(approved: [.student, .workplaceMentor, .school], isFinal: false)
        #expect(try chain.edit(.school) == [.school])
        #expect(chain.approved == [.student, .workplaceMentor])
    }

    @Test func anEditWithoutApprovalsWithdrawsNothing() throws {
        var chain = ApprovalChain(approved: [], isFinal: true)
        #expect(try chain.edit(.student).isEmpty)
    }

    @Test func anApprovedFinalAssessmentIsLockedForEveryPart() {
        // setup
        var chain = ApprovalChain(approved: Set(AssessmentPerspective.allCases), isFinal: true)
        // check
        #expect(chain.isLocked)
        for part in AssessmentPerspective.allCases {
            #expect(throws: ApprovalChain.Problem.locked) { _ = try chain.edit(part) }
        }
        #expect(chain.problem(approving: .student) == .locked)
    }

    @Test func aFinalAssessmentWithoutTheSchoolsApprovalIsNotLocked() throws {
        var chain = ApprovalChain(approved: [.student, .workplaceMentor], isFinal: true)
        #expect(!chain.isLocked)
        #expect(try chain.edit(.student) == [.student, .workplaceMentor])
    }
}
