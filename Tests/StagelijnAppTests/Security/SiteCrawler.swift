import Foundation
import Vapor
@testable import StagelijnApp

/// One fixture user (or nobody) in a `Browser` that signs in again whenever the session ended, so a form that changes
/// a status or a clock-dependent timeout cannot silently turn the rest of a crawl into login pages.
final class Visitor {
    let key: String?          // a fixture user key, nil = anonymous
    private(set) var browser: Browser
    private var relogins = 0

    init(_ app: Application, as key: String?) async throws {
        self.key = key
        browser = Browser(app)
        if let key { try await browser.login(key) } else { try await browser.get("/login") }
    }

    var name: String { key ?? "anonymous" }

    /// A GET without a session is sent to the login page; a POST gets 401.
    private func endedSession(_ page: Browser.Page) -> Bool {
        guard key != nil, relogins < 50 else { return false }
        return page.status == .unauthorized || (page.status == .seeOther && (page.location ?? "").hasPrefix("/login"))
    }

    private func relogin() async throws {
        relogins += 1
        browser = Browser(browser.app)
        try await browser.login(key!)
    }

    func get(_ path: String) async throws -> Browser.Page {
        let page = try await browser.get(path)
        guard endedSession(page) else { return page }
        try await relogin()
        return try await browser.get(path)
    }

    func post(_ path: String, _ fields: [(String, String)]) async throws -> Browser.Page {
        let page = try await browser.post(path, fields)
        guard endedSession(page), path != "/login" else { return page }
        try await relogin()
        return try await browser.post(path, fields)
    }
}

/// What one visitor's crawl found.
struct CrawlResult {
    struct Response { let path: String; let status: UInt; let body: String; let isHTML: Bool; let location: String? }
    var responses: [Response] = []
    var forms: [HTMLScan.Form] = []
    /// Query parameter names seen in links, per path without query.
    var queryNames: [String: Set<String>] = [:]
    var pathsWithQuery: [String] { queryNames.keys.sorted() }
    var okPaths: [String] {
        var seen = Set<String>()
        return responses.filter { $0.status == 200 && $0.isHTML }.map { String($0.path.prefix { $0 != "?" }) }
            .filter { seen.insert($0).inserted }
    }
}

/// Breadth-first over same-site links, GET only, in page order (deterministic), at most `limit` distinct paths.
/// Skips the stylesheet and `/logout` (a link to it would end the session the crawl needs).
enum SiteCrawler {
    static let limit = 250

    static func crawl(_ visitor: Visitor, from starts: [String], limit: Int = limit) async throws -> CrawlResult {
        var result = CrawlResult()
        var queue = starts, seen = Set(starts), formKeys = Set<String>()
        while !queue.isEmpty, result.responses.count < limit {
            let path = queue.removeFirst()
            let page = try await visitor.get(path)
            let response = record(page, path: path)
            result.responses.append(response)
            var next = HTMLScan.links(in: page.body)
            if let location = response.location, HTMLScan.isSameSite(location), !location.hasPrefix("/login") { next.append(location) }
            for link in next where !link.hasPrefix("/logout") && !link.hasPrefix("/assets/") {
                let base = String(link.prefix { $0 != "?" })
                if link.contains("?") { result.queryNames[base, default: []].formUnion(HTMLScan.queryNames(link)) }
                if seen.insert(link).inserted { queue.append(link) }
            }
            for form in HTMLScan.postForms(in: page.body, page: path)
            where !["/logout", "/rol"].contains(form.action) && formKeys.insert(form.key).inserted {
                result.forms.append(form)
            }
        }
        return result
    }

    /// The route a path belongs to: ids and personal-link tokens become placeholders, so the fuzz pass tries each
    /// route once instead of once per record.
    static func route(_ path: String) -> String {
        let base = path.prefix { $0 != "?" }
        return base.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            UUID(uuidString: String(segment)) != nil ? ":id" : segment.count >= 20 ? ":token" : String(segment)
        }.joined(separator: "/")
    }

    static func record(_ page: Browser.Page, path: String) -> CrawlResult.Response {
        // PDF and CSV downloads carry stored text verbatim and are never rendered as HTML: only markup bodies count.
        let type = page.headers.first(name: .contentType)?.lowercased() ?? ""
        let isHTML = !(type.contains("pdf") || type.contains("csv") || type.contains("json") || type.hasPrefix("image/"))
        return .init(path: path, status: page.status.code, body: page.body, isHTML: isHTML, location: page.location)
    }

    /// Offences of one response: raw hostile markup, a server error, or a redirect to another site.
    static func offences(_ response: CrawlResult.Response, who: String) -> [String] {
        var found: [String] = []
        let shown = response.path.count > 160 ? String(response.path.prefix(160)) + "…" : response.path
        if response.isHTML {
            found += HostileText.offences(in: response.body).map { "\(who) GET \(shown): raw markup, tag \($0)" }
        }
        if response.status >= 500 { found.append("\(who) GET \(shown): status \(response.status)") }
        if let location = response.location, !HTMLScan.isSameSite(location) {
            found.append("\(who) GET \(shown): redirect off-site to \(location)")
        }
        return found
    }
}
