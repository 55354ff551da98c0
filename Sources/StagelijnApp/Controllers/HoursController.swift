import Fluent
import StagelijnCore
import Vapor

/// The stage-agenda: the student records days, times and what they did; each day is checked against youth labour
/// law; the praktijkbegeleider confirms a week (or asks for a correction) through a personal link that reaches only
/// this one placement. A day the company sent back is rewritten here by the student or the supervisor.
struct HoursController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stages", ":id", "uren", use: show)
        routes.post("stages", ":id", "uren", use: add)
        routes.post("stages", ":id", "uren", "link", use: sendCompanyLink)
    }

    /// `?dag=YYYY-MM-DD` opens that day's entry in the form, to correct it.
    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .view, .hours)
        var values = ["date": req.today.iso]
        if let day = LocalDate(iso: req.queryText("dag", maxLength: 10)),
           let entry = try await HourEntryModel.query(on: req.db).filter(\.$placement.$id == placement.requireID())
               .filter(\.$date == day.iso).first() {
            values = ["date": entry.date, "start": entry.start, "end": entry.end, "breakMinutes": String(entry.breakMinutes),
                      "activities": entry.activities]
        }
        return try await page(req, user: user, placement: placement, values: .init(values), status: .ok)
    }

    func add(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .hours)
        let form = try req.formValues()
        let span = try await SupervisionService.stageDates(for: [placement], on: req.db)[placement.requireID()]
            ?? (placement.period.start, placement.period.end)
        switch Self.read(form, status: placement.status, span: span, today: req.today) {
        case let .failure(errors):
            return try await page(req, user: user, placement: placement, values: .init(form, errors: errors), status: .badRequest)
        case let .success(day):
            let violations = try await HoursService.record(day, placement: placement, actor: user.actor, at: req.now, on: req.db)
            req.flash(violations.isEmpty ? "De uren van \(day.date.dutch) zijn opgeslagen."
                      : "Opgeslagen, maar let op: \(violations.map(\.message).joined(separator: " ")) De stagebegeleider ziet dit ook.")
            return req.redirect(to: SitePath.hours(try placement.requireID()).path, redirectType: .normal)
        }
    }

    /// Reads one day from the form; the stage must be running and the day within its own dates (Core rule).
    static func read(_ form: [String: String], status: PlacementStatus, span: (start: LocalDate, end: LocalDate),
                     today: LocalDate) -> Result<HoursService.Day, FieldErrors> {
        var errors: [FieldError] = []
        let day = LocalDate(parsing: form["date"] ?? "")
        if let closed = StageAgendaRules.closed(status: status) {
            errors.append(FieldError(field: "date", label: "datum", message: closed.dutchMessage))
        } else if let day {
            if let problem = StageAgendaRules.problem(day: day, status: status, start: span.start, end: span.end, today: today) {
                errors.append(FieldError(field: "date", label: "datum", message: problem.dutchMessage))
            }
        } else {
            errors.append(FieldError(field: "date", label: "datum", message: "Vul de datum in, bijvoorbeeld 05-10-2026."))
        }
        let start = ClockTime(parsing: (form["start"] ?? "").trimmingCharacters(in: .whitespaces))
        let end = ClockTime(parsing: (form["end"] ?? "").trimmingCharacters(in: .whitespaces))
        if start == nil { errors.append(FieldError(field: "start", label: "begintijd", message: "Vul de begintijd in als UU:MM.")) }
        if end == nil { errors.append(FieldError(field: "end", label: "eindtijd", message: "Vul de eindtijd in als UU:MM.")) }
        let pause = Int((form["breakMinutes"] ?? "0").trimmingCharacters(in: .whitespaces).ifEmpty("0"))
        if let start, let end {
            if end <= start {
                errors.append(FieldError(field: "end", label: "eindtijd", message: "De eindtijd moet na de begintijd liggen."))
            } else if pause == nil || pause! < 0 || pause! >= end.minutes - start.minutes {
                errors.append(FieldError(field: "breakMinutes", label: "pauze", message: "De pauze moet korter zijn dan de werktijd."))
            }
        }
        let activities = (form["activities"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if activities.isEmpty { errors.append(FieldError(field: "activities", label: "wat heb je gedaan", message: "Schrijf kort wat je hebt gedaan.")) }
        guard errors.isEmpty, let day, let start, let end, let pause else { return .failure(FieldErrors(errors)) }
        return .success(.init(date: day, start: start, end: end, breakMinutes: pause, activities: activities))
    }

    /// A link for the praktijkbegeleider to confirm weeks, valid until two weeks after the stage ends.
    func sendCompanyLink(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .supervision)
        let form = try req.formValues()
        let name = (form["companyName"] ?? "").trimmingCharacters(in: .whitespaces)
        let email = (form["companyEmail"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 120, InputText.isSingleLine(name), FieldReader.isEmail(email, maxLength: 200) else {
            return try await page(req, user: user, placement: placement, values: .init(form, errors: FieldErrors([
                FieldError(field: "companyEmail", label: "praktijkbegeleider", message: "Vul naam en een geldig e-mailadres in."),
            ])), status: .badRequest)
        }
        let placementID = try placement.requireID()
        let expires = placement.period.end.adding(days: 14).startOfDay
        try await req.db.transaction { tx in
            // A new hours link replaces the earlier one (which may have gone to someone who left the company).
            try await AccessLinks.revokeOpen(placement: placementID, role: SignatoryRole.company.rawValue, purpose: .confirmHours,
                                             at: req.now, on: tx)
            let link = try await AccessLinks.create(placement: placementID, role: SignatoryRole.company.rawValue,
                                                    purpose: .confirmHours, name: name, email: email, createdBy: user.userID,
                                                    at: req.now, expires: expires, on: tx)
            try await Outbox.enqueue(
                school: placement.$school.id, to: email, subject: "Stage-uren van \(placement.student.fullName) bevestigen",
                body: "Beste \(name),\n\nWilt u wekelijks de stage-uren van \(placement.student.fullName) bevestigen? Eén tik per week, "
                    + "of vraag om een correctie met een opmerking:\n\(Outbox.linkPlaceholder)\n\n"
                    + "Deze link is alleen voor u en alleen voor deze leerling.\n",
                link: link, at: req.now, on: tx)
        }
        req.flash("De link voor \(name) staat in de verzendrij.")
        return req.redirect(to: SitePath.hours(placementID).path, redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values,
                      status: HTTPStatus) async throws -> Response {
        let entries = try await HoursService.entries(placement: placement.requireID(), on: req.db)
        return HoursPages.student(req, .init(placement: placement, weeks: HoursService.weeks(entries), values: values,
                                             canEnter: AccessPolicy.allows(user.role, .update, .hours),
                                             closed: StageAgendaRules.closed(status: placement.status),
                                             canSendLink: AccessPolicy.allows(user.role, .update, .supervision),
                                             company: placement.position.company,
                                             workplaceMentor: try await AgreementContacts.load(for: placement, on: req.db).workplaceMentor),
                                 status: status)
    }
}
