import Fluent
import StagelijnCore
import Vapor

struct StudentFilter {
    var search: String = ""
    var className: String = ""
    var schoolYearLevel: Int?
    var page: Int = 1
    var perPage: Int = 100
    /// "zonder": only students without a stage (not ended early) in `period`; "met": only those with one.
    var stage: StageFilter?
    var period: UUID?
    /// Leaves out former students who left on or before this day (the outflow page lists them).
    var leftBy: LocalDate?

    enum StageFilter: String { case without = "zonder", with = "met" }

    static let maximumPerPage = 1000
}

protocol StudentRepository: Sendable {
    func page(_ visibility: Visibility, filter: StudentFilter) async throws -> Page<StudentModel>
    func find(_ id: UUID, _ visibility: Visibility) async throws -> StudentModel?
    func find(number: String, school: UUID) async throws -> StudentModel?
    func classNames(school: UUID) async throws -> [String]
    /// The stage of each student in the period: the one not ended early, else the ended one.
    func stages(of students: [UUID], period: UUID) async throws -> [UUID: PlacementModel]
    /// Creates (`existing` nil) or updates a student and writes the audit entry, in the caller's transaction.
    @discardableResult
    func save(_ input: StudentInput, mentorID: UUID?, existing: StudentModel?, school: UUID,
              actor: Actor, at date: Date) async throws -> StudentModel
}

struct FluentStudentRepository: StudentRepository {
    let db: any Database

    func page(_ visibility: Visibility, filter: StudentFilter) async throws -> Page<StudentModel> {
        let query = StudentModel.query(on: db).visible(to: visibility)
        let search = SearchText.fold(filter.search.trimmingCharacters(in: .whitespaces))
        if !search.isEmpty { query.filter(\.$searchText ~~ search) }
        if !filter.className.isEmpty { query.filter(\.$className == filter.className) }
        if let level = filter.schoolYearLevel { query.filter(\.$schoolYearLevel == level) }
        if let day = filter.leftBy {
            let former = try await StudentDepartureModel.formerStudents(school: visibility.schoolID, leftBy: day, on: db)
            if !former.isEmpty { query.filter(\.$id !~ former) }
        }
        if let stage = filter.stage, let period = filter.period {
            let placed = try await PlacementModel.query(on: db).filter(\.$school.$id == visibility.schoolID)
                .filter(\.$period.$id == period).filter(\.$status != .terminated).all(\.$student.$id)
            switch stage {
            case .without: query.filter(\.$id !~ placed)
            case .with: query.filter(\.$id ~~ placed)
            }
        }
        let total = try await query.count()
        let items = try await query.copy()
            .sort(\.$className).sort(\.$lastName).sort(\.$firstName)
            .range(.page(filter.page, perPage: filter.perPage))
            .with(\.$mentor).all()
        return Page(items: items, total: total, page: filter.page, perPage: filter.perPage)
    }

    func find(_ id: UUID, _ visibility: Visibility) async throws -> StudentModel? {
        try await StudentModel.query(on: db).visible(to: visibility).filter(\.$id == id).with(\.$mentor).first()
    }

    func find(number: String, school: UUID) async throws -> StudentModel? {
        try await StudentModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$studentNumber == number).with(\.$mentor).first()
    }

    func stages(of students: [UUID], period: UUID) async throws -> [UUID: PlacementModel] {
        guard !students.isEmpty else { return [:] }
        var result: [UUID: PlacementModel] = [:]
        for placement in try await PlacementModel.query(on: db).filter(\.$student.$id ~~ students).filter(\.$period.$id == period)
            .with(\.$position) { $0.with(\.$company) }.all() {
            if let existing = result[placement.$student.id], existing.status != .terminated { continue }
            result[placement.$student.id] = placement
        }
        return result
    }

    func classNames(school: UUID) async throws -> [String] {
        try await StudentModel.query(on: db).filter(\.$school.$id == school).unique().all(\.$className).sorted()
    }

    func save(_ input: StudentInput, mentorID: UUID?, existing: StudentModel?, school: UUID,
              actor: Actor, at date: Date) async throws -> StudentModel {
        let before = existing?.input
        let model = existing ?? StudentModel()
        model.$school.id = school
        model.apply(input, mentorID: mentorID)
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "student", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before, after: input, at: date)
        return model
    }
}

extension StudentModel {
    func apply(_ input: StudentInput, mentorID: UUID?) {
        let moved = $postcode.value != input.postcode
        studentNumber = input.studentNumber
        firstName = input.firstName
        lastName = input.lastName
        birthDate = input.birthDate.iso
        schoolType = input.schoolType
        schoolYearLevel = input.schoolYearLevel
        className = input.className
        $mentor.id = mentorID
        sectorInterests = input.sectorInterests.map(\.rawValue).joined(separator: ",")
        needsSupport = input.needsSupport
        street = input.street
        postcode = input.postcode
        city = input.city
        email = input.email
        maxDistanceKm = input.maxDistanceKm
        certificates = input.certificates.map(\.rawValue).joined(separator: ",")
        if moved || lat == nil, let point = PostcodeAreas.centre(of: input.postcode) {
            lat = point.lat
            lon = point.lon
        }
        searchText = SearchText.of([input.firstName, input.lastName, input.studentNumber, input.className, input.city ?? ""])
    }

    /// The stored student as the input value it was made from (the mentor must be eager-loaded for its e-mail).
    var input: StudentInput {
        StudentInput(
            studentNumber: studentNumber, firstName: firstName, lastName: lastName,
            birthDate: LocalDate(parsing: birthDate) ?? LocalDate(Date(timeIntervalSince1970: 0)),
            schoolType: schoolType, schoolYearLevel: schoolYearLevel, className: className,
            mentorEmail: $mentor.value??.email, sectorInterests: sectors, needsSupport: needsSupport,
            street: street, postcode: postcode, city: city, email: email, maxDistanceKm: maxDistanceKm,
            certificates: certificateList)
    }

    var certificateList: [Certificate] { certificates.split(separator: ",").compactMap { Certificate(rawValue: String($0)) } }
    var sectors: [Sector] { sectorInterests.split(separator: ",").compactMap { Sector(rawValue: String($0)) } }
    var fullName: String { "\(firstName) \(lastName)" }
    var birth: LocalDate? { LocalDate(parsing: birthDate) }
}
