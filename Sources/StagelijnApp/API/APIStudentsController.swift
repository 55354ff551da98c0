import Fluent
import StagelijnCore
import Vapor

/// `/api/v1/students`: list, read, create and update students through the same repository and rules as the pages.
struct APIStudentsController: RouteCollection {
    static let writableFields: Set<String> = [
        "studentNumber", "firstName", "lastName", "birthDate", "schoolType", "schoolYearLevel", "className",
        "mentorEmail", "sectorInterests", "certificates", "needsSupport", "street", "postcode", "city", "email",
        "maxDistanceKm",
    ]

    func boot(routes: any RoutesBuilder) throws {
        let students = routes.grouped("students")
        students.get(use: index)
        students.post(use: create)
        students.get(":id", use: show)
        students.put(":id", use: update)
    }

    func index(req: Request) async throws -> APIv1.List<APIv1.Student> {
        let client = try req.client()
        let visibility = try client.visibility(.list, .student)
        let paging = try APIPaging.read(req)
        var filter = StudentFilter()
        filter.search = try APIQuery.text(req, "q")
        filter.className = try APIQuery.text(req, "className")
        filter.page = paging.page
        filter.perPage = paging.perPage
        let page = try await req.students.page(visibility, filter: filter)
        return .init(items: page.items.map(APIv1.Student.init), total: page.total, page: paging.page, perPage: paging.perPage)
    }

    func show(req: Request) async throws -> APIv1.Student {
        let client = try req.client()
        let student = try await find(req, client, .view)
        try await AuditLog.recordRead(on: req.db, actor: client.actor, entity: "student", id: try student.requireID(), at: req.now)
        return APIv1.Student(student)
    }

    func create(req: Request) async throws -> Response {
        let client = try req.client()
        _ = try client.visibility(.create, .student)
        let saved = try await save(req, client, existing: nil)
        let response = try await APIv1.Student(saved).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/students/\(try saved.requireID())")
        return response
    }

    func update(req: Request) async throws -> APIv1.Student {
        let client = try req.client()
        let existing = try await find(req, client, .update)
        return APIv1.Student(try await save(req, client, existing: existing))
    }

    private func find(_ req: Request, _ client: APIClient, _ action: Action) async throws -> StudentModel {
        let visibility = try client.visibility(action, .student)
        guard let id = req.parameters.get("id", as: UUID.self),
              let student = try await req.students.find(id, visibility) else { throw APIProblem.notFound("Deze leerling") }
        return student
    }

    private func save(_ req: Request, _ client: APIClient, existing: StudentModel?) async throws -> StudentModel {
        let body = try req.content.decode([String: APIScalar].self)
        let values = try APIScalar.values(body, allowed: Self.writableFields).get()
        let (input, mentor) = try await StudentsController.validate(values, school: client.schoolID, existing: existing, req: req).get()
        let saved = try await req.db.transaction { tx in
            try await FluentStudentRepository(db: tx).save(input, mentorID: mentor, existing: existing,
                                                           school: client.schoolID, actor: client.actor, at: req.now)
        }
        return try await req.students.find(try saved.requireID(), try client.visibility(.view, .student)) ?? saved
    }
}
