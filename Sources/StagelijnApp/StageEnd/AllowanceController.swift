import Fluent
import StagelijnCore
import Vapor

/// The allowance of a placement (`/stages/:id/vergoeding`) and, for the coordinator, the school's norm and the share
/// of placements with an allowance per sector (`/vergoedingen`).
struct AllowanceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("stages", ":id", "vergoeding", use: edit)
        routes.post("stages", ":id", "vergoeding", use: save)
        routes.get("vergoedingen", use: overview)
        routes.post("vergoedingen", "norm", use: saveNorm)
    }

    func edit(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .allowance)
        var values: [String: String] = ["unit": Allowance.Unit.perMonth.rawValue, "source": Allowance.Source.none.rawValue]
        if let existing = try await AllowanceModel.query(on: req.db).filter(\.$placement.$id == placement.requireID()).first() {
            values = ["amount": existing.amountCents == 0 ? "" : Self.plain(existing.amountCents), "unit": existing.unit.rawValue,
                      "source": existing.source.rawValue, "costs": existing.costCentsPerMonth == 0 ? "" : Self.plain(existing.costCentsPerMonth),
                      "note": existing.note ?? ""]
        }
        return AllowancePages.form(req, placement: placement, values: .init(values), status: .ok)
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        let placement = try await req.placement(user: user, .update, .allowance)
        let form = try req.formValues()
        var reader = FieldReader(form, fields: [FieldSpec("amount", "vergoeding"), FieldSpec("unit", "per"), FieldSpec("source", "bron"),
                                                FieldSpec("costs", "onkostenvergoeding"), FieldSpec("note", "toelichting")])
        func cents(_ field: String) -> Int {
            let text = (form[field] ?? "").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return 0 }
            guard let value = parseEuroCents(text) else { reader.fail(field, "‘\(text.prefix(20))’ is geen bedrag; schrijf bijvoorbeeld 400 of 4,50."); return 0 }
            return value
        }
        let amount = cents("amount"), costs = cents("costs")
        let unit = Allowance.Unit(rawValue: form["unit"] ?? "")
        if unit == nil { reader.fail("unit", "Kies per maand of per uur.") }
        let source = Allowance.Source(rawValue: form["source"] ?? "")
        if source == nil { reader.fail("source", "Kies de bron.") }
        if source == Allowance.Source.none && amount > 0 { reader.fail("source", "Er is een vergoeding: kies cao of regeling van het bedrijf.") }
        if let source, source != .none, amount == 0 { reader.fail("amount", "Vul de vergoeding in, of kies ‘geen regeling’.") }
        let note = reader.optionalText("note", maxLength: 200)
        guard reader.result == nil, let unit, let source else {
            return AllowancePages.form(req, placement: placement, values: .init(form, errors: reader.result), status: .badRequest)
        }
        try await AllowanceService.save(Allowance(amountCents: amount, unit: unit, source: source, costReimbursementCentsPerMonth: costs),
                                        note: note, placement: placement, actor: user.actor, at: req.now, on: req.db)
        req.flash("De stagevergoeding is opgeslagen.")
        return req.redirect(to: SitePath.placement(try placement.requireID()).path + "#vergoeding", redirectType: .normal)
    }

    func overview(req: Request) async throws -> Response {
        let user = try Self.coordinator(req)
        let norm = try await AllowanceService.norm(school: user.schoolID, on: req.db)
        let values = ["minimum": norm.map { $0.minimumCentsPerMonth == 0 ? "" : Self.plain($0.minimumCentsPerMonth) } ?? "",
                      "costs": norm?.requiresCostReimbursement == true ? "ja" : ""]
        return AllowancePages.overview(req, rows: try await AllowanceService.sharePerSector(school: user.schoolID, on: req.db),
                                       values: .init(values), status: .ok)
    }

    func saveNorm(req: Request) async throws -> Response {
        let user = try Self.coordinator(req)
        let form = try req.formValues()
        let text = (form["minimum"] ?? "").trimmingCharacters(in: .whitespaces)
        let minimum = text.isEmpty ? 0 : parseEuroCents(text)
        guard let minimum else {
            let errors = FieldErrors([FieldError(field: "minimum", label: "minimum per maand", message: "‘\(text.prefix(20))’ is geen bedrag; schrijf bijvoorbeeld 200.")])
            return AllowancePages.overview(req, rows: try await AllowanceService.sharePerSector(school: user.schoolID, on: req.db),
                                           values: .init(form, errors: errors), status: .badRequest)
        }
        try await AllowanceService.saveNorm(AllowanceNorm(minimumCentsPerMonth: minimum, requiresCostReimbursement: form["costs"] == "ja"),
                                            school: user.schoolID, actor: user.actor, at: req.now, on: req.db)
        req.flash("De norm voor de stagevergoeding is opgeslagen.")
        return req.redirect(to: StageEndPath.allowances.path, redirectType: .normal)
    }

    /// The overview, its CSV and the norm are the coordinator's.
    static func coordinator(_ req: Request) throws -> CurrentUser {
        let user = try req.user()
        guard user.role == .coordinator else { throw Abort(.forbidden, reason: "Alleen de stagecoördinator beheert de vergoedingsnorm.") }
        return user
    }

    /// "400" or "4,50" as typed back into a form.
    static func plain(_ cents: Int) -> String {
        cents % 100 == 0 ? "\(cents / 100)" : "\(cents / 100),\(String(format: "%02d", cents % 100))"
    }
}
