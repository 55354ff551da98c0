import Foundation
import StagelijnCore
import Testing
import Vapor
@testable import StagelijnApp

/// Issue 9: no text — stored, in a query string or typed into a form — ever comes back as markup, and no odd value
/// makes the server fail. Every role at school A1 (and a coordinator of another board) crawls the whole site over a
/// fixture whose free text is hostile; each test collects all offenders and fails once with the full list.
@Suite("Hostile input: escaped on every page, never a server error")
struct HostileInputTests {
    static let roles = Role.allCases.map(\.rawValue) + ["coordinatorB1"]
    /// Filters and return paths the list pages read; every name seen in a link is added per crawl.
    static let listParameters = ["q", "klas", "terug", "status", "sector", "leerling", "pagina", "leerjaar", "periode"]
    /// Seeded values that certainly appear on some page: if one is never seen (escaped), the crawl missed pages and
    /// a clean result would mean nothing.
    static let mustBeShown: Set<String> = [
        "sfn", "sln", "scl", "sch", "usrcoordinator", "cnm", "cno", "ptt", "pds", "pnm", "agla", "agco", "agpa", "invc",
        "vipg", "huac", "rdno", "rsor", "coas", "mtor", "psrs", "auan", "obsu", "oble", "imcol", "imbd",
    ]

    static func report(_ offenders: [String]) -> Comment {
        Comment(rawValue: "\(offenders.count) offender(s):\n" + offenders.joined(separator: "\n"))
    }

    /// A list-like page: no id in its path (`/leerlingen`, `/begeleiding/overzicht`), or one whose links carry a query.
    static func isListLike(_ path: String, _ result: CrawlResult) -> Bool {
        result.queryNames[path] != nil || !SiteCrawler.route(path).contains(":")
    }

    static func crawlEveryone(_ app: Application, _ extras: HostileSeed.Extras) async throws -> [(Visitor, CrawlResult)] {
        var all: [(Visitor, CrawlResult)] = []
        for role in roles {
            let visitor = try await Visitor(app, as: role)
            let starts = ["/"] + (role == "coordinator" ? extras.coordinatorPaths : [])
            all.append((visitor, try await SiteCrawler.crawl(visitor, from: starts)))
        }
        let anonymous = try await Visitor(app, as: nil)
        let starts = ["/login?terug=" + Browser.encode(HostileText.value("terug")), "/login", "/"] + extras.personalLinks
        all.append((anonymous, try await SiteCrawler.crawl(anonymous, from: starts)))
        return all
    }

    // MARK: The detectors themselves

    @Test func theDetectorsSeeRawMarkupButNotEscapedMarkup() {
        let raw = #"<input value="H"'><i data-x=1>sfn"><p>H"'&gt;&lt;i data-x=1&gt;cnm</p>"#
        #expect(HostileText.offences(in: raw) == ["sfn (attribute breakout)"])
        #expect(HostileText.escapedTags(in: raw) == ["cnm"])
        let form = #"<form method="post" action="/x?a=1&amp;b=2"><input type="hidden" name="_csrf" value="t"><input name="n" value="&quot;v"><textarea name="t">a &lt;b</textarea><select name="s"><option value="1">1</option><option value="2" selected="selected">2</option></select><input type="checkbox" name="c" value="ja"><button type="submit" name="action" value="go">Go</button></form>"#
        let found = HTMLScan.postForms(in: form, page: "/p")
        #expect(found.first?.action == "/x?a=1&b=2")
        #expect(found.first?.defaults().map { "\($0.0)=\($0.1)" } == ["n=\"v", "t=a <b", "s=2", "action=go"])
        #expect(HTMLScan.links(in: #"<a href="/a?x=1&amp;y=2#top">a</a><a href="//evil.example/">b</a>"#) == ["/a?x=1&y=2"])
    }

    // MARK: 1. Stored and queried hostile text

