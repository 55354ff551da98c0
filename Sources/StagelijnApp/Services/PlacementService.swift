import Fluent
import StagelijnCore
import Vapor

/// Proposing a placement and changing its status: the steps of the business in one place, for the /stages pages
/// and the API alike (issue 17: "no second implementation of a rule"). The rules themselves live in the Core
/// (`PlacementStatus.validateTransition`, `PlacementEligibility`); the writes, history and audit entry in
/// `FluentPlacementRepository`; a dropout after an early end in `DropoutService`.
enum PlacementService {
    /// The fields a problem can be about; each caller names them its own way (form field or JSON property).
    enum Field: Sendable {
        case student, position, period, status, reason, agreementException

        var formName: String {
            switch self {
            case .student: "studentID"
            case .position: "positionID"
            case .period: "periodID"
            case .status: "status"
            case .reason: "reason"
            case .agreementException: "agreementException"
            }
        }

        var label: String {
            switch self {
            case .student: "leerling"
            case .position: "stageplaats"
            case .period: "periode"
            case .status: "status"
            case .reason: "reden"
            case .agreementException: "uitzondering"
            }
        }
    }

    struct Problem: Error, Sendable, Equatable {
        let field: Field
        let message: String
    }

    struct Proposal {
        let student: StudentModel
        let position: PositionModel
        let period: StagePeriodModel
    }

    /// Finds the student (of the school), the place (of the board) and the period (of the school) and checks a new
    /// placement against every rule: a student who has left school gets none (the form does not offer them), the
    /// school's "niet plaatsen" block, one open stage per student and period, the place's capacity, and the matching
    /// engine's eligibility rules (issue 4 §4). `refusal` says why a company is blocked, in the words the caller may see.
    static func check(studentID: UUID?, positionID: UUID?, periodID: UUID?, schoolID: UUID, boardID: UUID, today: LocalDate,
                      refusal: (UUID) async throws -> String?, on db: any Database) async throws -> Result<Proposal, Problems> {
        let repositories = Repositories(db)
        let student = try await studentID.asyncFlatMap {
            try await repositories.students.find($0, Visibility.wholeSchool(schoolID, boardID: boardID))
        }
        let position = try await positionID.asyncFlatMap { try await repositories.positions.find($0, board: boardID) }
        let period = try await periodID.asyncFlatMap { try await repositories.periods.find($0, school: schoolID) }
        var problems: [Problem] = []
        if student == nil { problems.append(.init(field: .student, message: "Kies een leerling van uw school.")) }
        if position == nil { problems.append(.init(field: .position, message: "Kies een bestaande stageplaats.")) }
        if period == nil { problems.append(.init(field: .period, message: "Kies een stageperiode.")) }
        guard let student, let position, let period else { return .failure(Problems(problems)) }
        let studentID = try student.requireID(), positionID = try position.requireID(), periodID = try period.requireID()
        if try await StudentDepartureModel.query(on: db).filter(\.$student.$id == studentID).filter(\.$leftOn <= today.iso).count() > 0 {
            problems.append(.init(field: .student, message: "\(student.fullName) heeft de school verlaten en krijgt geen nieuwe stage."))
        }
        if let refused = try await refusal(position.$company.id) { problems.append(.init(field: .position, message: refused)) }
        if try await repositories.placements.hasOpenPlacement(student: studentID, period: periodID) {
            problems.append(.init(field: .student, message: "\(student.fullName) heeft in deze periode al een stage die nog loopt."))
        }
        if try await repositories.placements.countOpen(position: positionID, period: periodID) >= position.capacity {
            problems.append(.init(field: .position,
                                  message: "Alle \(position.capacity) plaatsen bij deze stageplaats zijn in deze periode al bezet."))
        }
        let earlier = try await EligibilityInputs.earlierCompanies(student: studentID, excludingPeriod: periodID, on: db)
        let school = try await SchoolModel.find(schoolID, on: db)
        let policy = SchoolPlacementPolicy(excludeDeliveryServices: school?.excludeDeliveryServices ?? true)
        if let candidate = EligibilityInputs.student(student, earlierCompanies: earlier) {
            for reason in PlacementEligibility.reasons(candidate, EligibilityInputs.position(position), on: period.start, policy: policy) {
                problems.append(.init(field: .position, message: "\(student.fullName): \(reason.dutchMessage)"))
            }
        }
        return problems.isEmpty ? .success(Proposal(student: student, position: position, period: period)) : .failure(Problems(problems))
    }

