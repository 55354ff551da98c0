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
        // Former students (left on or before today) are left out, as on the student list page; another system that
        // keeps them too asks with `includeLeft=true` and sees the day in `leftOn`.
        if try APIQuery.bool(req, "includeLeft") != true { filter.leftBy = req.today }
        let page = try await req.students.page(visibility, filter: filter)
        let left = try await Self.departures(page.items.compactMap(\.id), on: req.db)
        return .init(items: page.items.map { APIv1.Student($0, leftOn: left[$0.id ?? UUID()]) }, total: page.total,
                     page: paging.page, perPage: paging.perPage)
    }

    /// The recorded leaving day of each of these students that has one.
    static func departures(_ ids: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await StudentDepartureModel.query(on: db).filter(\.$student.$id ~~ ids).all()
        return Dictionary(rows.map { ($0.$student.id, $0.leftOn) }, uniquingKeysWith: { first, _ in first })
    }

    func show(req: Request) async throws -> APIv1.Student {
        let client = try req.client()
        let student = try await find(req, client, .view)
        let id = try student.requireID()
        try await AuditLog.recordRead(on: req.db, actor: client.actor, entity: "student", id: id, at: req.now)
        let left = try await Self.departures([id], on: req.db)
        return APIv1.Student(student, leftOn: left[id])
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
        let saved = try await save(req, client, existing: existing)
        let id = try saved.requireID()
        let left = try await Self.departures([id], on: req.db)
        return APIv1.Student(saved, leftOn: left[id])
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
