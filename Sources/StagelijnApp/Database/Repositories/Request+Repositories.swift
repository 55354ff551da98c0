import Fluent
import Vapor

/// Controllers reach data only through these repository protocols.
extension Request {
    var students: any StudentRepository { FluentStudentRepository(db: db) }
    var companies: any CompanyRepository { FluentCompanyRepository(db: db) }
    var positions: any PositionRepository { FluentPositionRepository(db: db) }
    var periods: any StagePeriodRepository { FluentStagePeriodRepository(db: db) }
    var placements: any PlacementRepository { FluentPlacementRepository(db: db) }
}

/// The repositories bound to one database (a transaction), so several writes commit together.
struct Repositories {
    let students: any StudentRepository
    let companies: any CompanyRepository
    let positions: any PositionRepository
    let periods: any StagePeriodRepository
    let placements: any PlacementRepository

    init(_ db: any Database) {
        students = FluentStudentRepository(db: db)
        companies = FluentCompanyRepository(db: db)
        positions = FluentPositionRepository(db: db)
        periods = FluentStagePeriodRepository(db: db)
        placements = FluentPlacementRepository(db: db)
    }
}
