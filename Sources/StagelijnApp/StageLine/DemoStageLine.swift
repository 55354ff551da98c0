import Fluent
import Foundation
import StagelijnCore

/// Demo data for the stage line: the students of Praktijkschool De Werkplaats at every step of their line (by
/// year: internal stage and interest test, group stage, individual stages, a dropout back in the group stage, the
/// sector stage, Entree), a group-stage location with its weekly plan, and a small VSO school, VSO De Brug, with
/// students in BIS, BES and ZES within profiles. A year-2 student of De Werkplaats gets a login to try the interest
/// test. Deterministic; called once from `DemoLoader.load()`.
struct DemoStageLine {
    let db: any Database
    let now: Date

    static let vsoSchoolCode = "VSO-BRUG"
    static let vsoStudentCount = 9
    static let loginLines = [
        "  leerling jaar 2   leerling2@dewerkplaats.demo    (interessetest)",
        "  stagecoördinator  coordinator@debrug.demo        (VSO De Brug: BIS, BES, ZES)",
    ]

    private var today: LocalDate { LocalDate(now) }
    private var actor: Actor { .system("demo") }

    func record(hash: String) async throws {
        guard let pro = try await SchoolModel.query(on: db).sort(\.$code).first() else { return }
        try await recordPro(pro, hash: hash)
        try await recordVSO(boardID: pro.$board.id, hash: hash)
    }

    // MARK: praktijkonderwijs

    private func recordPro(_ school: SchoolModel, hash: String) async throws {
        let schoolID = try school.requireID()
        let students = try await StudentModel.query(on: db).filter(\.$school.$id == schoolID)
            .filter(\.$schoolType == .praktijkonderwijs).sort(\.$studentNumber).all()
        let placements = try await PlacementModel.query(on: db).filter(\.$school.$id == schoolID).all()
        let placementOf = Dictionary(placements.map { ($0.$student.id, $0.id) }, uniquingKeysWith: { a, _ in a })
        let location = try await groupLocation(schoolID)
        var groupStudents: [UUID] = []
        var yearTwoLogin: StudentModel?
        for (index, student) in students.enumerated() {
            let id = try student.requireID()
            let started = { (weeksAgo: Int) in today.adding(days: -7 * weeksAgo) }
            switch student.schoolYearLevel {
            case 2:
                switch index % 4 {
                case 0: try await step(student, "interne-stage", since: started(6))
                    if yearTwoLogin == nil { yearTwoLogin = student }
                case 1: try await step(student, "interne-stage", since: started(12), ended: started(8), outcome: .good)
                    try await interestTest(student, likes: [.hospitalityAndRetail, .food], index: index)
                default: try await step(student, "interne-stage", since: started(14), ended: started(10), outcome: .sufficient)
                    try await interestTest(student, likes: [Sector.allCases[index % 10], Sector.allCases[(index + 3) % 10]], index: index)
                    try await step(student, "snuffelstage", since: started(3))
                }
            case 3:
                try await yearTwoDone(student, index: index, advice: index % 6 == 0 ? .groupStage : .individualStage)
                if index % 6 == 0 {
                    try await step(student, "groepsstage", since: started(10))
                    groupStudents.append(id)
                } else if index % 9 == 1 {
                    // a dropout: individual stage I stopped, back to the group stage
                    try await step(student, "individueel-1", since: started(12), ended: started(3), outcome: .droppedOut)
                    try await step(student, "groepsstage", since: started(2))
                    groupStudents.append(id)
                } else if index % 3 == 1 {
                    try await step(student, "individueel-1", since: started(12), placement: placementOf[id] ?? nil)
                } else {
                    try await step(student, "individueel-1", since: started(30), ended: started(12), outcome: .good)
                    try await step(student, "individueel-2", since: started(11), placement: placementOf[id] ?? nil)
                }
            default:
                try await yearTwoDone(student, index: index, advice: .individualStage)
                let y3 = started(52 * (student.schoolYearLevel - 3) + 20)
                try await step(student, "individueel-1", since: y3, ended: y3.adding(days: 126), outcome: .good)
                try await step(student, "individueel-2", since: y3.adding(days: 133), ended: y3.adding(days: 259), outcome: .sufficient)
                let sector = student.sectorInterests.split(separator: ",").first.flatMap { Sector(rawValue: String($0)) } ?? .green
                try await decide(student, .sectorChoice, sector.rawValue, on: y3.adding(days: 250), people: [.student, .parents, .supervisor],
                                 reason: "Ging goed bij de tweede stage; de leerling wil verder in \(sector.dutchName).")
                if student.schoolYearLevel >= 5 && index % 4 == 0 {
                    try await step(student, "sectorstage", since: started(70), ended: started(6), outcome: .good)
                    try await step(student, "entree", since: started(5), placement: placementOf[id] ?? nil)
                } else {
                    try await step(student, "sectorstage", since: started(12), placement: placementOf[id] ?? nil)
                }
            }
        }
        try await plan(groupStudents, school: schoolID, location: location)
        if let student = yearTwoLogin {
            let user = UserModel(email: "leerling2@dewerkplaats.demo", name: student.fullName, passwordHash: hash)
            try await user.create(on: db)
            try await MembershipModel(userID: try user.requireID(), schoolID: schoolID, role: .student, studentID: try student.requireID())
                .create(on: db)
        }
    }

