import Foundation
import Vapor
@testable import StagelijnApp

/// Submits a discovered form the way a browser would, with some fields replaced, and judges the answer.
enum FormProbe {
    /// Loads the form's page again first, so the CSRF token and hidden values (a text hash, ids) are current; a form
    /// that is gone by now (a status changed) is sent with the values it had.
    static func submit(_ visitor: Visitor, _ form: HTMLScan.Form,
                       replacing: (HTMLScan.Field) -> String?) async throws -> Browser.Page {
        try await send(visitor, refreshed(visitor, form), replacing: replacing)
    }

    static func refreshed(_ visitor: Visitor, _ form: HTMLScan.Form) async throws -> HTMLScan.Form {
        let page = try await visitor.get(form.page)
        return HTMLScan.postForms(in: page.body, page: form.page).first { $0.key == form.key } ?? form
    }

    /// Sends a form just loaded by `refreshed`, with the fields `replacing` gives a value for changed.
    static func send(_ visitor: Visitor, _ fresh: HTMLScan.Form,
                     replacing: (HTMLScan.Field) -> String?) async throws -> Browser.Page {
        var pairs = fresh.defaults()
        for field in fresh.fields where field.name != "_csrf" {
            guard let value = replacing(field) else { continue }
            pairs.removeAll { $0.0 == field.name }
            pairs.append((field.name, value))
        }
        guard fresh.multipart else { return try await visitor.post(fresh.action, pairs) }
        // The import form: the same fields plus a small CSV file whose cells are the replaced values.
        let cells = fresh.fields.compactMap(replacing).joined(separator: ";")
        return try await visitor.browser.upload(fresh.action, fields: pairs, fileName: "probe.csv",
                                                file: Data("leerlingnummer;voornaam\r\n\(cells)\r\n".utf8))
    }

    /// Offences of a form answer: a server error, raw hostile markup, an off-site redirect; a same-site redirect is
    /// followed once and its page judged too.
    static func judge(_ page: Browser.Page, _ visitor: Visitor, what: String) async throws -> [String] {
        var found: [String] = []
        let response = SiteCrawler.record(page, path: what)
        found += HostileText.offences(in: response.isHTML ? page.body : "").map { "\(visitor.name) POST \(what): raw markup, tag \($0)" }
        if page.status.code >= 500 { found.append("\(visitor.name) POST \(what): status \(page.status.code)") }
        guard page.status == .seeOther || page.status == .found, let location = page.location else { return found }
        guard HTMLScan.isSameSite(location) else { return found + ["\(visitor.name) POST \(what): redirect off-site to \(location)"] }
        let target = try await visitor.get(location)
        found += SiteCrawler.offences(SiteCrawler.record(target, path: location), who: "\(visitor.name) after POST \(what) →")
        return found
    }
}
