import Fluent
import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// The SQL read models behind the staff home pages, `/begeleiding` and `/stages` (issue 16) against the same figures
/// computed the model-based way (`SupervisionService`, loaded `HourEntryModel`s, `FluentPlacementRepository`), on a
/// generated board with every status, visits, hours and assessments.
@Suite("Scale: SQL read models agree with the model-based computation")
struct ReadModelPagesTests {
    @Test("a supervisor's caseload lines: same stages, plan, hour signals and assessments")
    func caseloadMatchesModels() async throws {
        try await withTestApp { app, _, _ in
            _ = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 200)
            let today = LocalDate(Fixture.now)
            var stagesCompared = 0, overdue = 0, openHours = 0
            for school in try await SchoolModel.query(on: app.db).all() {
                let schoolID = try school.requireID()
                let supervisors = try await MembershipModel.query(on: app.db).filter(\.$school.$id == schoolID)
                    .filter(\.$role == .supervisor).all().map { $0.$user.id }
                for supervisor in supervisors {
                    let lines = try await StaffHome.caseload(school: school, supervisor: supervisor, today: today, on: app.db)
                    let models = try await SupervisionService.caseload(school: schoolID, supervisor: supervisor, on: app.db)
                    #expect(Set(lines.compactMap { $0.placement?.id }) == Set(models.compactMap(\.id)))
                    let items = try await SupervisionService.items(for: models.filter { $0.status == .active }, school: school,
                                                                   today: today, on: app.db)
                    for model in models {
                        let id = try model.requireID()
                        let line = try #require(lines.first { $0.placement?.id == id })
                        let plan = items[id] ?? []
                        #expect(line.overdue == plan.filter { $0.state == .overdue }.count)
                        #expect(line.next?.dueDate == plan.first { $0.state != .done }?.dueDate)
                        let entries = try await HourEntryModel.query(on: app.db).filter(\.$placement.$id == id).all()
                        #expect(line.openHourDays == entries.filter { $0.confirmedAt == nil }.count)
                        #expect(line.violationDays == entries.filter { !$0.violations.isEmpty }.count)
                        #expect(line.student.fullName == model.student.fullName)
                        #expect(line.placement?.company_name == model.position.company.name)
                        stagesCompared += 1
                        overdue += line.overdue
                        openHours += line.openHourDays
                    }
                }
            }
            #expect(stagesCompared > 20, "the board has caseloads to compare")
            #expect(overdue > 0 && openHours > 0, "the comparison covers overdue visits and open hours")
        }
    }

    @Test("the supervision overview's visits per supervisor equal the model-based plan")
    func supervisorRowsMatchModels() async throws {
        try await withTestApp { app, _, _ in
            _ = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 200)
            let today = LocalDate(Fixture.now)
            var visitsDue = 0
            for school in try await SchoolModel.query(on: app.db).all() {
                let schoolID = try school.requireID()
                for period in try await StagePeriodModel.query(on: app.db).filter(\.$school.$id == schoolID).all() {
                    let periodID = try period.requireID()
                    let rows = try await SupervisionOverview.supervisorRows(school: school, period: periodID, today: today, on: app.db)
                    let placements = try await PlacementModel.query(on: app.db).filter(\.$school.$id == schoolID)
                        .filter(\.$period.$id == periodID).filter(\.$status ~~ [.active, .completed])
                        .with(\.$student).with(\.$period).all()
                    let items = try await SupervisionService.items(for: placements, school: school, today: today, on: app.db)
                    let all = placements.flatMap { items[$0.id ?? UUID()] ?? [] }
                    let visits = all.filter { $0.kind == .visit && ($0.dueDate <= today || $0.state == .done) }
                    #expect(rows.reduce(0) { $0 + $1.placements } == placements.count)
                    #expect(rows.reduce(0) { $0 + $1.visitsDue } == visits.count)
                    #expect(rows.reduce(0) { $0 + $1.visitsDone } == visits.filter { $0.state == .done }.count)
                    #expect(rows.reduce(0) { $0 + $1.visitsOverdue } == visits.filter { $0.state == .overdue }.count)
                    visitsDue += visits.count
                }
            }
            #expect(visitsDue > 0)
        }
    }

    @Test("/stages pages through every visible stage exactly once, with the filters of the page")
    func placementPagesCoverTheList() async throws {
        try await withTestApp { app, _, _ in
            _ = try await BoardDemoLoader(db: app.db, now: Fixture.now, log: { _ in }).load(students: 200)
            let repository = FluentPlacementRepository(db: app.db)
            var checked = 0
            for school in try await SchoolModel.query(on: app.db).all() {
                let visibility = Visibility.wholeSchool(try school.requireID(), boardID: school.$board.id)
                for status in [nil, PlacementStatus.active] {
                    var filter = PlacementFilter()
                    filter.status = status
                    let expected = try await repository.list(visibility, filter: filter).compactMap(\.id)
                    var seen: [UUID] = []
                    var page = 1
                    while true {
                        let result = try await PlacementRows.page(visibility, filter: filter, page: page, perPage: 7, on: app.db)
                        #expect(result.total == expected.count)
                        seen += result.items.map(\.id)
                        if page >= result.pageCount { break }
                        page += 1
                    }
                    #expect(seen.count == expected.count && Set(seen) == Set(expected), "\(school.name)")
                    checked += expected.count
                }
            }
            #expect(checked > 50)
        }
    }
}
