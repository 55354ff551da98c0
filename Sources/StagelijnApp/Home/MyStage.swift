import Fluent
import Foundation
import StagelijnCore

/// One student's own stage as the student and their parents see it: where, with whom, when, what is next.
/// Built only from that student's records (a student or parent never sees a school-wide figure).
struct MyStage {
    enum NextStep: Equatable {
        case chooseWishes(student: UUID)
        case waitForProposal
        case signAgreement(placement: UUID)
        case waitForAgreement
        case writeHours(placement: UUID)
        case nothing
    }

    let studentID: UUID
    let studentName: String
    let placement: PlacementModel?
    let workplaceMentor: String?
    let weekly: WeeklySchedule?
    let nextVisit: LocalDate?
    let minutesThisWeek: Int
    let goals: [String]
    /// Assessments of this stage not yet completed, soonest first (the student fills the self-assessment).
    let openAssessments: [AssessmentAgenda.Row]
    let agreementState: AgreementState?
    let nextStep: NextStep

    /// The stage that matters now: a running one, else the next one being arranged, else the latest.
    static func load(student: StudentModel, role: Role, today: LocalDate, on db: any Database) async throws -> MyStage {
        let studentID = try student.requireID()
        let placements = try await PlacementModel.query(on: db).filter(\.$student.$id == studentID)
            .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).all()
        let order: [PlacementStatus] = [.active, .agreement, .introduction, .proposed, .completed, .terminated]
        let placement = placements.sorted {
            (order.firstIndex(of: $0.status) ?? 9, -$0.period.start.dayNumber) < (order.firstIndex(of: $1.status) ?? 9, -$1.period.start.dayNumber)
        }.first
        guard let placement, let placementID = placement.id else {
            let wishes = try await StudentPreferenceModel.query(on: db).filter(\.$student.$id == studentID).count()
            return MyStage(studentID: studentID, studentName: student.fullName, placement: nil, workplaceMentor: nil, weekly: nil,
                           nextVisit: nil, minutesThisWeek: 0, goals: [], openAssessments: [], agreementState: nil,
                           nextStep: wishes == 0 && role == .student ? .chooseWishes(student: studentID) : .waitForProposal)
        }
        let state = try await AgreementRepository(db: db).state(for: placement, today: today)
        let schedule = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == placementID).first()
        let hoursLink = try await AccessLinkModel.query(on: db).filter(\.$placement.$id == placementID)
            .filter(\.$purpose == AccessLinkModel.Purpose.confirmHours.rawValue).filter(\.$revokedAt == nil)
            .sort(\.$createdAt, .descending).first()
        let monday = today.isoWeekMonday
        let week = try await HourEntryModel.query(on: db).filter(\.$placement.$id == placementID)
            .filter(\.$date >= monday.iso).filter(\.$date <= monday.adding(days: 6).iso).all()
        var nextVisit: LocalDate?
        if placement.status == .active, let school = try await SchoolModel.find(placement.$school.id, on: db) {
            let items = try await SupervisionService.items(for: [placement], school: school, today: today, on: db)[placementID] ?? []
            nextVisit = items.filter { $0.kind == .visit && $0.state != .done && $0.dueDate >= today }.map(\.dueDate).min()
        }
        // The stage's goals (the school's for the phase and the student's own), as company and school see them.
        let goals = try await GoalService(db: db).goals(of: placement).map(\.text)
        let openAssessments = try await AssessmentAgenda.open(for: [placement], today: today, on: db)
        return MyStage(
            studentID: studentID, studentName: student.fullName, placement: placement,
            workplaceMentor: hoursLink?.recipientName ?? placement.position.company.contactName,
            weekly: schedule?.weekly, nextVisit: nextVisit, minutesThisWeek: week.reduce(0) { $0 + $1.workedMinutes },
            goals: goals, openAssessments: openAssessments, agreementState: state,
            nextStep: nextStep(placement: placement, state: state, role: role, today: today))
    }

    static func nextStep(placement: PlacementModel, state: AgreementState, role: Role, today: LocalDate) -> NextStep {
        guard let id = placement.id else { return .nothing }
        switch placement.status {
        case .active:
            return role == .student ? .writeHours(placement: id) : .nothing
        case .agreement:
            guard state.isSent else { return .waitForAgreement }
            let signed = Set(state.signatures.map(\.role))
            let mine: SignatoryRole = role == .student ? .student : .parent
            let needed = mine == .student || AgreementCompleteness.parentSignatureRequired(state.content, today: today)
            return needed && !signed.contains(mine.rawValue) ? .signAgreement(placement: id) : .waitForAgreement
        case .proposed, .introduction:
            return .waitForAgreement
        case .completed, .terminated:
            return .nothing
        }
    }
}