    /// Creates the checked proposal with its first history entry and audit entry, in one transaction.
    static func propose(_ proposal: Proposal, school: UUID, reason: String, actor: Actor, at date: Date,
                        on db: any Database) async throws -> PlacementModel {
        let (student, position, period) = (try proposal.student.requireID(), try proposal.position.requireID(), try proposal.period.requireID())
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await db.transaction { tx in
            try await FluentPlacementRepository(db: tx).create(
                student: student, position: position, period: period, school: school,
                reason: trimmed.isEmpty ? "Voorgesteld door \(actor.name)" : trimmed, actor: actor, at: date)
        }
    }

    /// Whether a placement may move to `next`: the Core's state machine, and a stage starts only with a complete,
    /// signed agreement or with a coordinator's reasoned exception (at least 10 characters). On success, whether the
    /// change is such an exception.
    static func checkStatusChange(_ placement: PlacementModel, to next: PlacementStatus?, reason: String,
                                  agreement: AgreementState, mayRecordException: Bool,
                                  exceptionRequested: Bool) -> Result<Bool, Problem> {
        guard let next else { return .failure(.init(field: .status, message: "Kies de nieuwe status.")) }
        if let problem = placement.status.validateTransition(to: next, reason: reason) {
            switch problem {
            case .notAllowed: return .failure(.init(field: .status, message: problem.dutchMessage))
            case .reasonRequired: return .failure(.init(field: .reason, message: problem.dutchMessage))
            }
        }
        guard next == .active, !agreement.isComplete else { return .success(false) }
        let missing = agreement.agreement == nil ? "er is nog geen overeenkomst"
            : "ontbreekt " + agreement.missing.map(\.dutchDescription).joined(separator: "; ")
        guard mayRecordException else {
            return .failure(.init(field: .status, message: "De stage kan pas lopen met een complete, ondertekende stageovereenkomst (\(missing)). "
                                  + "Alleen de stagecoördinator kan een onderbouwde uitzondering vastleggen."))
        }
        guard exceptionRequested, reason.trimmingCharacters(in: .whitespacesAndNewlines).count >= 10 else {
            return .failure(.init(field: .agreementException,
                                  message: "De stage kan pas lopen met een complete, ondertekende stageovereenkomst (\(missing)). "
                                  + "Starten zonder kan alleen als uitzondering: vink die aan en geef een reden van minstens 10 tekens."))
        }
        return .success(true)
    }

    /// Writes a checked status change (history, audit) and, for a running stage ended early, opens the dropout and
    /// informs the mentor (issue 15) — in one transaction.
    static func changeStatus(_ placement: PlacementModel, to next: PlacementStatus, reason: String, agreementException: Bool,
                             actor: Actor, today: LocalDate, at date: Date, baseURL: String,
                             on db: any Database) async throws -> DropoutModel? {
        let previous = placement.status
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await db.transaction { tx in
            try await FluentPlacementRepository(db: tx).changeStatus(
                placement, to: next, reason: trimmed.isEmpty ? "Status gewijzigd door \(actor.name)" : trimmed,
                actor: actor, at: date, agreementException: agreementException)
            return try await DropoutService.openIfDropout(placement: placement, previous: previous, reason: trimmed, actor: actor,
                                                          today: today, at: date, baseURL: baseURL, on: tx)
        }
    }

    struct Problems: Error {
        let items: [Problem]
        init(_ items: [Problem]) { self.items = items }
    }
}
