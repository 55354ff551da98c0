import Fluent
import Foundation
import StagelijnCore

/// The figures behind the matching overview: demand against free places per sector (like SBB's stagebarometer),
/// match rates per school type, leerjaar and support need, and company declines after the introduction.
/// Deliberately nothing per origin or ethnicity: Stagelijn does not store it (SECURITY.md).
struct MatchingOverview {
    struct SectorRow { let sector: Sector; let demandByLevel: [Int: Int]; let demand: Int; let freePlaces: Int }
    struct RateRow { let group: String; let students: Int; let placed: Int }
    struct DeclineRow { let company: String; let count: Int; let reasons: [String: Int] }

    let levels: [Int]
    let sectors: [SectorRow]
    let rates: [RateRow]
    let declines: [DeclineRow]

    static func load(school: UUID, board: UUID, period: StagePeriodModel, on db: any Database) async throws -> MatchingOverview {
        let periodID = try period.requireID()
        let service = MatchingService(db: db)
        let waiting = try await service.studentsWithoutPlace(school: school, period: periodID).map(\.student)
        let positions = try await service.positionsWithFreePlaces(board: board, period: periodID)
        let levels = Array(Set(waiting.map(\.schoolYearLevel))).sorted()
        let sectors: [SectorRow] = Sector.allCases.map { sector in
            let interested = waiting.filter { $0.sectors.contains(sector) }
            return SectorRow(sector: sector, demandByLevel: Dictionary(grouping: interested, by: \.schoolYearLevel).mapValues(\.count),
                             demand: interested.count,
                             freePlaces: positions.filter { $0.position.sector == sector }.reduce(0) { $0 + $1.free })
        }
        let everyone = try await StudentModel.query(on: db).filter(\.$school.$id == school).filter(\.$schoolYearLevel >= 3).all()
        let placed = Set(try await PlacementModel.query(on: db).filter(\.$period.$id == periodID)
            .filter(\.$status != .terminated).all(\.$student.$id))
        func rate(_ group: String, _ members: [StudentModel]) -> RateRow {
            RateRow(group: group, students: members.count, placed: members.filter { $0.id.map(placed.contains) ?? false }.count)
        }
        var rates: [RateRow] = []
        for type in SchoolType.allCases {
            let members = everyone.filter { $0.schoolType == type }
            if !members.isEmpty { rates.append(rate(type.dutchName, members)) }
        }
        for level in Array(Set(everyone.map(\.schoolYearLevel))).sorted() {
            rates.append(rate("leerjaar \(level)", everyone.filter { $0.schoolYearLevel == level }))
        }
        rates.append(rate("met extra ondersteuning", everyone.filter(\.needsSupport)))
        rates.append(rate("zonder extra ondersteuning", everyone.filter { !$0.needsSupport }))
        let declines = try await CompanyDeclineModel.query(on: db).filter(\.$school.$id == school).with(\.$company).all()
        let declineRows = Dictionary(grouping: declines, by: { $0.$company.id }).values.map { list in
            DeclineRow(company: list[0].company.name, count: list.count,
                       reasons: Dictionary(grouping: list, by: \.reason).mapValues(\.count))
        }.sorted { ($0.count, $1.company) > ($1.count, $0.company) }
        return MatchingOverview(levels: levels, sectors: sectors, rates: rates, declines: declineRows)
    }
}
