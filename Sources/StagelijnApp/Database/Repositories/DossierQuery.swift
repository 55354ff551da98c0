import Fluent
import Foundation
import StagelijnCore

/// Everything of one placement in one read, shaped like the stage dossier page: agreement and signatures, schedule,
/// visits and contact moments as a timeline, hours per week, status history. The placement was already found
/// through the access policy (`req.placement(user:…)`), so every part below belongs to it.
struct Dossier {
    struct Signature { let role: String; let name: String; let signedOn: String; let method: String }
    struct StatusStep { let at: Date; let from: String?; let to: String; let reason: String; let exception: Bool; let by: String }

    let placementID: UUID
    let student: String
    let company: String
    let position: String
    let period: String
    let start: LocalDate
    let end: LocalDate
    let status: PlacementStatus
    let supervisor: String?
    let workplaceMentor: String?
    let agreementLabel: String
    let agreementMissing: [String]
    let signatures: [Signature]
    let schedule: String?
    let timeline: [SupervisionTimeline.Entry]
    let weeks: [(monday: LocalDate, entries: [HourEntryModel])]
    let history: [StatusStep]

    var confirmedMinutes: Int { weeks.flatMap(\.entries).filter { $0.confirmedAt != nil }.reduce(0) { $0 + $1.workedMinutes } }
    var writtenMinutes: Int { weeks.flatMap(\.entries).reduce(0) { $0 + $1.workedMinutes } }

    static func load(_ placement: PlacementModel, reader: DossierReader, today: LocalDate, on db: any Database) async throws -> Dossier {
        let id = try placement.requireID()
        let agreement = try await AgreementRepository(db: db).state(for: placement, today: today)
        let span = try await SupervisionService.stageDates(for: [placement], on: db)[id] ?? (placement.period.start, placement.period.end)
        let plan = try await SupervisionService.items(for: [placement], school: placement.school, today: today, on: db)[id] ?? []
        let reports = try await SupervisionRecordModel.query(on: db).filter(\.$placement.$id == id).sort(\.$doneOn).all()
            .compactMap { record -> VisitReport? in
                guard let done = record.done else { return nil }
                return VisitReport(kind: done.kind, date: done.on, present: record.present, progress: record.progress,
                                   concerns: record.concerns, nextStep: record.nextStep, recordedBy: record.recordedByName,
                                   goalProgress: record.goalProgress)
            }
        let schedule = try await PlacementScheduleModel.query(on: db).filter(\.$placement.$id == id).first()
        let supervisor = try await placement.supervisorID.asyncFlatMap { try await UserModel.find($0, on: db)?.name }
        let entries = try await HoursService.entries(placement: id, on: db)
        let history = try await PlacementStatusChangeModel.query(on: db).filter(\.$placement.$id == id).with(\.$changedBy)
            .sort(\.$changedAt).all()
        return Dossier(
            placementID: id, student: placement.student.fullName, company: placement.position.company.name,
            position: placement.position.title, period: placement.period.label, start: span.start, end: span.end,
            status: placement.status, supervisor: supervisor, workplaceMentor: placement.position.company.contactName,
            agreementLabel: PlacementDetailPage.agreementLabel(agreement),
            agreementMissing: agreement.agreement == nil ? [] : agreement.missing.map(\.dutchDescription),
            signatures: agreement.signatures.map {
                Signature(role: SignatoryRole(rawValue: $0.role)?.dutchName ?? $0.role, name: $0.name,
                          signedOn: LocalDate(iso: $0.signedOn)?.dutch ?? $0.signedOn, method: $0.method)
            },
            schedule: schedule.map(\.weekly.dutchSummary).flatMap { $0.isEmpty ? nil : $0 },
            timeline: SupervisionTimeline.entries(plan: plan, reports: reports, reader: reader),
            weeks: HoursService.weeks(entries),
            history: history.map {
                StatusStep(at: $0.changedAt, from: $0.fromStatus?.dutchName, to: $0.toStatus.dutchName, reason: $0.reason,
                           exception: $0.agreementException, by: $0.$changedBy.value??.name ?? "automatisch")
            })
    }
}
