import Fluent
import StagelijnCore
import Vapor

protocol StagePeriodRepository: Sendable {
    func list(school: UUID) async throws -> [StagePeriodModel]
    func find(_ id: UUID, school: UUID) async throws -> StagePeriodModel?
    @discardableResult
    func save(_ input: StagePeriodInput, existing: StagePeriodModel?, school: UUID, actor: Actor, at date: Date) async throws -> StagePeriodModel
}

struct FluentStagePeriodRepository: StagePeriodRepository {
    let db: any Database

    func list(school: UUID) async throws -> [StagePeriodModel] {
        try await StagePeriodModel.query(on: db).filter(\.$school.$id == school).sort(\.$startDate).all()
    }

    func find(_ id: UUID, school: UUID) async throws -> StagePeriodModel? {
        try await StagePeriodModel.query(on: db).filter(\.$school.$id == school).filter(\.$id == id).first()
    }

    func save(_ input: StagePeriodInput, existing: StagePeriodModel?, school: UUID, actor: Actor, at date: Date) async throws -> StagePeriodModel {
        let before = existing?.input
        let model = existing ?? StagePeriodModel()
        model.$school.id = school
        model.apply(input)
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "stagePeriod", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before, after: input, at: date)
        return model
    }
}

extension StagePeriodModel {
    func apply(_ input: StagePeriodInput) {
        name = input.name
        schoolYear = input.schoolYear
        startDate = input.startDate.iso
        endDate = input.endDate.iso
        daysPerWeek = input.daysPerWeek
        hoursPerDay = input.hoursPerDay
    }

    var input: StagePeriodInput {
        StagePeriodInput(name: name, schoolYear: schoolYear, startDate: start, endDate: end,
                         daysPerWeek: daysPerWeek, hoursPerDay: hoursPerDay)
    }

    var start: LocalDate { LocalDate(parsing: startDate) ?? LocalDate(Date(timeIntervalSince1970: 0)) }
    var end: LocalDate { LocalDate(parsing: endDate) ?? LocalDate(Date(timeIntervalSince1970: 0)) }
    var label: String { "\(name) (\(start.dutch) – \(end.dutch))" }
}

extension Request {
    /// The period named by `?periode=`, else the first that has not ended yet, else the first.
    func chosenPeriod(_ periods: [StagePeriodModel]) -> StagePeriodModel? {
        (try? query.get(UUID.self, at: "periode")).flatMap { id in periods.first { $0.id == id } }
            ?? periods.first { $0.end >= today } ?? periods.first
    }
}
