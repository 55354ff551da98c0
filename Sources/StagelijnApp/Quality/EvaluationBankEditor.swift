import Fluent
import Plot
import StagelijnCore
import Vapor

/// `/kwaliteit/vragenlijst`: the coordinator edits the board's evaluation question bank — the wording of every
/// question, extra questions per perspective added or removed (core questions stay, so perspectives can be compared).
/// Saved through `EvaluationBankLibrary.edit`: in place while unused, else a new version (`FormVersioning`).
struct EvaluationBankEditor: RouteCollection {
    static let path = "/kwaliteit/vragenlijst"

    func boot(routes: any RoutesBuilder) throws {
        routes.get("kwaliteit", "vragenlijst", use: show)
        routes.post("kwaliteit", "vragenlijst", use: save)
    }

    func show(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .assessmentForm)
        let bank = try await EvaluationBankLibrary(db: req.db).current(board: user.boardID, actor: user.actor, at: req.now)
        return Self.page(req, bank: bank, content: bank.content, typed: nil, problems: [])
    }

    func save(req: Request) async throws -> Response {
        let user = try req.user()
        _ = try user.require(.update, .assessmentForm)
        let library = EvaluationBankLibrary(db: req.db)
        let bank = try await library.current(board: user.boardID, actor: user.actor, at: req.now)
        let typed = try req.formValues()
        let proposed = Self.read(typed, current: bank.content)
        let problems = proposed.problems() + Self.lengthProblems(proposed)
        guard problems.isEmpty else {
            return Self.page(req, bank: bank, content: bank.content, typed: typed, problems: problems, status: .badRequest)
        }
        let saved = try await req.db.transaction { db in
            try await EvaluationBankLibrary(db: db).edit(bank, to: proposed, actor: user.actor, at: req.now)
        }
        req.flash(saved.version == bank.version ? "De vragenlijst is opgeslagen." : "De vragenlijst is opgeslagen als versie \(saved.version); verstuurde evaluaties houden hun versie.")
        return req.redirect(to: Self.path, redirectType: .normal)
    }

    static func lengthProblems(_ content: EvaluationBankContent) -> [String] {
        content.items.contains { $0.text.count > 300 } || content.title.count > 120
            ? ["Gebruik hoogstens 300 tekens per vraag en 120 voor de naam."] : []
    }

    /// The bank as typed: texts by key, extra questions marked for removal left out, one new extra question added.
    static func read(_ values: [String: String], current: EvaluationBankContent) -> EvaluationBankContent {
        var items = current.items.compactMap { item -> EvaluationItem? in
            if !item.isCore && values["remove-\(item.key)"] != nil { return nil }
            var copy = item
            copy.text = (values["text-\(item.key)"] ?? item.text).trimmingCharacters(in: .whitespacesAndNewlines)
            return copy
        }
        let newText = (values["new-text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !newText.isEmpty, let perspective = EvaluationPerspective(rawValue: values["new-perspective"] ?? ""),
           let theme = EvaluationTheme(rawValue: values["new-theme"] ?? "") {
            let slug = newText.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "-" }
            let key = "\(perspective.rawValue)-" + String(slug).split(separator: "-").joined(separator: "-").prefix(40)
            items.append(EvaluationItem(key: key, theme: theme, kind: .agreement, text: newText, perspective: perspective))
        }
        return EvaluationBankContent(title: (values["title"] ?? current.title).trimmingCharacters(in: .whitespacesAndNewlines), items: items)
    }

    static func page(_ req: Request, bank: EvaluationBankModel, content: EvaluationBankContent, typed: [String: String]?,
                     problems: [String], status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Vragenlijst evaluatie", section: .quality)
        func value(_ field: String, _ fallback: String) -> String { typed?[field] ?? fallback }
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", QualityPath.dashboard.path), .text("← Kwaliteit"))),
            .h1(.text("Vragenlijst evaluatie van het bestuur")),
            .p(.text("Versie \(bank.version). Kernvragen zijn voor alle vier perspectieven gelijk, zodat de antwoorden te vergelijken zijn; "
                     + "extra vragen zijn per perspectief. Is deze versie al verstuurd, dan wordt een wijziging een nieuwe versie.")),
            .if(!problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .h2(.text("Controleer de vragenlijst")),
                                        .ul(.forEach(problems) { .li(.text($0)) }))),
            .form(.method(.post), .attr("action", path),
                Forms.csrf(req.csrfToken),
                .div(.class("field"), .label(.attr("for", "title"), .text("Naam van de vragenlijst")),
                     .input(.type(.text), .attr("name", "title"), .attr("id", "title"), .attr("value", value("title", content.title)))),
                .forEach(content.items) { item in
                    .div(.class("field"),
                         .label(.attr("for", "text-\(item.key)"),
                                .text((item.perspective.map { "Extra voor \($0.dutchName)" } ?? "Kernvraag") + " · \(item.theme.dutchName)")),
                         .textarea(.attr("name", "text-\(item.key)"), .attr("id", "text-\(item.key)"), .rows(2),
                                   .text(value("text-\(item.key)", item.text))),
                         .if(!item.isCore, .div(.class("checkbox"),
                             .input(.type(.checkbox), .attr("name", "remove-\(item.key)"), .attr("id", "remove-\(item.key)"), .value("ja")),
                             .label(.attr("for", "remove-\(item.key)"), .text("Deze extra vraag weghalen")))))
                },
                .h2(.text("Extra vraag toevoegen (schaal 1 tot en met 5)")),
                .div(.class("field"), .label(.attr("for", "new-perspective"), .text("Voor wie")),
                     .select(.attr("name", "new-perspective"), .attr("id", "new-perspective"), .forEach(EvaluationPerspective.allCases) { p in
                         .element(named: "option", nodes: [.attr("value", p.rawValue), .text(p.dutchName)])
                     })),
                .div(.class("field"), .label(.attr("for", "new-theme"), .text("Thema")),
                     .select(.attr("name", "new-theme"), .attr("id", "new-theme"), .forEach(EvaluationTheme.allCases.filter { $0 != .overall }) { t in
                         .element(named: "option", nodes: [.attr("value", t.rawValue), .text(t.dutchName)])
                     })),
                .div(.class("field"), .label(.attr("for", "new-text"), .text("De vraag (mag leeg)")),
                     .textarea(.attr("name", "new-text"), .attr("id", "new-text"), .rows(2), .text(value("new-text", "")))),
                .button(.type(.submit), .text("Vragenlijst opslaan")))))
    }
}