    @Test func storedAndQueriedHostileTextIsEscapedOnEveryPage() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let extras = try await HostileSeed.load(app, f, clock)
            #expect(!extras.personalLinks.isEmpty, "no personal links were delivered: the anonymous pages go unchecked")
            // act + check: every crawled page, then every page again with hostile query parameters
            var offenders: [String] = []
            var shown = Set<String>()
            for (visitor, result) in try await Self.crawlEveryone(app, extras) {
                offenders += result.responses.flatMap { SiteCrawler.offences($0, who: visitor.name) }
                for response in result.responses { shown.formUnion(HostileText.escapedTags(in: response.body)) }
                let names = Set(Self.listParameters).union(result.queryNames.values.flatMap { $0 }).sorted()
                let pair = { (name: String) in "\(name)=\(Browser.encode(HostileText.value("q" + HostileText.tag(name))))" }
                for path in result.okPaths {
                    // All parameters at once on every page, each one alone on list-like pages (so an early
                    // validation error cannot hide a later echo).
                    var queries = [("<all parameters>", names.map(pair).joined(separator: "&"))]
                    if Self.isListLike(path, result) { queries += names.map { ($0, pair($0)) } }
                    for (name, query) in queries {
                        let page = try await visitor.get("\(path)?\(query)")
                        shown.formUnion(HostileText.escapedTags(in: page.body))
                        offenders += SiteCrawler.offences(SiteCrawler.record(page, path: "\(path)?\(name)=…"), who: visitor.name)
                    }
                }
            }
            #expect(Self.mustBeShown.subtracting(shown).isEmpty,
                    "never seen on any page: \(Self.mustBeShown.subtracting(shown).sorted()); the crawl missed pages")
            #expect(shown.contains("qq"), "a search never showed its (escaped) query: the query probes reached no list")
            #expect(offenders.isEmpty, Self.report(offenders))
        }
    }

    // MARK: 2a. Hostile text typed into every form

    @Test func hostileTextTypedIntoEveryFormIsShownBackEscaped() async throws {
        try await withTestApp { app, f, clock in
            // setup
            let extras = try await HostileSeed.load(app, f, clock)
            var offenders: [String] = []
            var formCount = 0
            // act: every form each visitor found, every text field hostile; selects alternate between their first
            // option (to pass validation and reach the save) and a hostile value (to reach the error page).
            for (visitor, result) in try await Self.crawlEveryone(app, extras) {
                for (index, form) in result.forms.enumerated() {
                    formCount += 1
                    let page = try await FormProbe.submit(visitor, form) { field in
                        switch field.kind {
                        case .text, .textarea: HostileText.value("f" + HostileText.tag(field.name))
                        case .select: index % 2 == 0 ? nil : HostileText.value("f" + HostileText.tag(field.name))
                        default: nil
                        }
                    }
                    offenders += try await FormProbe.judge(page, visitor, what: form.action)
                    // Hidden fields (a return path, an id, a text hash) are typed by no one but sent by anyone.
                    guard form.fields.contains(where: { $0.kind == .hidden && $0.name != "_csrf" }) else { continue }
                    let hidden = try await FormProbe.submit(visitor, form) { field in
                        field.kind == .hidden ? HostileText.value("h" + HostileText.tag(field.name)) : nil
                    }
                    offenders += try await FormProbe.judge(hidden, visitor, what: form.action + " (hidden fields)")
                }
            }
            // check: what the forms stored shows escaped everywhere (the audit log's before/after included)
            let coordinator = try await Visitor(app, as: "coordinator")
            let after = try await SiteCrawler.crawl(coordinator, from: ["/"])
            offenders += after.responses.flatMap { SiteCrawler.offences($0, who: "coordinator (after the forms)") }
            #expect(formCount >= 50, "only \(formCount) forms found: the crawl covers less than it should")
            #expect(offenders.isEmpty, Self.report(offenders))
        }
    }

    // MARK: 2b. Bounded fuzz of every form field and query parameter

    /// Bound: forms and query parameters are tried once per route (ids folded). Each form field gets one parser
    /// value and one text value, each query parameter two parser values and one text value (a seeded, fixed choice,
    /// so all values get used across fields). Form posts load their form again unless the previous post was refused.
    /// Today ≈ 40 routes with 320 fields and 190 query targets: ≈ 630 posts and 570 queries, 35–50 s on SQLite (2 cores).
    /// `maximumSubmits` and `maximumQueries` stop a much larger site from making this slow; the login form counts
    /// failures per address and slows down after 20, so it gets at most `maximumLoginPosts`, sent last.
    static let maximumSubmits = 1_000, maximumQueries = 800, maximumLoginPosts = 12

    @Test func oddValuesInEveryFieldAndParameterNeverFailTheServer() async throws {
        try await withTestApp { app, f, clock in
            // setup: forms and query parameters per route, each kept for the first visitor (in role order) that found it
            let extras = try await HostileSeed.load(app, f, clock)
            var formKeys = Set<String>(), queryKeys = Set<String>()
            var forms: [(Visitor, HTMLScan.Form)] = [], queries: [(Visitor, String, String)] = []
            for (visitor, result) in try await Self.crawlEveryone(app, extras) {
                for form in result.forms
                where formKeys.insert(SiteCrawler.route(form.action) + "|" + form.fields.map(\.name).joined(separator: ",")).inserted {
                    forms.append((visitor, form))
                }
                for path in result.okPaths {
                    let names = Set(result.queryNames[path] ?? []).union(Self.isListLike(path, result) ? Self.listParameters : [])
                    for name in names.sorted() where queryKeys.insert(SiteCrawler.route(path) + "?" + name).inserted {
                        queries.append((visitor, path, name))
                    }
                }
            }
            forms = forms.filter { $0.1.action != "/login" } + forms.filter { $0.1.action == "/login" }
            var generator = SeededGenerator(seed: 2026)
            var offenders: [String] = []
            var submits = 0, loginPosts = 0, sentQueries = 0
            // act + check: one field at a time, the others as the page filled them in
            for (visitor, form) in forms {
                let isLogin = form.action == "/login"
                var current: HTMLScan.Form?     // the form as last loaded; loaded again unless the last post was refused
                for field in form.fields where field.name != "_csrf" && field.kind != .file {
                    for value in HostileText.sample(&generator, parsers: 1, texts: 1) {
                        // The login form comes last and has its own budget, so forms added elsewhere cannot crowd it out.
                        guard isLogin ? loginPosts < Self.maximumLoginPosts : submits < Self.maximumSubmits else { continue }
                        submits += 1
                        if isLogin { loginPosts += 1 }
                        let fresh = if let current { current } else { try await FormProbe.refreshed(visitor, form) }
                        let page = try await FormProbe.send(visitor, fresh) { $0.name == field.name ? value : nil }
                        // A refusal (400, 403, 404, 413, 422) changed nothing, so the loaded form is still current.
                        current = (400..<500).contains(page.status.code) ? fresh : nil
                        if page.status.code >= 500 {
                            offenders.append("\(visitor.name) POST \(form.action) \(field.name)=\(HostileText.describe(value)): status \(page.status.code)")
                        }
                    }
                }
            }
            for (visitor, path, name) in queries {
                for value in HostileText.sample(&generator, parsers: 2, texts: 1)
                where sentQueries < Self.maximumQueries {
                    sentQueries += 1
                    let page = try await visitor.get("\(path)?\(name)=\(Browser.encode(value))")
                    if page.status.code >= 500 {
                        offenders.append("\(visitor.name) GET \(path)?\(name)=\(HostileText.describe(value)): status \(page.status.code)")
                    }
                }
            }
            #expect(submits > 300, "fuzzed only \(submits) form posts")
            #expect(sentQueries > 100, "fuzzed only \(sentQueries) queries")
            #expect(loginPosts > 0, "the login form was never fuzzed")
            #expect(offenders.isEmpty, Self.report(offenders))
        }
    }

    // MARK: 2c. Odd raw paths

    @Test func oddRawPathsNeverFailTheServer() async throws {
        try await withTestApp { app, _, _ in
            // setup
            let anonymous = Browser(app), student = Browser(app)
            try await student.login("student")
            let long = String(repeating: "A", count: 5_000)
            let probes: [(Browser, String)] = [
                (anonymous, "/..%2f"), (anonymous, "/x/..%2f"), (anonymous, "/teken/\(long)"), (anonymous, "/uren/\(long)"),
                (anonymous, "/%00"), (anonymous, "/leerlingen/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), (anonymous, "/%ff%fe"),
                (student, "/leerlingen?pagina=9223372036854775807"), (student, "/leerlingen?pagina=-9223372036854775808"),
                (student, "/stages/00000000-0000-0000-0000-000000000000/overeenkomst/pdf"), (student, "/leerlingen/niet-een-id"),
            ]
            // act + check
            var offenders: [String] = []
            for (browser, path) in probes {
                let status = try await browser.get(path).status.code
                if status >= 500 { offenders.append("\(browser === student ? "student" : "anonymous") GET \(path.prefix(40))…: status \(status)") }
            }
            let health = try await Browser(app).get("/health")
            #expect(health.status == .ok && health.body == "ok", "the app no longer answers /health")
            #expect(offenders.isEmpty, Self.report(offenders))
        }
    }
}
