import Plot
import StagelijnCore
import Vapor

/// The board's forms: a list, one form with its items by area and its versions, and the edit page where each line
/// is "gebied: omschrijving" so a coordinator edits a whole form in one text box.
enum FormPages {
    static func list(_ req: Request, _ forms: [FormLibrary.Version], canEdit: Bool) -> Response {
        let chrome = PageChrome(req, title: "Beoordelingsformulieren", section: .assessments)
        return Layout.page(chrome, .group(
            .h1(.text("Beoordelingsformulieren")),
            .p(.class("hint"), .text("De formulieren van uw bestuur, gedeeld door al zijn scholen. Een formulier dat al gebruikt is, verandert nooit: een wijziging wordt een nieuwe versie.")),
            .if(forms.isEmpty, .p(.class("muted"), .text("Nog geen formulieren. Ze worden gemaakt zodra de eerste beoordeling gepland wordt."))),
            .table(.tr(.th("Formulier"), .th("Voor"), .th("Versie"), .th("Onderdelen"), .th("In gebruik")),
                   .forEach(forms) { form in
                       .tr(.td(.a(.attr("href", AssessmentPath.form(form.id).path), .text(form.content.title))),
                           .td(.text(audienceName(form.model.audience))), .td(.text("\(form.model.version)")),
                           .td(.text("\(form.content.items.count)")), .td(.text(form.inUse ? "ja" : "nee")))
                   })))
    }

    static func show(_ req: Request, _ form: FormLibrary.Version, versions: [AssessmentFormModel], canEdit: Bool) -> Response {
        let chrome = PageChrome(req, title: form.content.title, section: .assessments)
        return Layout.page(chrome, .group(
            .p(.a(.attr("href", AssessmentPath.forms.path), .text("← Alle formulieren"))),
            .h1(.text("\(form.content.title) (versie \(form.model.version))")),
            .p(.text("Voor \(audienceName(form.model.audience)). \(form.inUse ? "In gebruik: wijzigen maakt een nieuwe versie." : "Nog niet gebruikt.")")),
            .p(.text("Schaal: " + Score.allCases.map(\.dutch).joined(separator: " / ") + ". De doelen van elke stage komen er vanzelf bij.")),
            .forEach(form.content.items(withGoals: [])) { group in
                .group(.h2(.text(group.area.dutchName)), .ul(.forEach(group.items) { .li(.text($0.text)) }))
            },
            .if(canEdit, .p(.a(.class("button"), .attr("href", AssessmentPath.formEdit(form.id).path), .text("Wijzigen")))),
            .if(versions.count > 1, .group(.h2(.text("Versies")), .ul(.forEach(versions) { v in
                .li(.a(.attr("href", AssessmentPath.form(v.id ?? UUID()).path), .text("Versie \(v.version), gemaakt door \(v.createdByName)")))
            })))))
    }

    static func edit(_ req: Request, _ form: FormLibrary.Version, typed: [String: String], problems: [String],
                     status: HTTPStatus = .ok) -> Response {
        let chrome = PageChrome(req, title: "Formulier wijzigen", section: .assessments)
        let values = Forms.Values(typed)
        let areas = CompetencyArea.allCases.filter { $0 != .goals }.map(\.dutchName).joined(separator: ", ")
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AssessmentPath.form(form.id).path), .text("← Terug naar het formulier"))),
            .h1(.text("\(form.content.title) wijzigen")),
            .if(form.inUse, .p(.class("notice"), .text("Dit formulier is al gebruikt. Als u opslaat, wordt het versie \(form.model.version + 1); beoordelingen die al bestaan houden versie \(form.model.version)."))),
            .if(!problems.isEmpty, .div(.class("error-summary"), .attr("role", "alert"), .ul(.forEach(problems) { .li(.text($0)) }))),
            .form(.method(.post), .attr("action", AssessmentPath.formEdit(form.id).path), Forms.csrf(chrome.csrfToken),
                  Forms.text("Naam", "title", values, required: true),
                  Forms.select("Voor", "audience", values, options: SchoolType.allCases.map { ($0.rawValue, $0.dutchName) },
                               includeEmpty: "alle schoolsoorten"),
                  Forms.textArea("Onderdelen: één per regel, als \"gebied: omschrijving\"", "items", values,
                                 hint: "Gebieden: \(areas)."),
                  .button(.type(.submit), .class("primary"), .text("Opslaan")))))
    }

    static func fields(of form: FormLibrary.Version) -> [String: String] {
        ["title": form.content.title, "audience": form.model.audience,
         "items": form.content.items.map { "\($0.area.dutchName): \($0.text)" }.joined(separator: "\n")]
    }

    /// Parses the text box; a line that names no known area is a problem with its line number.
    static func parseItems(_ text: String) -> (items: [FormItem], problems: [String]) {
        var items: [FormItem] = []
        var problems: [String] = []
        for (index, raw) in text.split(whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty else { continue }
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let named = parts.first.map { name in CompetencyArea.allCases.first { $0.rawValue == name.lowercased() || $0.dutchName.lowercased() == name.lowercased() } } ?? nil
            guard parts.count == 2, let area = named, area != .goals, !parts[1].isEmpty else {
                problems.append("Regel \(index + 1): schrijf \"gebied: omschrijving\" met een van de gebieden hieronder.")
                continue
            }
            guard parts[1].count <= 200 else { problems.append("Regel \(index + 1): hoogstens 200 tekens."); continue }
            items.append(FormItem(key: FormVersioning.key(area: area, text: parts[1]), area: area, text: parts[1]))
        }
        return (items, problems)
    }

    static func audienceName(_ audience: String) -> String {
        SchoolType(rawValue: audience)?.dutchName ?? "alle schoolsoorten"
    }
}
