import Fluent

/// Every migration, in order. Never edit one that has landed: add a new file instead.
enum Migrations {
    static let all: [any Migration] = [
        CreateSchoolBoards(), CreateSchools(), CreateUsers(), CreateStudents(), CreateMemberships(),
        CreateCompanies(), CreatePositions(), CreateStagePeriods(), CreatePlacements(),
        CreatePlacementStatusChanges(), CreateAuditEntries(), CreateUserSessions(), CreateLoginAttempts(),
        CreatePendingImports(), AddRulesEngineData(), AddMatching(),
        AddSigningAndOutbox(), AddSupervision(), AddCooperationAndStagePlan(),
        AddOutboxLinkReference(), AddGuardiansAndAgreementMessages(), FoldSearchText(),
        AddGoalsAndAssessments(), AddAssessmentReminders(),
        AddWorkplaceMentorDigest(),
        AddMeldpunt(),
        AddPracticalAssignments(),
        AddMeldpuntSharedSummaries(),
        AddEvaluations(),
        AddAPITokens(),
        AddPrivacy(),
        AddStageLines(), AddInterestTestAndGroupStage(),
        AddDropouts(), AddOutflowAftercareAllowance(),
        AddQualityRequirements(), AddQualityCalendar(),
        AddJobLeases(),
        AddReadIndexes(),
        AddDataVersions(),
    ]
}
