import Fluent
import StagelijnCore
import Vapor

struct StudentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let students = routes.grouped("leerlingen")
        students.get(use: index)
        students.get("nieuw", use: new)
        students.post(use: create)
        students.get(":id", use: show)
        students.get(":id", "bewerken", use: edit)
        students.post(":id", use: update)
    }

    func index(req: Request) async throws -> Response {
        let user = try req.user()
        let visibility = try user.visibility(.list, .student)
        var filter = StudentFilter()
        filter.search = req.queryText("q")
        filter.className = req.queryText("klas")
        filter.schoolYearLevel = Request.clampedInt(req.queryText("leerjaar"), to: 1...8)
        filter.page = req.pageNumber()
        // "toon=alle" shows a whole school on one page (printing, scrolling a year group); capped to stay fast.
        if (try? req.query.get(String.self, at: "toon")) == "alle" { filter.perPage = StudentFilter.maximumPerPage }
        let periodParameter = try? req.query.get(UUID.self, at: "periode")
        filter.stage = StudentFilter.StageFilter(rawValue: req.queryText("stage"))
        filter.leftBy = req.today
        let compute = { [filter] in
            var filter = filter
            let periods = try await req.periods.list(school: user.schoolID)
            let period = periodParameter.flatMap { id in periods.first { $0.id == id } }
                ?? HomeController.currentPeriod(periods, today: req.today)
            filter.period = period?.id
            let page = try await req.students.page(visibility, filter: filter)
            let stages = try await period?.id.asyncFlatMap { try await req.students.stages(of: page.items.compactMap(\.id), period: $0) } ?? [:]
            let classes = visibility.scope == .school ? try await req.students.classNames(school: user.schoolID) : []
            return StudentListPage.content(req, .init(
                page: page, filter: filter, classNames: classes, period: period, periods: periods, stages: stages,
                canCreate: AccessPolicy.allows(user.role, .create, .student)))
        }
        // A search is typed once and not repeated: only the browsing views (class, year, stage, page) are kept.
        let rendered = filter.search.isEmpty
            ? try await req.cachedFigure("leerlingen|\(user.membershipID)", compute: compute)   // the filters are the query
            : try await compute()
        return Layout.page(req, rendered)
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .student)
        let defaults = ["maxDistanceKm": String(StudentInput.defaultMaxDistanceKm), "schoolType": "pro"]
        return try await form(req, user: user, values: .init(defaults), student: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.visibility(.create, .student)
        return try await save(req, user: user, existing: nil)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .view)
        try await AuditLog.recordRead(on: req.db, actor: user.actor, entity: "student", id: try student.requireID(), at: req.now)
        let placements = try await req.placements.list(try user.visibility(.view, .placement),
                                                       filter: .init(studentID: student.id))
        let decisions = try await ReadinessDecisionModel.query(on: req.db).filter(\.$student.$id == student.requireID())
            .sort(\.$createdAt).all().compactMap(\.decision)
        let hours = try await StudentStageHours.load(student: student, placements: placements, today: req.today, on: req.db)
        return StudentDetailPage.render(req, .init(
            student: student, placements: placements, today: req.today,
            canEdit: AccessPolicy.allows(user.role, .update, .student), readiness: decisions,
            canDecideReadiness: AccessPolicy.allows(user.role, .update, .readiness), hours: hours))
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        return try await form(req, user: user, values: .init(Self.formValues(student.input)), student: student)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.user()
        let student = try await find(req, user: user, .update)
        return try await save(req, user: user, existing: student)
    }

    // MARK: -

    private func find(_ req: Request, user: CurrentUser, _ action: Action) async throws -> StudentModel {
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, try user.visibility(action, .student))
        else { throw Abort(.notFound, reason: "Deze leerling bestaat niet of hoort niet bij uw school.") }
        return student
    }

    private func save(_ req: Request, user: CurrentUser, existing: StudentModel?) async throws -> Response {
        let values = try req.formValues()
        let input: StudentInput, mentor: UUID?
        switch try await Self.validate(values, school: user.schoolID, existing: existing, req: req) {
        case let .success(valid): (input, mentor) = valid
        case let .failure(errors):
            return try await form(req, user: user, values: .init(values, errors: errors), student: existing,
                                  status: .badRequest)
        }
        let saved = try await req.db.transaction { tx in
            try await FluentStudentRepository(db: tx).save(input, mentorID: mentor, existing: existing,
                                                           school: user.schoolID, actor: user.actor, at: req.now)
        }
        req.flash(existing == nil ? "Leerling \(input.fullName) is toegevoegd." : "De gegevens van \(input.fullName) zijn opgeslagen.")
        return req.redirect(to: SitePath.student(try saved.requireID()).path, redirectType: .normal)
    }

    /// Every rule of a student's form (the input, the mentor, a unique student number); the API reads students with it too.
    static func validate(_ values: [String: String], school: UUID, existing: StudentModel?,
                         req: Request) async throws -> Result<(StudentInput, UUID?), FieldErrors> {
        let mentors = try await MentorDirectory.load(school: school, on: req.db)
        var errors: [FieldError] = []
        var input: StudentInput?
        switch StudentInput.read(values, today: req.today) {
        case let .success(read): input = read
        case let .failure(failure): errors = failure.errors
        }
        var mentorID: UUID?
        switch mentors.resolve(values["mentorEmail"]) {
        case let .success(id): mentorID = id
        case let .failure(error): if !errors.contains(where: { $0.field == error.field }) { errors.append(error) }
        }
        if let input, let other = try await req.students.find(number: input.studentNumber, school: school),
           other.id != existing?.id {
            errors.append(FieldError(field: "studentNumber", label: "leerlingnummer",
                                     message: "Leerlingnummer \(input.studentNumber) is al in gebruik (\(other.fullName))."))
        }
        guard let input, errors.isEmpty else { return .failure(FieldErrors(errors)) }
        return .success((input, mentorID))
    }

    private func form(_ req: Request, user: CurrentUser, values: Forms.Values, student: StudentModel?,
                      status: HTTPStatus = .ok) async throws -> Response {
        let mentors = try await MentorDirectory.load(school: user.schoolID, on: req.db)
        return StudentFormPage.render(req, .init(values: values, mentorOptions: mentors.options, studentID: student?.id,
                                                 studentName: student?.fullName), status: status)
    }

    /// The form fields of a stored student, so the edit form shows what is stored.
    static func formValues(_ input: StudentInput) -> [String: String] {
        [
            "studentNumber": input.studentNumber, "firstName": input.firstName, "lastName": input.lastName,
            "birthDate": input.birthDate.iso, "schoolType": input.schoolType.rawValue,
            "schoolYearLevel": String(input.schoolYearLevel), "className": input.className,
            "mentorEmail": input.mentorEmail ?? "", "sectorInterests": input.sectorInterests.map(\.rawValue).joined(separator: ","),
            "certificates": input.certificates.map(\.rawValue).joined(separator: ","),
            "needsSupport": input.needsSupport ? "ja" : "", "street": input.street ?? "", "postcode": input.postcode,
            "city": input.city ?? "", "email": input.email ?? "", "maxDistanceKm": String(input.maxDistanceKm),
        ]
    }
}
