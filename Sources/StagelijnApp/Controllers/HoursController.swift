import Fluent
import StagelijnCore
import Vapor

/// The stage-agenda: the student records days, times and what they did; each day is checked against youth labour
/// law; the praktijkbegeleider confirms a week (or corrects it with a comment) through a personal link that reaches
/// only this one placement.
struct HoursController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stages", ":id", "uren", use: show)
        routes.post("stages", ":id", "uren", use: add)
        routes.post("stages", ":id", "uren", "link", use: sendCompanyLink)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .view, .hours)
        return try await page(req, user: user, placement: placement, values: .init(["date": req.today.iso]), status: .ok)
    }

    func add(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .hours)
        let form = try req.formValues()
        var errors: [FieldError] = []
        let day = LocalDate(parsing: form["date"] ?? "")
        if day == nil || day.map({ $0 > req.today || $0 < placement.period.start || $0 > placement.period.end }) == true {
            errors.append(FieldError(field: "date", label: "datum", message: "Kies een dag in de stageperiode, niet in de toekomst."))
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
        guard errors.isEmpty, let day, let start, let end, let pause else {
            return try await page(req, user: user, placement: placement, values: .init(form, errors: FieldErrors(errors)), status: .badRequest)
        }
        let placementID = try placement.requireID()
        let violations = try await req.db.transaction { tx -> [ScheduleViolation] in
            let entry = try await HourEntryModel.query(on: tx).filter(\.$placement.$id == placementID).filter(\.$date == day.iso).first()
                ?? HourEntryModel()
            let before = entry.id == nil ? nil : ["tijden": "\(entry.start)–\(entry.end)", "pauze": String(entry.breakMinutes)]
            entry.$placement.id = placementID
            entry.date = day.iso
            entry.start = start.description
            entry.end = end.description
            entry.breakMinutes = pause
            entry.activities = String(activities.prefix(2000))
            entry.violations = ""
            // A changed day needs the company's confirmation again.
            entry.confirmedAt = nil
            entry.confirmedBy = nil
            try await entry.save(on: tx)
            try await AuditLog.record(on: tx, actor: user.actor, entity: "hours", id: try entry.requireID(),
                                      action: before == nil ? .create : .update, before: before,
                                      after: ["datum": day.dutch, "tijden": "\(start)–\(end)", "pauze": String(pause)], at: req.now)
            return try await HoursService.recheck(placement: placement, on: tx)
                .filter { $0.date == day || ($0.date == day.isoWeekMonday && HoursService.isWeekRule($0.rule)) }
        }
        req.flash(violations.isEmpty ? "Je uren van \(day.dutch) zijn opgeslagen."
                  : "Opgeslagen, maar let op: \(violations.map(\.message).joined(separator: " ")) Je begeleider ziet dit ook.")
        return req.redirect(to: "/stages/\(placementID)/uren", redirectType: .normal)
    }

    /// A link for the praktijkbegeleider to confirm weeks, valid until two weeks after the stage ends.
    func sendCompanyLink(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .supervision)
        let form = try req.formValues()
        let name = (form["companyName"] ?? "").trimmingCharacters(in: .whitespaces)
        let email = (form["companyEmail"] ?? "").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 120, InputText.isSingleLine(name), AgreementsController.looksLikeEmail(email) else {
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
                    + "of corrigeer met een opmerking:\n\(Outbox.linkPlaceholder)\n\nDeze link is alleen voor u en alleen voor deze leerling.\n",
                link: link, at: req.now, on: tx)
        }
        req.flash("De link voor \(name) staat in de verzendrij.")
        return req.redirect(to: "/stages/\(placementID)/uren", redirectType: .normal)
    }

    private func page(_ req: Request, user: CurrentUser, placement: PlacementModel, values: Forms.Values,
                      status: HTTPStatus) async throws -> Response {
        let entries = try await HoursService.entries(placement: placement.requireID(), on: req.db)
        return HoursPages.student(req, .init(placement: placement, weeks: HoursService.weeks(entries), values: values,
                                             canEnter: AccessPolicy.allows(user.role, .update, .hours),
                                             canSendLink: AccessPolicy.allows(user.role, .update, .supervision),
                                             company: placement.position.company), status: status)
    }
}

