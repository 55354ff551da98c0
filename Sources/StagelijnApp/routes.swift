import Vapor

func routes(_ app: Application) throws {
    app.get("assets", "stagelijn.css") { _ -> Response in
        var headers = HTTPHeaders()
        headers.contentType = .init(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.cacheControl = .init(isPublic: true, maxAge: 3600)
        return Response(status: .ok, headers: headers, body: .init(string: Stylesheet.css))
    }
    Health.register(app)

    // Everything below checks the CSRF token on POST. Only the upload route accepts a larger body.
    let forms = app.grouped(CSRFMiddleware())
    try forms.register(collection: LoginController())
    // Personal links for people without an account: the token in the URL is their only credential.
    try forms.register(collection: SigningController())
    try forms.register(collection: CompanyHoursController())
    try forms.register(collection: AssessmentLinkController())
    try forms.register(collection: WorkplaceMentorHoursController())
    try forms.register(collection: CompanyAssignmentsController())
    try forms.register(collection: EvaluationLinkController())

    let signedIn = forms.grouped(RequireSignIn())
    try signedIn.register(collection: HomeController())
    try signedIn.register(collection: StudentsController())
    try signedIn.register(collection: CompaniesController())
    try signedIn.register(collection: PositionsController())
    try signedIn.register(collection: StagePeriodsController())
    try signedIn.register(collection: PlacementsController())
    try signedIn.register(collection: AgreementsController())
    try signedIn.register(collection: GuardiansController())
    try signedIn.register(collection: SchedulesController())
    try signedIn.register(collection: ReadinessController())
    try signedIn.register(collection: PreferencesController())
    try signedIn.register(collection: MatchingController())
    try signedIn.register(collection: SupervisionController())
    try signedIn.register(collection: HoursController())
    try signedIn.register(collection: CooperationController())
    try signedIn.register(collection: AuditController())
    try signedIn.register(collection: MessagesController())
    try signedIn.register(collection: WorkplaceMentorDigestSettingsController())
    try signedIn.register(collection: AssessmentsController())
    try signedIn.register(collection: FormsController())
    try signedIn.register(collection: AssessmentOverviewController())
    try signedIn.register(collection: GoalTemplatesController())
    try signedIn.register(collection: AssessmentFiguresController())
    try signedIn.register(collection: StagemapController())
    try signedIn.register(collection: AssignmentLibraryController())
    try signedIn.register(collection: PlacementAssignmentsController())
    try signedIn.register(collection: EvaluationController())
    try signedIn.register(collection: QualityController())
    try signedIn.register(collection: APITokensController())
    try signedIn.register(collection: ExportController())
    try signedIn.register(collection: StudentPrivacyController())
    try signedIn.register(collection: PrivacyPagesController())
    try forms.register(collection: PrivacyStatementController())

    try MeldpuntRoutes.register(app)
    try StageEndRoutes.register(app)
    try StageLineRoutes.register(app)
    try APIRoutes.register(app)

    let uploads = app.grouped(CSRFMiddleware(maxBodySize: ImportController.maxUploadBytes + 16 * 1024))
        .grouped(RequireSignIn())
    try uploads.register(collection: ImportController())
    // A hand-in photo may be 5 MB; the body limit leaves room to answer a larger one on the form.
    try app.grouped(CSRFMiddleware(maxBodySize: AssignmentHandInController.maxBodyBytes)).grouped(RequireSignIn())
        .register(collection: AssignmentHandInController())
}

/// Only signed-in users pass; others get 401, which the error page turns into a redirect to the login page.
struct RequireSignIn: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        _ = try request.user()
        return try await next.respond(to: request)
    }
}
