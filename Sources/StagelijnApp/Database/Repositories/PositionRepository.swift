import Fluent
import SQLKit
import StagelijnCore
import Vapor

struct PositionFilter {
    var search: String = ""
    var sector: Sector?
    /// At most this many (in the list's order): a board has thousands of places, more than one form can offer.
    var limit: Int?
}

protocol PositionRepository: Sendable {
    func list(board: UUID, filter: PositionFilter) async throws -> [PositionModel]
    /// One page of the board's places, with the number of places and their total capacity counted in SQL.
    func page(board: UUID, filter: PositionFilter, page: Int, perPage: Int) async throws -> (page: Page<PositionModel>, capacity: Int)
    func list(company: UUID) async throws -> [PositionModel]
    func find(_ id: UUID, board: UUID) async throws -> PositionModel?
    @discardableResult
    func save(_ input: PositionInput, company: UUID, existing: PositionModel?, actor: Actor, at date: Date) async throws -> PositionModel
}

struct FluentPositionRepository: PositionRepository {
    let db: any Database

    func list(board: UUID, filter: PositionFilter) async throws -> [PositionModel] {
        let query = matching(board: board, filter: filter).with(\.$company).sort(CompanyModel.self, \.$name).sort(\.$title)
        if let limit = filter.limit { query.limit(limit) }
        return try await query.all()
    }

    func page(board: UUID, filter: PositionFilter, page: Int, perPage: Int) async throws -> (page: Page<PositionModel>, capacity: Int) {
        // Count and capacity in one SQL query (PostgreSQL's SUM of a bigint is a numeric: cast back).
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError) }
        let search = SearchText.fold(filter.search.trimmingCharacters(in: .whitespaces))
        let sectorFilter: SQLQueryString = filter.sector.map { "AND p.sector = \(bind: $0.rawValue)" } ?? ""
        let searchFilter: SQLQueryString = search.isEmpty ? "" : "AND c.search_text LIKE \(bind: "%\(search)%")"
        struct Totals: Decodable { let n: Int; let capacity: Int }
        let totals = try await sql.raw("""
            SELECT COUNT(*) AS n, CAST(COALESCE(SUM(p.capacity), 0) AS BIGINT) AS capacity
            FROM positions p JOIN companies c ON c.id = p.company_id
            WHERE c.board_id = \(bind: board) \(sectorFilter) \(searchFilter)
            """).first(decoding: Totals.self)
        let (total, capacity) = (totals?.n ?? 0, totals?.capacity ?? 0)
        let items = try await matching(board: board, filter: filter).with(\.$company).sort(CompanyModel.self, \.$name)
            .sort(\.$title).range((page - 1) * perPage ..< page * perPage).all()
        return (Page(items: items, total: total, page: page, perPage: perPage), capacity)
    }

    private func matching(board: UUID, filter: PositionFilter) -> QueryBuilder<PositionModel> {
        let query = PositionModel.query(on: db).join(CompanyModel.self, on: \PositionModel.$company.$id == \CompanyModel.$id)
            .filter(CompanyModel.self, \.$board.$id == board)
        if let sector = filter.sector { query.filter(\.$sector == sector) }
        let search = SearchText.fold(filter.search.trimmingCharacters(in: .whitespaces))
        if !search.isEmpty { query.filter(CompanyModel.self, \.$searchText ~~ search) }
        return query
    }

    func list(company: UUID) async throws -> [PositionModel] {
        try await PositionModel.query(on: db).filter(\.$company.$id == company).sort(\.$title).all()
    }

    func find(_ id: UUID, board: UUID) async throws -> PositionModel? {
        try await PositionModel.query(on: db).join(CompanyModel.self, on: \PositionModel.$company.$id == \CompanyModel.$id)
            .filter(CompanyModel.self, \.$board.$id == board).filter(\.$id == id).with(\.$company).first()
    }

    func save(_ input: PositionInput, company: UUID, existing: PositionModel?, actor: Actor, at date: Date) async throws -> PositionModel {
        let before = existing?.input
        let model = existing ?? PositionModel()
        model.$company.id = company
        model.apply(input)
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "position", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before, after: input, at: date)
        return model
    }
}

extension PositionModel {
    func apply(_ input: PositionInput) {
        title = input.title
        sector = input.sector
        capacity = input.capacity
        daysPerWeek = input.daysPerWeek
        hoursPerDay = input.hoursPerDay
        minimumAge = input.minimumAge
        requiredCertificates = input.requiredCertificates.map(\.rawValue).joined(separator: ",")
        description = input.description
    }

    var input: PositionInput {
        PositionInput(companyReference: nil, title: title, sector: sector, capacity: capacity, daysPerWeek: daysPerWeek,
                      hoursPerDay: hoursPerDay, minimumAge: minimumAge, requiredCertificates: certificates,
                      description: description)
    }

    var certificates: [Certificate] {
        requiredCertificates.split(separator: ",").compactMap { Certificate(rawValue: String($0)) }
    }
}
