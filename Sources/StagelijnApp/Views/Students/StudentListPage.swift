import Plot
import StagelijnCore
import Vapor

/// The student list: search on name, number, class or town; filter on class and year; 100 per page.
enum StudentListPage {
    struct Context {
        let page: Page<StudentModel>
        let filter: StudentFilter
        let classNames: [String]
        let period: StagePeriodModel?
        let periods: [StagePeriodModel]
        /// The stage of each listed student in `period`.
        let stages: [UUID: PlacementModel]
        let canCreate: Bool
    }

    /// The list without the page frame (`Layout.page(req, content)`); holds nothing of the session, so it may be cached
    /// per membership.
    static func content(_ req: Request, _ context: Context) -> RenderedContent {
        let filter = context.filter
        let query: [(String, String)] = [("q", filter.search), ("klas", filter.className),
                                         ("leerjaar", filter.schoolYearLevel.map(String.init) ?? ""),
                                         ("stage", filter.stage?.rawValue ?? ""), ("periode", context.period?.id?.uuidString ?? "")]
        return RenderedContent(title: "Leerlingen", section: .students, .group(
            .h1(.text("Leerlingen")),
            ExportLink.node(req, "leerlingen.csv"),
            .if(context.canCreate, .div(.class("actions"),
                .a(.class("button"), .attr("href", SitePath.studentNew.path), .text("Leerling toevoegen")),
                .a(.class("button secondary"), .attr("href", SitePath.imports.path), .text("Importeren uit CSV")))),
            .form(.method(.get), .attr("action", SitePath.students.path), .class("filters"),
                .div(.class("field"), .label(.for("q"), .text("Zoeken")),
                     .input(.type(.search), .name("q"), .id("q"), .attr("value", filter.search),
                            .placeholder("naam, leerlingnummer, klas of woonplaats"))),
                .if(!context.classNames.isEmpty, Forms.select("Klas", "klas", .init(["klas": filter.className]),
                    options: context.classNames.map { ($0, $0) }, includeEmpty: "alle klassen")),
                Forms.select("Leerjaar", "leerjaar", .init(["leerjaar": filter.schoolYearLevel.map(String.init) ?? ""]),
                             options: Options.levels, includeEmpty: "alle leerjaren"),
                .if(context.period != nil, Forms.select("Stage in \(context.period?.name ?? "")", "stage",
                    .init(["stage": filter.stage?.rawValue ?? ""]),
                    options: [("zonder", "zonder stage"), ("met", "met stage")], includeEmpty: "iedereen")),
                .if(context.periods.count > 1, Forms.select("Periode", "periode", .init(["periode": context.period?.id?.uuidString ?? ""]),
                    options: context.periods.compactMap { p in p.id.map { ($0.uuidString, p.name) } })),
                .button(.type(.submit), .text("Zoeken"))),
            .p(.class("muted"), .text("\(context.page.total) \(context.page.total == 1 ? "leerling" : "leerlingen")"),
               .if(context.page.pageCount > 1, .group(.text(" · "),
                   .a(.attr("href", SitePath.students.with(query + [("toon", "alle")])), .text("alles op één pagina"))))),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Naam"), .th("Klas"), .th("Stage"), .th(.class("optional"), .text("Leerlingnummer")),
                           .th(.class("optional"), .text("Mentor")), .th(.class("optional"), .text("Sectoren")))),
                .tbody(.forEach(context.page.items) { student in
                    .tr(.td(.a(.attr("href", SitePath.student(student.id ?? UUID()).path), .text(student.fullName)),
                            .if(student.needsSupport, .span(.class("badge"), .text("extra ondersteuning")))),
                        .td(.text("\(student.className)")),
                        .td(stageCell(context.stages[student.id ?? UUID()])),
                        .td(.class("optional"), .text(student.studentNumber)),
                        .td(.class("optional"), .text(student.$mentor.value??.name ?? "–")),
                        .td(.class("optional"), .text(student.sectors.map(\.dutchName).joined(separator: ", "))))
                }))),
            Pager.node(page: context.page, path: .students, query: query)
        ))
    }
}

extension StudentListPage {
    static func stageCell(_ placement: PlacementModel?) -> Node<HTML.BodyContext> {
        guard let placement, let id = placement.id else { return .span(.class("muted"), .text("geen stage")) }
        return .group(StatusBadge.node(placement.status), .text(" "),
                      .a(.attr("href", SitePath.placement(id).path), .text(placement.position.company.name)))
    }
}

/// Previous / next links for a paged list.
enum Pager {
    static func node<Item>(page: Page<Item>, path: SitePath, query: [(String, String)]) -> Node<HTML.BodyContext> {
        guard page.pageCount > 1 else { return .empty }
        return .nav(.class("pager"), .attr("aria-label", "Pagina's"),
            .if(page.page > 1, .a(.attr("href", path.with(query + [("pagina", String(page.page - 1))])), .text("← Vorige"))),
            .span(.text("Pagina \(page.page) van \(page.pageCount)")),
            .if(page.page < page.pageCount, .a(.attr("href", path.with(query + [("pagina", String(page.page + 1))])), .text("Volgende →"))))
    }
}
