import Fluent
import StagelijnCore
import Vapor

/// Stores the generated demo (see `DemoGenerator`) in one transaction, with audit entries like any other change.
struct DemoLoader {
    let db: any Database
    let now: Date

    func isEmpty() async throws -> Bool {
        try await SchoolModel.query(on: db).count() == 0
    }

    func load() async throws -> DemoDataset {
        var generator = DemoGenerator(seed: 2026, today: LocalDate(now))
        let demo = generator.make()
        // One bcrypt hash for all demo accounts: they share the printed demo password.
        let hash = try Bcrypt.hash(DemoDataset.password, cost: AppConfig.minimumBcryptCost)
        try await db.transaction { tx in
            let board = SchoolBoardModel(name: demo.boardName)
            try await board.create(on: tx)
            let boardID = try board.requireID()
            var schoolIDs: [String: UUID] = [:]
            for school in demo.schools {
                try await SchoolModel(id: school.id, boardID: boardID, code: school.code, name: school.name, town: school.town)
                    .create(on: tx)
                schoolIDs[school.code] = school.id
            }
            let staff = demo.users.filter { $0.linkedStudentID == nil }
            try await createUsers(staff, hash: hash, schoolIDs: schoolIDs, on: tx)
            let mentorIDs = Dictionary(staff.filter { $0.role == .mentor }.map { ($0.email, $0.id) }, uniquingKeysWith: { a, _ in a })
            for student in demo.students {
                guard let schoolID = schoolIDs[student.schoolCode] else { continue }
                let model = StudentModel()
                model.id = student.id
                model.$school.id = schoolID
                model.apply(student.input, mentorID: student.input.mentorEmail.flatMap { mentorIDs[$0] })
                model.lat = student.location.lat
                model.lon = student.location.lon
                try await model.create(on: tx)
                try await audit("student", student.id, student.input, schoolID: schoolID, on: tx)
            }
            try await createUsers(demo.users.filter { $0.linkedStudentID != nil }, hash: hash, schoolIDs: schoolIDs, on: tx)
            for company in demo.companies {
                let model = CompanyModel()
                model.id = company.id
                model.$board.id = boardID
                model.apply(company.input)
                try await model.create(on: tx)
                try await audit("company", company.id, company.input, schoolID: nil, on: tx)
            }
            for position in demo.positions {
                let model = PositionModel()
                model.id = position.id
                model.$company.id = position.companyID
                model.apply(position.input)
                try await model.create(on: tx)
            }
            for period in demo.periods {
                guard let schoolID = schoolIDs[period.schoolCode] else { continue }
                let model = StagePeriodModel()
                model.id = period.id
                model.$school.id = schoolID
                model.apply(period.input)
                try await model.create(on: tx)
            }
            try await createPlacements(demo, schoolIDs: schoolIDs, on: tx)
            for school in try await SchoolModel.query(on: tx).all() {
                let placements = try await PlacementModel.query(on: tx).filter(\.$school.$id == school.requireID())
                    .with(\.$school).with(\.$student).with(\.$period).with(\.$position) { $0.with(\.$company) }.all()
                let featured = demo.users.first { $0.role == .student }?.linkedStudentID
                try await DemoAgreements(db: tx, now: now).record(placements: placements, featured: featured)
                try await DemoActivity(db: tx, today: LocalDate(now), now: now).record(placements: placements, school: school)
                try await DemoMeldpunt(db: tx, now: now).record(school: school)
                try await DemoAssignments(db: tx, now: now).record(placements: placements, school: school)
                try await DemoAssessments(db: tx, today: LocalDate(now), now: now).record(placements: placements, school: school, featured: featured)
                try await DemoEvaluations(db: tx, now: now).record(placements: placements, school: school)
                try await DemoStageEnd(db: tx, now: now).record(placements: placements, school: school)
                try await DemoQuality(db: tx, now: now).record(school: school)
            }
            try await DemoStageLine(db: tx, now: now).record(hash: hash)
        }
        return demo
    }

    private func createUsers(_ users: [DemoDataset.User], hash: String, schoolIDs: [String: UUID], on tx: any Database) async throws {
        for user in users {
            guard let schoolID = schoolIDs[user.schoolCode] else { continue }
            try await UserModel(id: user.id, email: user.email, name: user.name, passwordHash: hash).create(on: tx)
            try await MembershipModel(userID: user.id, schoolID: schoolID, role: user.role, studentID: user.linkedStudentID)
                .create(on: tx)
        }
    }

    private func createPlacements(_ demo: DemoDataset, schoolIDs: [String: UUID], on tx: any Database) async throws {
        let schoolOfStudent = Dictionary(uniqueKeysWithValues: demo.students.map { ($0.id, $0.schoolCode) })
        let path: [PlacementStatus] = [.proposed, .introduction, .agreement, .active, .completed]
        // Supervisors share the placements of their school in turn.
        var supervisorsBySchool: [String: [UUID]] = [:]
        for user in demo.users where user.role == .supervisor { supervisorsBySchool[user.schoolCode, default: []].append(user.id) }
        for (index, placement) in demo.placements.enumerated() {
            guard let code = schoolOfStudent[placement.studentID], let schoolID = schoolIDs[code] else { continue }
            let model = PlacementModel(id: placement.id, schoolID: schoolID, studentID: placement.studentID,
                                       positionID: placement.positionID, periodID: placement.periodID, status: placement.status)
            if let supervisors = supervisorsBySchool[code], !supervisors.isEmpty {
                model.supervisorID = supervisors[index % supervisors.count]
            }
            try await model.create(on: tx)
            // A believable history: every step up to the current status, with a reason on the last one.
            let steps = placement.status == .terminated ? [.proposed, .introduction, .agreement, .active, .terminated]
                : Array(path.prefix { $0 != placement.status }) + [placement.status]
            var previous: PlacementStatus?
            for (index, step) in steps.enumerated() {
                let reason = step == .terminated ? "Uitval: leerling kon niet wennen aan de werkdruk (demo)." : "Demo-gegevens"
                try await PlacementStatusChangeModel(placementID: placement.id, from: previous, to: step, reason: reason,
                                                     by: nil, at: now.addingTimeInterval(Double(index - steps.count) * 86_400 * 7))
                    .create(on: tx)
                previous = step
            }
        }
    }

    private func audit<Value: Encodable>(_ entity: String, _ id: UUID, _ value: Value, schoolID: UUID?, on tx: any Database) async throws {
        try await AuditLog.record(on: tx, actor: .system("demo", schoolID: schoolID), entity: entity, id: id, action: .create,
                                  before: nil as Value?, after: value, at: now)
    }

    /// The lines printed on the console so a first user can sign in.
    static func loginLines() -> [String] {
        [
            "Demo-logins (wachtwoord voor alle accounts: \(DemoDataset.password))",
            "  stagecoördinator  coordinator@dewerkplaats.demo   (Praktijkschool De Werkplaats)",
            "  stagebegeleider   begeleider1@dewerkplaats.demo",
            "  mentor            mentor1@dewerkplaats.demo",
            "  zorgcoördinator   zorg@dewerkplaats.demo",
            "  schoolleiding     directie@dewerkplaats.demo",
            "  leerling          leerling@dewerkplaats.demo",
            "  ouder             ouder@dewerkplaats.demo",
            "  stagecoördinator  coordinator@vakcollege.demo     (Vakcollege Zaanstreek)",
        ] + DemoStageLine.loginLines
    }
}
