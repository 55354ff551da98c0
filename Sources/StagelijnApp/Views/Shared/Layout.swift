import Plot
import StagelijnCore
import Vapor

/// What every page needs besides its own content: title, the signed-in user for the menu, the CSRF token.
struct PageChrome {
    let title: String
    let user: CurrentUser?
    let csrfToken: String
    var section: Section?
    var flash: String?

    enum Section: String { case home, students, companies, positions, periods, placements, matching, supervision, assessments, assignments, imports, audit, messages, meldpunt, stageEnd, quality }

    init(_ request: Request, title: String, section: Section? = nil) {
        self.title = title
        self.user = request.currentUser
        self.csrfToken = request.csrfToken
        self.section = section
        self.flash = request.takeFlash()
    }
}

/// A page's main content rendered to HTML once, without the frame: the frame (menu, CSRF token, flash) is rendered per
/// request around it. Lets a list or home page keep its rendered rows in the `FigureCache` (issue 16) — only for
/// content that holds no per-session value (no CSRF token, no flash).
struct RenderedContent: Sendable, CacheSized {
    let title: String
    let section: PageChrome.Section?
    let html: String
    var cacheBytes: Int { html.utf8.count + title.utf8.count + 64 }

    init(title: String, section: PageChrome.Section?, _ content: Node<HTML.BodyContext>) {
        self.title = title
        self.section = section
        self.html = content.render()
    }
}

/// The shared page frame: Dutch, responsive, no scripts.
enum Layout {
    /// The frame of this request around content rendered earlier.
    static func page(_ req: Request, _ content: RenderedContent) -> Response {
        page(PageChrome(req, title: content.title, section: content.section), .raw(content.html))
    }

    static func page(_ chrome: PageChrome, status: HTTPStatus = .ok, _ content: Node<HTML.BodyContext>) -> Response {
        let html = HTML(
            .lang(.dutch),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title()` also writes og:title/twitter:title attributes, unescaped; a plain <title> element is escaped.
                .element(named: "title", text: "\(chrome.title) · Stagelijn"),
                .link(.rel(.stylesheet), .attr("href", SitePath.stylesheet.path)),
                // No favicon file: an empty one saves every page a 404 request.
                .link(.rel(.icon), .href("data:,"))
            ),
            .body(
                .a(.class("skip"), .href("#inhoud"), .text("Naar de inhoud")),
                header(chrome),
                .main(.id("inhoud"),
                      .unwrap(chrome.flash) { .p(.class("flash"), .attr("role", "status"), .text($0)) },
                      content),
                .footer(.p(.text("Stagelijn — de stagelijn van voorbereiding tot nazorg.")))
            )
        )
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: html.render()))
    }

    private static func header(_ chrome: PageChrome) -> Node<HTML.BodyContext> {
        .header(.class("top"),
            .a(.class("brand"), .attr("href", SitePath.home.path), .text("Stagelijn")),
            .unwrap(chrome.user) { user in
                .group(
                    .nav(.attr("aria-label", "Hoofdmenu"),
                         .ul(.forEach(menu(for: user.role)) { item in
                             .li(.a(.attr("href", item.path.path),
                                    .if(chrome.section == item.section, .attr("aria-current", "page")),
                                    .text(item.label)))
                         })),
                    .div(.class("who"),
                         .span(.text("\(user.name) · \(user.role.dutchName) · \(user.schoolName)")),
                         .form(.method(.post), .attr("action", SitePath.logout.path), .class("inline"),
                               Forms.csrf(chrome.csrfToken),
                               .button(.type(.submit), .class("link"), .text("Uitloggen"))))
                )
            }
        )
    }

    private struct MenuItem {
        let label: String
        let path: SitePath
        let section: PageChrome.Section
        let resource: Resource?
    }

    /// The menu shows only what the role may open; the server checks again on every request.
    private static func menu(for role: Role) -> [MenuItem] {
        let items = [
            MenuItem(label: "Overzicht", path: .home, section: .home, resource: nil),
            MenuItem(label: "Leerlingen", path: .students, section: .students, resource: .student),
            MenuItem(label: "Stages", path: .placements, section: .placements, resource: .placement),
            MenuItem(label: "Matching", path: .matching, section: .matching, resource: .matching),
            MenuItem(label: "Begeleiding", path: .supervision, section: .supervision, resource: .supervision),
            MenuItem(label: "Uitval en nazorg", path: .stageEnd, section: .stageEnd, resource: .dropout),
            MenuItem(label: "Beoordelingen", path: .assessments, section: .assessments, resource: .assessment),
            MenuItem(label: "Opdrachten", path: .assignments, section: .assignments, resource: .assignment),
            MenuItem(label: "Bedrijven", path: .companies, section: .companies, resource: .company),
            MenuItem(label: "Stageplaatsen", path: .positions, section: .positions, resource: .position),
            MenuItem(label: "Periodes", path: .periods, section: .periods, resource: .stagePeriod),
            MenuItem(label: "Importeren", path: .imports, section: .imports, resource: .importData),
            MenuItem(label: "Logboek", path: .audit, section: .audit, resource: .auditLog),
            MenuItem(label: "Berichten", path: .messages, section: .messages, resource: .auditLog),
            MenuItem(label: "Meldingen", path: .meldpunt, section: .meldpunt, resource: nil),
            MenuItem(label: "Kwaliteit", path: .quality, section: .quality, resource: .qualityFigures),
        ]
        // A student and a parent start from their own stage on the home page; lists of the school are not theirs
        // (a student may browse the places to choose wishes).
        if role == .student { return items.filter { $0.section == .home || $0.section == .positions } }
        if role == .parent { return items.filter { $0.section == .home } }
        // The meldpunt: its default handlers, and leadership and the inspector for its figures (`MeldpuntAccess`).
        let meldpuntRoles: [Role] = [.coordinator, .careCoordinator, .leadership, .inspector]
        return items.filter { item in
            item.section == .meldpunt ? meldpuntRoles.contains(role) : item.resource.map { AccessPolicy.allows(role, .list, $0) } ?? true
        }
    }
}

extension Request {
    private static let flashKey = "flash"

    /// A one-time message shown on the next page (after a redirect).
    func flash(_ message: String) { session.data[Self.flashKey] = message }

    func takeFlash() -> String? {
        guard hasSession, let message = session.data[Self.flashKey] else { return nil }
        session.data[Self.flashKey] = nil
        return message
    }
}
