import Fluent
import StagelijnCore
import Vapor

/// The group-stage planning page: locations with a capacity per dagdeel, the weekly plan (made by the Core, never
/// over capacity), changes by hand, attendance per day.
struct GroupStageController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("groepsstage", use: show)
        routes.post("groepsstage", "locaties", use: createLocation)
        routes.post("groepsstage", "locaties", ":location", use: updateLocation)
        routes.post("groepsstage", "plannen", use: plan)
        routes.post("groepsstage", "indeling", use: addSlot)
        routes.post("groepsstage", "indeling", ":slot", "stoppen", use: endSlot)
        routes.post("groepsstage", "aanwezigheid", use: attendance)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.view, .groupStage)
        let date = (try? req.query.get(String.self, at: "datum")).flatMap(LocalDate.init(iso:)) ?? req.today
        return try await GroupStagePage.render(req, data: load(req, user, date: date))
    }

    func load(_ req: Request, _ user: CurrentUser, date: LocalDate) async throws -> GroupStagePage.Data {
        let all = try await GroupStageLocationModel.query(on: req.db).filter(\.$school.$id == user.schoolID).sort(\.$name).all()
        let (_, slots) = try await GroupStageCapacity.load(school: user.schoolID, on: req.today, db: req.db)
        let students = try await GroupStageService(db: req.db).participants(school: user.schoolID)
        let slotStudents = Set(slots.map { $0.$student.id })
        let others = try await StudentModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$id ~~ Array(slotStudents.subtracting(students.compactMap(\.id)))).all()
        let attendance = try await GroupStageAttendanceModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$date == date.iso).all()
        return .init(locations: all, slots: slots, students: students + others, date: date,
                     attendance: Dictionary(attendance.map { ("\($0.$student.id)|\($0.dagdeel)", $0.presence) }, uniquingKeysWith: { a, _ in a }),
                     canEdit: user.scope(.update, .groupStage) != .none)
    }

    private func requireEdit(_ req: Request) throws -> CurrentUser {
        let user = try req.user()
        _ = try user.require(.update, .groupStage)
        return user
    }

    private func back(_ req: Request, _ message: String) -> Response {
        req.flash(message)
        return req.redirect(to: StageLinePath.groupStage.path, redirectType: .normal)
    }

    func createLocation(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        let form = try req.formValues()
        let name = String((form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(120))
        guard !name.isEmpty else {
            var data = try await load(req, user, date: req.today)
            data.newLocation = .init(form, errors: FieldErrors([FieldError(field: "name", label: "Naam", message: "Vul de naam van de locatie in.")]))
            return GroupStagePage.render(req, data: data, status: .badRequest)
        }
        let capacity = Int(form["capacity"] ?? "").map { min(max($0, 0), 50) } ?? GroupStagePlanning.defaultCapacity
        let open = (form["open"] ?? "").split(separator: ",").compactMap { Dagdeel(code: String($0)) }
        let location = GroupStageLocationModel()
        location.$school.id = user.schoolID
        location.name = name
        location.address = String((form["address"] ?? "").prefix(200))
        location.supervisorName = String((form["supervisor"] ?? "").prefix(120))
        location.capacity = GroupStageLocationModel.encode(Dictionary(uniqueKeysWithValues: (open.isEmpty ? Dagdeel.all : open).map { ($0, capacity) }))
        location.active = true
        try await GroupStageService(db: req.db).saveLocation(location, actor: user.actor, at: req.now)
        return back(req, "Locatie \(name) toegevoegd.")
    }

    func updateLocation(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        guard let id = req.parameters.get("location", as: UUID.self),
              let location = try await GroupStageLocationModel.query(on: req.db).filter(\.$id == id)
                  .filter(\.$school.$id == user.schoolID).first() else { throw Abort(.notFound) }
        let form = try req.formValues()
        var capacity: [Dagdeel: Int] = [:]
        for dagdeel in Dagdeel.all {
            let raw = (form["cap-\(dagdeel.code)"] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            guard let value = Int(raw), (0...50).contains(value) else {
                return back(req, "Capaciteit \(dagdeel.dutch): vul een getal van 0 tot 50 in.")
            }
            if value > 0 { capacity[dagdeel] = value }
        }
        location.capacity = GroupStageLocationModel.encode(capacity)
        location.active = ["ja", "on"].contains(form["active"] ?? "")
        try await GroupStageService(db: req.db).saveLocation(location, actor: user.actor, at: req.now)
        return back(req, "Capaciteit van \(location.name) opgeslagen. Wie al ingedeeld is, blijft ingedeeld.")
    }

    func plan(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        let per = Int(try req.formValues()["dagdelen"] ?? "").map { min(max($0, 1), 10) } ?? 2
        let shortfall = try await GroupStageService(db: req.db).planWeek(school: user.schoolID, dagdelenPerStudent: per,
                                                                          actor: user.actor, today: req.today, at: req.now)
        let missing = shortfall.values.reduce(0, +)
        return back(req, missing == 0 ? "De weekplanning is gemaakt."
                    : "De weekplanning is gemaakt; \(DutchFormat.count(missing, "dagdeel kon", "dagdelen konden")) niet worden ingedeeld: de groepsstage zit vol.")
    }

    func addSlot(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        let form = try req.formValues()
        guard let studentID = form["student"].flatMap(UUID.init(uuidString:)),
              let student = try await StudentModel.query(on: req.db).filter(\.$id == studentID).filter(\.$school.$id == user.schoolID).first(),
              let locationID = form["location"].flatMap(UUID.init(uuidString:)),
              let location = try await GroupStageLocationModel.query(on: req.db).filter(\.$id == locationID)
                  .filter(\.$school.$id == user.schoolID).first(),
              let dagdeel = form["dagdeel"].flatMap(Dagdeel.init(code:))
        else { return back(req, "Kies een leerling, een locatie en een dagdeel.") }
        let added = try await GroupStageService(db: req.db).addSlot(school: user.schoolID, location: location, student: student,
                                                                   dagdeel: dagdeel, actor: user.actor, today: req.today, at: req.now)
        return back(req, added ? "\(student.fullName) ingedeeld op \(dagdeel.dutch) bij \(location.name)."
                    : "Niet ingedeeld: \(dagdeel.dutch) bij \(location.name) zit vol, of \(student.fullName) is dan al ingedeeld.")
    }

    func endSlot(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        guard let id = req.parameters.get("slot", as: UUID.self),
              let slot = try await GroupStageSlotModel.query(on: req.db).filter(\.$id == id).filter(\.$school.$id == user.schoolID)
                  .filter(\.$endedOn == nil).first() else { throw Abort(.notFound) }
        try await GroupStageService(db: req.db).endSlot(slot, actor: user.actor, today: req.today, at: req.now)
        return back(req, "Dagdeel gestopt; de plaats is weer vrij.")
    }

    func attendance(req: Request) async throws -> Response {
        let user = try requireEdit(req)
        let form = try req.formValues()
        guard let id = form["slot"].flatMap(UUID.init(uuidString:)),
              let slot = try await GroupStageSlotModel.query(on: req.db).filter(\.$id == id).filter(\.$school.$id == user.schoolID).first(),
              let date = form["date"].flatMap(LocalDate.init(iso:)),
              let presence = form["presence"], ["aanwezig", "afgemeld", "afwezig"].contains(presence)
        else { return back(req, "Kies aanwezig, afgemeld of afwezig.") }
        try await GroupStageService(db: req.db).recordAttendance(school: user.schoolID, slot: slot, date: date, presence: presence,
                                                                 actor: user.actor, at: req.now)
        req.flash("Aanwezigheid vastgelegd.")
        return req.redirect(to: StageLinePath.groupStage.path + "?datum=\(date.iso)#aanwezigheid", redirectType: .normal)
    }
}
