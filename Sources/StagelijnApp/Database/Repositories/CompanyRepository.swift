import Fluent
import StagelijnCore
import Vapor

struct CompanyFilter {
    var search: String = ""
    var sector: Sector?
    var page: Int = 1
    var perPage: Int = 100
}

/// Companies belong to a board and are visible to all its schools.
protocol CompanyRepository: Sendable {
    func page(board: UUID, filter: CompanyFilter) async throws -> Page<CompanyModel>
    func find(_ id: UUID, board: UUID) async throws -> CompanyModel?
    /// Finds a company by its SBB number or exact name (case-insensitive), as CSV files refer to them.
    func find(reference: String, board: UUID) async throws -> CompanyModel?
    func all(board: UUID) async throws -> [CompanyModel]
    @discardableResult
    func save(_ input: CompanyInput, existing: CompanyModel?, board: UUID, actor: Actor, at date: Date) async throws -> CompanyModel
}

struct FluentCompanyRepository: CompanyRepository {
    let db: any Database

    func page(board: UUID, filter: CompanyFilter) async throws -> Page<CompanyModel> {
        let query = CompanyModel.query(on: db).filter(\.$board.$id == board)
        let search = SearchText.fold(filter.search.trimmingCharacters(in: .whitespaces))
        if !search.isEmpty { query.filter(\.$searchText ~~ search) }
        if let sector = filter.sector { query.filter(\.$sectors ~~ sector.rawValue) }
        let total = try await query.count()
        let items = try await query.copy().sort(\.$name)
            .range(.page(filter.page, perPage: filter.perPage)).all()
        return Page(items: items, total: total, page: filter.page, perPage: filter.perPage)
    }

    func find(_ id: UUID, board: UUID) async throws -> CompanyModel? {
        try await CompanyModel.query(on: db).filter(\.$board.$id == board).filter(\.$id == id).first()
    }

    func find(reference: String, board: UUID) async throws -> CompanyModel? {
        let key = reference.trimmingCharacters(in: .whitespaces)
        if let bySBB = try await CompanyModel.query(on: db).filter(\.$board.$id == board)
            .filter(\.$sbbNumber == key).first() { return bySBB }
        return try await all(board: board).first { $0.name.lowercased() == key.lowercased() }
    }

    func all(board: UUID) async throws -> [CompanyModel] {
        try await CompanyModel.query(on: db).filter(\.$board.$id == board).sort(\.$name).all()
    }

    func save(_ input: CompanyInput, existing: CompanyModel?, board: UUID, actor: Actor, at date: Date) async throws -> CompanyModel {
        let before = existing?.input
        let model = existing ?? CompanyModel()
        model.$board.id = board
        model.apply(input)
        try await model.save(on: db)
        try await AuditLog.record(on: db, actor: actor, entity: "company", id: try model.requireID(),
                                  action: existing == nil ? .create : .update, before: before, after: input, at: date)
        return model
    }
}

extension CompanyModel {
    func apply(_ input: CompanyInput) {
        name = input.name
        street = input.street
        postcode = input.postcode
        city = input.city
        lat = input.location?.lat
        lon = input.location?.lon
        sectors = input.sectors.map(\.rawValue).joined(separator: ",")
        sbbNumber = input.sbbNumber
        sbbStatus = input.sbbStatus
        contactName = input.contactName
        contactEmail = input.contactEmail
        contactPhone = input.contactPhone
        isDeliveryService = input.isDeliveryService
        notes = input.notes
        searchText = SearchText.of([input.name, input.city, input.postcode, input.sbbNumber ?? "", input.contactName ?? ""])
    }

    var input: CompanyInput {
        CompanyInput(name: name, street: street, postcode: postcode, city: city,
                     location: lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } },
                     sectors: sectorList, sbbNumber: sbbNumber, sbbStatus: sbbStatus, contactName: contactName,
                     contactEmail: contactEmail, contactPhone: contactPhone, isDeliveryService: isDeliveryService,
                     notes: notes)
    }

    var sectorList: [Sector] { sectors.split(separator: ",").compactMap { Sector(rawValue: String($0)) } }
}
