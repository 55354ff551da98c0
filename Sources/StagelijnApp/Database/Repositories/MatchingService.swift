import Fluent
import Vapor
import Foundation
import StagelijnCore

/// Builds a matching instance from the database for one stage period, runs the engine, stores runs, publishes
/// proposals as placements. Positions are shared by every school of the board (a region); their free places are
/// the capacity minus the open placements of that period at any school.
struct MatchingService {
    let db: any Database

    /// Students of the school without an open placement in the period, from leerjaar 3 up (the stage years),
    /// with how many preferences they ranked.
    func studentsWithoutPlace(school: UUID, period: UUID) async throws -> [(student: StudentModel, preferences: Int)] {
        let placed = Set(try await PlacementModel.query(on: db).filter(\.$period.$id == period)
            .filter(\.$status != .terminated).all(\.$student.$id))
        // Former students who left before the period starts are not looking for a stage in it.
        var former: Set<UUID> = []
        if let start = try await StagePeriodModel.find(period, on: db)?.start {
            former = Set(try await StudentDepartureModel.formerStudents(school: school, leftBy: start, on: db))
        }
        let students = try await StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$schoolYearLevel >= 3)
            .sort(\.$className).sort(\.$lastName).all()
            .filter { $0.id.map { !placed.contains($0) && !former.contains($0) } ?? false }
        let ids = students.compactMap(\.id)
        let counts = ids.isEmpty ? [:] : Dictionary(grouping: try await StudentPreferenceModel.query(on: db)
            .filter(\.$period.$id == period).filter(\.$student.$id ~~ ids).all(), by: { $0.$student.id }).mapValues(\.count)
        return students.map { ($0, counts[$0.id ?? UUID()] ?? 0) }
    }

    /// Every position of the board with its company loaded and its free places in the period.
    func positionsWithFreePlaces(board: UUID, period: UUID) async throws -> [(position: PositionModel, free: Int)] {
        let positions = try await PositionModel.query(on: db)
            .join(CompanyModel.self, on: \PositionModel.$company.$id == \CompanyModel.$id)
            .filter(CompanyModel.self, \.$board.$id == board).with(\.$company).all()
        let taken = Dictionary(grouping: try await PlacementModel.query(on: db).filter(\.$period.$id == period)
            .filter(\.$status != .terminated).all(\.$position.$id), by: { $0 }).mapValues(\.count)
        return positions.map { ($0, max(0, $0.capacity - (taken[$0.id ?? UUID()] ?? 0))) }
    }

    func instance(school: SchoolModel, period: StagePeriodModel) async throws -> MatchingInstance {
        let periodID = try period.requireID()
        let students = try await studentsWithoutPlace(school: try school.requireID(), period: periodID)
            .filter { $0.preferences > 0 }.map(\.student)
        let positions = try await positionsWithFreePlaces(board: school.$board.id, period: periodID)
        let positionIndex = Dictionary(positions.enumerated().compactMap { i, p in p.position.id.map { ($0, Int32(i)) } },
                                       uniquingKeysWith: { a, _ in a })
        let studentIDs = students.compactMap(\.id)
        let preferences = studentIDs.isEmpty ? [] : try await StudentPreferenceModel.query(on: db)
            .filter(\.$period.$id == periodID).filter(\.$student.$id ~~ studentIDs).sort(\.$rank).all()
        let byStudent = Dictionary(grouping: preferences, by: { $0.$student.id })
        var matchingStudents: [MatchingStudent] = []
        for student in students {
            guard let id = student.id, let birth = student.birth else { continue }
            let earlier = try await EligibilityInputs.earlierCompanies(student: id, excludingPeriod: periodID, on: db)
            matchingStudents.append(MatchingStudent(
                id: id.uuidString, birthDate: birth,
                location: GeoPoint(lat: student.lat ?? 0, lon: student.lon ?? 0),
                maxDistanceKm: student.lat == nil ? .infinity : Double(student.maxDistanceKm),
                preferences: (byStudent[id] ?? []).compactMap { positionIndex[$0.$position.id] },
                certificates: Set(student.certificateList.map(\.rawValue)),
                excludedCompanies: Set(earlier.map(\.uuidString)), schoolType: student.schoolType))
        }
        let matchingPositions = positions.map { item in
            let company = item.position.company
            return MatchingPosition(
                id: item.position.id?.uuidString ?? "", companyID: company.id?.uuidString ?? "",
                sector: item.position.sector.rawValue, capacity: item.free,
                location: GeoPoint(lat: company.lat ?? 0, lon: company.lon ?? 0), minimumAge: item.position.minimumAge,
                requiredCertificates: Set(item.position.requiredCertificates.split(separator: ",").map(String.init)),
                companySBBStatus: company.sbbStatus, isDeliveryService: company.isDeliveryService)
        }
        return MatchingInstance(referenceDate: period.start, students: matchingStudents, positions: matchingPositions,
                                policy: SchoolPlacementPolicy(excludeDeliveryServices: school.excludeDeliveryServices))
    }

    /// Runs both algorithms on the same instance and lottery and stores both runs.
    func runBoth(school: SchoolModel, period: StagePeriodModel, seed: UInt64, actor: Actor,
                 at date: Date) async throws -> [MatchingRunModel] {
        let instance = try await instance(school: school, period: period)
        var runs: [MatchingRunModel] = []
        for algorithm in MatchingAlgorithm.allCases {
            let result = MatchingRun.run(instance, algorithm: algorithm, seed: seed).result
            let run = MatchingRunModel()
            run.$school.id = try school.requireID()
            run.$period.id = try period.requireID()
            run.algorithm = algorithm.rawValue
            run.seed = Int64(bitPattern: seed)
            run.result = JSONOutput.encode(result)
            run.$createdBy.id = actor.userID
            try await run.create(on: db)
            try await AuditLog.record(on: db, actor: actor, entity: "matching", id: try run.requireID(), action: .create,
                                      before: nil as [String: String]?,
                                      after: ["algoritme": algorithm.rawValue, "seed": String(seed),
                                              "ingedeeld": String(result.metrics.matched), "leerlingen": String(result.metrics.students)],
                                      at: date)
            runs.append(run)
        }
        return runs
    }

    /// The proposals of a run after the coordinator's overrides: student → position (nil = no place).
    func proposals(_ run: MatchingRunModel) async throws -> [UUID: UUID?] {
        var result: [UUID: UUID?] = [:]
        for assignment in StoredResult.decode(run.result)?.assignments ?? [] {
            if let s = UUID(uuidString: assignment.studentId), let p = UUID(uuidString: assignment.positionId) { result[s] = p }
        }
        for override in try await MatchingOverrideModel.query(on: db).filter(\.$run.$id == run.requireID()).all() {
            result[override.$student.id] = .some(override.$position.id)
        }
        return result
    }

    /// Publishes: every proposal becomes a placement in status *voorstel*; the run is marked published. Only one run
    /// per period and school can be published (a second would add nothing, or worse, a second proposal). Every
    /// student with a proposal and every mentor of those students gets a message (without a link: they log in).
    func publish(_ run: MatchingRunModel, actor: Actor, at date: Date) async throws -> Int {
        let earlier = try await MatchingRunModel.query(on: db).filter(\.$period.$id == run.$period.id)
            .filter(\.$school.$id == run.$school.id).filter(\.$publishedAt != nil).first()
        if let earlier, let when = earlier.publishedAt {
            throw Abort(.conflict, reason: "Voor deze periode is op \(DutchFormat.dateTime(when)) al een indeling gepubliceerd. "
                        + "Pas losse stages aan op de stagepagina van de leerling.")
        }
        let repository = FluentPlacementRepository(db: db)
        var created: [(student: UUID, position: UUID)] = []
        for (student, position) in try await proposals(run) {
            guard let position else { continue }
            if try await repository.hasOpenPlacement(student: student, period: run.$period.id) { continue }
            _ = try await repository.create(student: student, position: position, period: run.$period.id, school: run.$school.id,
                                            reason: "Voorstel uit de matching van \(DutchFormat.dateTime(date))",
                                            actor: actor, at: date)
            created.append((student, position))
        }
        run.publishedAt = date
        try await run.save(on: db)
        try await announce(created, school: run.$school.id, at: date)
        return created.count
    }

    /// "Je hebt een stagevoorstel" to each student with an e-mail address, and one list per mentor.
    private func announce(_ proposals: [(student: UUID, position: UUID)], school: UUID, at date: Date) async throws {
        guard !proposals.isEmpty else { return }
        let students = Dictionary(try await StudentModel.query(on: db).filter(\.$id ~~ proposals.map(\.student)).with(\.$mentor).all()
            .compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        let positions = Dictionary(try await PositionModel.query(on: db).filter(\.$id ~~ proposals.map(\.position)).with(\.$company).all()
            .compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        var perMentor: [UUID: (mentor: UserModel, lines: [String])] = [:]
        for proposal in proposals {
            guard let student = students[proposal.student], let position = positions[proposal.position] else { continue }
            let place = "\(position.title) bij \(position.company.name) in \(position.company.city)"
            if let email = student.email, FieldReader.isEmail(email) {
                try await Outbox.enqueue(school: school, to: email, subject: "Je hebt een stagevoorstel",
                    body: "Hoi \(student.firstName),\n\nDe school stelt een stage voor: \(place).\n"
                        + "Je mentor of stagecoördinator plant een kennismakingsgesprek met het bedrijf. "
                        + "Log in bij Stagelijn om je stage te bekijken.\n", at: date, on: db)
            }
            if let mentor = student.mentor, let id = mentor.id {
                perMentor[id, default: (mentor, [])].lines.append("- \(student.fullName) (\(student.className)): \(place)")
            }
        }
        for (_, entry) in perMentor where FieldReader.isEmail(entry.mentor.email) {
            try await Outbox.enqueue(school: school, to: entry.mentor.email, subject: "Stagevoorstellen voor uw klas",
                body: "Beste \(entry.mentor.name),\n\nDe matching is gepubliceerd. Stagevoorstellen voor leerlingen uit uw klas:\n"
                    + entry.lines.sorted().joined(separator: "\n") + "\n\nDe kennismakingsgesprekken worden nu gepland.\n",
                at: date, on: db)
        }
    }
}

/// The stored engine output, read back for pages.
struct StoredResult: Decodable {
    struct Assignment: Decodable { let studentId: String; let positionId: String; let rank: Int }
    struct Unmatched: Decodable { let studentId: String; let reason: String }
    struct Dropped: Decodable { let studentId: String; let positionId: String; let reason: String }
    struct Metrics: Decodable {
        let students: Int, positions: Int, matched: Int, rankCounts: [String: Int], meanRank: Double
        let blockingPairs: Int, solveSeconds: Double
    }
    let algorithm: String
    let seed: UInt64
    let assignments: [Assignment]
    let unmatched: [Unmatched]
    let ineligiblePreferences: [Dropped]
    let metrics: Metrics

    static func decode(_ text: String) -> StoredResult? { try? JSONDecoder().decode(StoredResult.self, from: Data(text.utf8)) }
}
