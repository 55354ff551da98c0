import Fluent
import StagelijnCore
import Vapor

/// `/uitstroom`: leavers with their destination and the aftercare plan; a supervisor records a contact as a short
/// minute (on a phone, at the door of the ex-student or the employer). Another school's leaver answers 404.
struct OutflowController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uitstroom", use: list)
        routes.get("uitstroom", "nieuw", use: new)
        routes.post("uitstroom", use: create)
        routes.get("uitstroom", ":leaver", use: show)
        routes.post("uitstroom", ":leaver", "nazorg", use: startAftercare)
        routes.post("uitstroom", ":leaver", "contact", ":contact", use: recordContact)
    }

    func list(req: Request) async throws -> Response {
        let (user, leavers, contacts) = try await Self.leavers(req)
        // The sector norms for the cohorts still followed (left in the last three school years).
        let current = SchoolYear(containing: req.today).startYear
        var figures: [(String, OutflowNorms.Figures)] = []
        for start in (current - 3)..<current {
            guard let year = SchoolYear(parsing: "\(start)-\(start + 1)") else { continue }
            let cohort = try await OutflowFigures.load(school: user.schoolID, schoolYear: year, today: req.today, on: req.db)
            if cohort.leavers > 0 { figures.append((year.name, cohort)) }
        }
        return OutflowPages.list(req, leavers: leavers, contacts: contacts,
                                 figures: figures, canCreate: AccessPolicy.allows(user.role, .create, .aftercare))
    }

    /// The school's leavers with their aftercare contacts: the page and its CSV download share this check and read.
    static func leavers(_ req: Request) async throws -> (CurrentUser, [OutflowModel], [UUID: [AftercareContactModel]]) {
        let user = try req.user()
        _ = try user.require(.list, .aftercare)
        let leavers = try await AftercareQueries.leavers(school: user.schoolID, on: req.db)
        let contacts = try await AftercareContactModel.query(on: req.db).filter(\.$school.$id == user.schoolID).all()
        return (user, leavers, Dictionary(grouping: contacts, by: { $0.$outflow.id }))
    }

    func new(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.create, .aftercare)
        var values = ["studentID": req.queryText("leerling", maxLength: 36), "leftOn": req.today.iso]
        if user.role == .supervisor { values["supervisorID"] = user.userID.uuidString }
        return try await form(req, user, values: .init(values), status: .ok)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.create, .aftercare)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("studentID", "leerling", required: true), FieldSpec("leftOn", "datum van vertrek", required: true),
                                                FieldSpec("profile", "uitstroomprofiel"), FieldSpec("destination", "bestemming"),
                                                FieldSpec("note", "toelichting"), FieldSpec("supervisorID", "nazorg door")])
        let student = try await UUID(uuidString: form["studentID"] ?? "").asyncFlatMap {
            try await StudentModel.query(on: req.db).filter(\.$id == $0).filter(\.$school.$id == user.schoolID).first()
        }
        if student == nil { reader.fail("studentID", "Kies een leerling van uw school.") }
        if let id = student?.id, try await OutflowModel.query(on: req.db).filter(\.$student.$id == id).count() > 0 {
            reader.fail("studentID", "Voor deze leerling is de uitstroom al vastgelegd.")
        }
        let leftOn = reader.date("leftOn")
        if let leftOn, leftOn > req.today.adding(days: 62) { reader.fail("leftOn", "Leg de uitstroom vast rond het vertrek, niet verder dan twee maanden vooruit.") }
        let profile = OutflowProfile(rawValue: form["profile"] ?? "")
        if profile == nil { reader.fail("profile", "Kies het uitstroomprofiel.") }
        let destination = OutflowDestination(rawValue: form["destination"] ?? "")
        if destination == nil { reader.fail("destination", "Kies de bestemming.") }
        let note = reader.optionalText("note", maxLength: 200)
        let supervisors = try await SupervisionService.supervisorNames(school: user.schoolID, on: req.db)
        let supervisor = UUID(uuidString: form["supervisorID"] ?? "")
        if (form["supervisorID"] ?? "") != "", supervisor.map({ supervisors[$0] == nil }) ?? true {
            reader.fail("supervisorID", "Kies een stagebegeleider van uw school.")
        }
        guard reader.result == nil, let student, let leftOn, let profile, let destination else {
            return try await self.form(req, user, values: .init(form, errors: reader.result), status: .badRequest)
        }
        let outflow = try await OutflowService.record(
            .init(student: student, leftOn: leftOn, profile: profile, destination: destination, note: note,
                  aftercareRequested: form["requested"] == "ja", schoolChooses: form["schoolChooses"] == "ja", supervisor: supervisor),
            calendar: try await req.meldpunt.settings(school: user.schoolID).calendar, actor: user.actor, at: req.now, on: req.db)
        req.flash(outflow.aftercare ? "De uitstroom is vastgelegd en de nazorg (2 jaar, 3 contacten per jaar) is gepland."
                                    : "De uitstroom is vastgelegd. Nazorg is niet gepland (\(student.schoolType == .vso ? "vso: alleen op verzoek van ouders of leerling" : "niet gekozen")).")
        return req.redirect(to: StageEndPath.leaver(try outflow.requireID()).path, redirectType: .normal)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let outflow = try await find(req, user, .view)
        return try await page(req, user, outflow, values: .init(), failed: nil, status: .ok)
    }

    func startAftercare(req: Request) async throws -> Response {
        let user = try req.user()
        let outflow = try await find(req, user, .update)
        try await OutflowService.startOnRequest(outflow, calendar: try await req.meldpunt.settings(school: user.schoolID).calendar,
                                                actor: user.actor, at: req.now, on: req.db)
        req.flash("De nazorg is gepland op verzoek van ouders of leerling.")
        return req.redirect(to: StageEndPath.leaver(try outflow.requireID()).path, redirectType: .normal)
    }

    func recordContact(req: Request) async throws -> Response {
        let user = try req.user()
        let outflow = try await find(req, user, .update)
        guard let contactID = req.parameters.get("contact", as: UUID.self),
              let contact = try await AftercareContactModel.query(on: req.db).filter(\.$id == contactID)
                .filter(\.$outflow.$id == outflow.requireID()).first() else { throw Abort(.notFound) }
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("day", "datum", required: true), FieldSpec("party", "met wie"),
                                                FieldSpec("minute", "kort verslag", required: true), FieldSpec("destination", "bestemming nu")])
        let day = reader.date("day")
        if let day, day > req.today { reader.fail("day", "Een contact kan niet in de toekomst liggen.") }
        if let day, day < outflow.left { reader.fail("day", "Nazorg begint na het vertrek (\(outflow.left.dutch)).") }
        let party = AftercareParty(rawValue: form["party"] ?? "")
        if party == nil { reader.fail("party", "Kies met wie u contact had.") }
        let minute = reader.multiLineText("minute", maxLength: 1000)
        let rawDestination = form["destination"] ?? ""
        let destination = OutflowDestination(rawValue: rawDestination)
        if !rawDestination.isEmpty && destination == nil { reader.fail("destination", "Kies een bestemming uit de lijst.") }
        guard reader.result == nil, let day, let party else {
            return try await page(req, user, outflow, values: .init(form, errors: reader.result), failed: contactID, status: .badRequest)
        }
        try await OutflowService.recordContact(.init(day: day, party: party, minute: minute, destination: destination),
                                               contact: contact, actor: user.actor, at: req.now, on: req.db)
        req.flash("Het nazorgcontact is vastgelegd.")
        return req.redirect(to: StageEndPath.leaver(try outflow.requireID()).path, redirectType: .normal)
    }

    private func find(_ req: Request, _ user: CurrentUser, _ action: Action) async throws -> OutflowModel {
        _ = try user.require(action, .aftercare)
        guard let id = req.parameters.get("leaver", as: UUID.self),
              let outflow = try await AftercareQueries.leaver(id, school: user.schoolID, on: req.db)
        else { throw Abort(.notFound, reason: "Deze oud-leerling bestaat niet of hoort niet bij uw school.") }
        return outflow
    }

    private func page(_ req: Request, _ user: CurrentUser, _ outflow: OutflowModel, values: Forms.Values, failed: UUID?,
                      status: HTTPStatus) async throws -> Response {
        let id = try outflow.requireID()
        let observations = try await AftercareQueries.observations(outflow: id, on: req.db)
        let leaver = OutflowNorms.Leaver.at(observations: observations.map { (on: LocalDate(iso: $0.observedOn) ?? outflow.left, destination: $0.destination) },
                                            leftOn: outflow.left, today: req.today)
        return OutflowPages.detail(req, .init(outflow: outflow, contacts: try await AftercareQueries.contacts(outflow: id, on: req.db),
                                              observations: observations, atPeildata: leaver,
                                              canUpdate: AccessPolicy.allows(user.role, .update, .aftercare),
                                              values: values, failedContact: failed), status: status)
    }

    private func form(_ req: Request, _ user: CurrentUser, values: Forms.Values, status: HTTPStatus) async throws -> Response {
        let done = try await OutflowModel.query(on: req.db).filter(\.$school.$id == user.schoolID).all(\.$student.$id)
        let query = StudentModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
        if !done.isEmpty { query.filter(\.$id !~ done) }
        let students = try await query.sort(\.$schoolYearLevel, .descending).sort(\.$lastName).range(0..<3000).all()
        let supervisors = try await SupervisionService.supervisorNames(school: user.schoolID, on: req.db)
        return OutflowPages.form(req, students: students, supervisors: supervisors, values: values, status: status)
    }
}