    /// Year 2 behind a student: internal stage, interest test, snuffelstage, the provisional advice.
    private func yearTwoDone(_ student: StudentModel, index: Int, advice: ProvisionalAdvice) async throws {
        let back = 52 * max(0, student.schoolYearLevel - 2) + 30
        let start = today.adding(days: -7 * back)
        try await step(student, "interne-stage", since: start, ended: start.adding(days: 28), outcome: .good)
        try await step(student, "snuffelstage", since: start.adding(days: 70), ended: start.adding(days: 84), outcome: .good)
        try await decide(student, .provisionalAdvice, advice.rawValue, on: start.adding(days: 200), people: [.student, .parents, .mentor],
                         reason: advice == .groupStage ? "Sociaal nog onzeker; eerst een veilige groep met begeleiding."
                             : "Werkhouding en sociale vaardigheden voldoende; positief advies van de docenten.")
    }

    private func interestTest(_ student: StudentModel, likes: [Sector], index: Int) async throws {
        let answers = Dictionary(uniqueKeysWithValues: StandardInterestItems.items.enumerated().map { i, item in
            (item.key, likes.contains(item.sector) ? InterestAnswer.like : (i + index) % 3 == 0 ? .unsure : .dislike)
        })
        let result = InterestTest.score(items: StandardInterestItems.items, answers: answers)
        let test = InterestTestModel()
        test.$school.id = student.$school.id
        test.$student.id = try student.requireID()
        test.startedAt = now.addingTimeInterval(-86400 * 21)
        test.finishedAt = test.startedAt.addingTimeInterval(900)
        test.proposed = result.proposed.map(\.rawValue).joined(separator: ",")
        test.scores = result.scores.map { "\($0.sector.rawValue):\($0.percent)" }.joined(separator: ",")
        try await test.create(on: db)
        for (key, answer) in answers {
            let model = InterestAnswerModel()
            model.$test.id = try test.requireID()
            model.itemKey = key
            model.answer = answer.rawValue
            try await model.create(on: db)
        }
        try await step(student, "interessetest", since: LocalDate(test.startedAt), ended: LocalDate(test.startedAt), outcome: .good,
                       note: "Voorstel: " + result.proposed.map(\.dutchName).joined(separator: " en "))
        try await StageLineService.leadInterests(student, with: result.proposed, actor: actor, at: now, on: db)
    }

    // MARK: VSO

