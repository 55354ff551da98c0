import Fluent
import StagelijnCore
import Vapor

/// The demo keeps its own rules: every stage that has started has a weekly schedule and an agreement signed on paper
/// by school, student, company and (for a minor) a parent before its first day; some stages waiting for their
/// agreement have one out for signing, the school's signature already on it. The featured student's stage is left
/// for the person trying the demo (and the browser test) to fill, send and sign.
struct DemoAgreements {
    let db: any Database
    let now: Date

    func record(placements: [PlacementModel], featured: UUID?) async throws {
        let repository = AgreementRepository(db: db)
        let actor = Actor.system("demo")
        for (index, placement) in placements.enumerated() where placement.$student.id != featured {
            let started = [.active, .completed, .terminated].contains(placement.status)
            let outForSigning = placement.status == .agreement && index % 2 == 0
            guard started || outForSigning else { continue }
            let schedule = try await weeklySchedule(placement)
            let goals = try await GoalService(db: db).goals(of: placement).map(\.text)
            _ = try await repository.save(AgreementRepository.draftValues(for: placement, schedule: schedule, cooperation: nil, goals: goals),
                                          placement: placement, actor: actor, at: now)
            let signingDay = placement.period.start.adding(days: -7)
            var state = try await repository.state(for: placement, today: signingDay)
            guard let agreement = state.agreement else { continue }
            try await repository.markSent(agreement, text: state.text, actor: actor, at: now)
            state = try await repository.state(for: placement, today: signingDay)
            var roles: [SignatoryRole] = [.school]
            if started {
                roles += [.student, .company]
                if AgreementCompleteness.parentSignatureRequired(state.content, today: signingDay) { roles.append(.parent) }
            }
            for role in roles {
                let name = switch role {
                case .school: "Stagecoördinator (demo)"
                case .student: placement.student.fullName
                case .company: placement.position.company.contactName ?? placement.position.company.name
                case .parent: "Ouder van \(placement.student.firstName)"
                }
                try await repository.recordSignature(agreement, role: role, name: name, on: signingDay, method: "papier",
                                                     textHash: state.textHash, actor: actor, at: now)
            }
        }
    }

    /// Tuesday and Thursday, 9:00–15:00 with half an hour's break: lawful for every age in the demo.
    private func weeklySchedule(_ placement: PlacementModel) async throws -> PlacementScheduleModel {
        let weekly = WeeklySchedule(days: [2, 4].map { WeekdayHours(weekday: $0, start: "09:00", end: "15:00", breakMinutes: 30) })
        let model = PlacementScheduleModel()
        model.$placement.id = try placement.requireID()
        model.stageKind = StageKind.vocational.rawValue
        model.days = String(decoding: try JSONEncoder().encode(weekly), as: UTF8.self)
        model.exceptions = ""
        model.violationCount = 0
        try await model.create(on: db)
        return model
    }
}