/// The praktijkbegeleider's page behind the personal hours link: only this student's weeks.
struct CompanyHoursController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("uren", ":token", use: show)
        routes.post("uren", ":token", "week", use: confirm)
    }

    func show(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)):
            let entries = try await HoursService.entries(placement: placement.requireID(), on: req.db)
            // The praktijkbegeleider also sees this student's agreement and goals — and nothing else of the school.
            let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
            return HoursPages.company(req, link: link, placement: placement, weeks: HoursService.weeks(entries), error: nil,
                                      status: .ok, agreementText: agreement.agreement == nil ? nil : agreement.text)
        }
    }

    func confirm(req: Request) async throws -> Response {
        switch try await load(req) {
        case let .failure(problem): return SigningPage.problem(req, problem)
        case let .success((link, placement)):
            let form = try req.formValues()
            let placementID = try placement.requireID()
            guard let monday = LocalDate(parsing: form["monday"] ?? ""), monday.isoWeekday == 1 else {
                throw Abort(.badRequest, reason: "Kies een week.")
            }
            let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let correcting = form["action"] == "corrigeren"
            // Only this link's placement: the week is looked up among its own entries, never by an id from the form.
            let week = try await HoursService.entries(placement: placementID, on: req.db)
                .filter { LocalDate(iso: $0.date)?.isoWeekMonday == monday }
            guard !week.isEmpty else { throw Abort(.notFound, reason: "In deze week zijn geen uren geschreven.") }
            if comment.count > 1000 || !InputText.isMultiLine(comment) {
                let entries = try await HoursService.entries(placement: placementID, on: req.db)
                return HoursPages.company(req, link: link, placement: placement, weeks: HoursService.weeks(entries),
                                          error: "Een opmerking is hoogstens 1000 tekens, zonder stuurtekens.", status: .badRequest)
            }
            if correcting && comment.count < 5 {
                let entries = try await HoursService.entries(placement: placementID, on: req.db)
                return HoursPages.company(req, link: link, placement: placement, weeks: HoursService.weeks(entries),
                                          error: "Schrijf bij een correctie wat er niet klopt.", status: .badRequest)
            }
            let actor = Actor(userID: nil, name: "\(link.recipientName) (praktijkbegeleider, via link)", schoolID: placement.$school.id)
            try await req.db.transaction { tx in
                for entry in week {
                    entry.confirmedAt = correcting ? nil : req.now
                    entry.confirmedBy = correcting ? nil : link.recipientName
                    entry.companyComment = correcting ? comment : (comment.isEmpty ? nil : comment)
                    try await entry.save(on: tx)
                }
                try await AuditLog.record(on: tx, actor: actor, entity: "hours", id: placementID, action: .update,
                                          before: nil as [String: String]?,
                                          after: ["week van": monday.dutch, "actie": correcting ? "gecorrigeerd" : "bevestigd", "opmerking": comment],
                                          at: req.now)
            }
            req.flash(correcting ? "Uw correctie is doorgegeven aan de school." : "De week van \(monday.dutch) is bevestigd. Dank u wel.")
            return req.redirect(to: "/uren/\(req.parameters.get("token") ?? "")", redirectType: .normal)
        }
    }

    private func load(_ req: Request) async throws -> Result<(AccessLinkModel, PlacementModel), AccessLinks.Problem> {
        switch try await AccessLinks.resolve(req.parameters.get("token") ?? "", purpose: .confirmHours, now: req.now, on: req.db) {
        case let .failure(problem): return .failure(problem)
        case let .success(link):
            guard let placement = try await PlacementModel.query(on: req.db).filter(\.$id == link.$placement.id)
                .with(\.$school).with(\.$student).with(\.$position) { $0.with(\.$company) }.with(\.$period).first()
            else { return .failure(.unknown) }
            return .success((link, placement))
        }
    }
}