    private func recordVSO(boardID: UUID, hash: String) async throws {
        let school = SchoolModel(boardID: boardID, code: Self.vsoSchoolCode, name: "VSO De Brug", town: "Alkmaar")
        try await school.create(on: db)
        let schoolID = try school.requireID()
        let user = UserModel(email: "coordinator@debrug.demo", name: "Fatima el Amrani", passwordHash: hash)
        try await user.create(on: db)
        try await MembershipModel(userID: try user.requireID(), schoolID: schoolID, role: .coordinator).create(on: db)
        let names = [("Jesse", "Kok"), ("Aya", "Mulder"), ("Ruben", "de Groot"), ("Lotte", "Bos"), ("Milan", "Vos"),
                     ("Sara", "Peters"), ("Thijs", "Hendriks"), ("Ilse", "van Dijk"), ("Yusuf", "Öztürk")]
        let profiles = ["Groen", "Horeca", "Logistiek"]
        for (index, name) in names.prefix(Self.vsoStudentCount).enumerated() {
            let level = 3 + index / 3
            let input = StudentInput(studentNumber: "\(8100 + index)", firstName: name.0, lastName: name.1,
                                     birthDate: LocalDate(year: today.year - 15 - index / 3, month: 1 + index, day: 10)!,
                                     schoolType: .vso, schoolYearLevel: level, className: "VSO-\(level)", mentorEmail: nil,
                                     sectorInterests: [[.green, .hospitalityAndRetail, .logistics][index % 3]], needsSupport: true,
                                     street: "Brugstraat \(index + 1)", postcode: "1815 \(["AA", "AB", "AC"][index % 3])", city: "Alkmaar",
                                     email: nil, maxDistanceKm: 8)
            let student = StudentModel()
            student.$school.id = schoolID
            student.apply(input, mentorID: nil)
            try await student.create(on: db)
            try await AuditLog.record(on: db, actor: .system("demo", schoolID: schoolID), entity: "student", id: try student.requireID(),
                                      action: .create, before: nil as StudentInput?, after: input, at: now)
            let start = today.adding(days: -7 * (40 + 30 * (index / 3)))
            switch index / 3 {
            case 0:
                try await step(student, "bis", since: today.adding(days: -7 * 12))
                if index == 2 {
                    try await decide(student, .profile, profiles[index % 3], on: today.adding(days: -20), people: [.student, .parents],
                                     reason: "Werkt graag met dozen en karren in het magazijn van school.")
                }
            default:
                try await step(student, "bis", since: start, ended: start.adding(days: 180), outcome: .movedOn)
                try await decide(student, .profile, profiles[index % 3], on: start.adding(days: 150), people: [.student, .parents],
                                 reason: "Past bij wat de leerling graag doet.")
                try await decide(student, .stepUp, "bes", on: start.adding(days: 180), people: [.student, .jobCoach, .mentor],
                                 reason: "Werkt zelfstandig in de school en reist zelf.")
                if index / 3 == 1 {
                    try await step(student, "bes", since: start.adding(days: 181))
                } else {
                    try await step(student, "bes", since: start.adding(days: 181), ended: start.adding(days: 400), outcome: .movedOn)
                    try await decide(student, .stepUp, "zes", on: start.adding(days: 400), people: [.student, .jobCoach, .parents],
                                     reason: "Heeft de jobcoach bijna niet meer nodig.")
                    try await step(student, "zes", since: start.adding(days: 401))
                }
            }
        }
    }

    // MARK: building blocks

    private func step(_ student: StudentModel, _ key: String, since: LocalDate, ended: LocalDate? = nil,
                      outcome: StepRecord.Outcome? = nil, placement: UUID? = nil, note: String = "") async throws {
        let model = StageLineStepModel()
        model.$school.id = student.$school.id
        model.$student.id = try student.requireID()
        model.stepKey = key
        model.status = (ended == nil ? StepRecord.Status.inProgress : outcome == .droppedOut ? .stopped : .done).rawValue
        model.startedOn = since.iso
        model.endedOn = ended?.iso
        model.outcome = outcome?.rawValue
        model.note = note
        model.$placement.id = placement
        model.recordedByName = "demo"
        try await model.create(on: db)
    }

    private func decide(_ student: StudentModel, _ kind: LineDecisionKind, _ outcome: String, on date: LocalDate,
                        people: [DecisionParticipant], reason: String) async throws {
        let model = StageLineDecisionModel()
        model.$school.id = student.$school.id
        model.$student.id = try student.requireID()
        model.kind = kind.rawValue
        model.outcome = outcome
        model.decidedOn = min(date, today).iso
        model.decidedByName = "Stagecoördinator (demo)"
        model.participants = people.map(\.rawValue).joined(separator: ",")
        model.reason = reason
        try await model.create(on: db)
    }

    private func groupLocation(_ school: UUID) async throws -> GroupStageLocationModel {
        let location = GroupStageLocationModel()
        location.$school.id = school
        location.name = "Kwekerij De Kas"
        location.address = "Tuinbouwweg 4, Alkmaar"
        location.supervisorName = "Henk Jansen"
        location.capacity = GroupStageLocationModel.encode(Dictionary(uniqueKeysWithValues: Dagdeel.all
            .map { ($0, GroupStagePlanning.defaultCapacity) }))
        location.active = true
        try await location.create(on: db)
        return location
    }

    private func plan(_ students: [UUID], school: UUID, location: GroupStageLocationModel) async throws {
        let requests = students.map { GroupStagePlanning.Request(student: $0.uuidString, dagdelen: 2) }
        let result = GroupStagePlanning.plan(locations: [location.planningLocation], requests: requests)
        for slot in result.slots {
            let model = GroupStageSlotModel()
            model.$school.id = school
            model.$location.id = try location.requireID()
            model.$student.id = UUID(uuidString: slot.student)!
            model.dagdeel = slot.dagdeel.code
            model.startedOn = today.adding(days: -70).iso
            try await model.create(on: db)
        }
    }
}
