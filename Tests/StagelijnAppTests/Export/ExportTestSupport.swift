import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

/// Shared checks of the list downloads: a CSV for Excel (BOM, semicolons, the header), a name that a spreadsheet
/// would run as a formula, and the audit entry of a download.
enum ExportCheck {
    /// A first name that Excel would run as a formula if it were not neutralised.
    static let formula = "=HYPERLINK(1)"

    /// Gives a student of school A1 a first name that starts with `=`.
    static func poison(_ student: UUID, on db: any Database) async throws {
        let model = try #require(try await StudentModel.find(student, on: db))
        model.firstName = formula
        try await model.save(on: db)
    }

    /// Downloads `path`, checks it is a CSV for Excel with `header`, and returns its body.
    static func download(_ browser: Browser, _ path: String, header: String,
                         sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let csv = try await browser.get(path)
        #expect(csv.status == .ok, "\(path): \(csv.status) \(csv.body.prefix(300))", sourceLocation: sourceLocation)
        #expect(csv.headers.contentType?.subType == "csv", sourceLocation: sourceLocation)
        #expect(csv.headers.first(name: .contentDisposition)?.contains("attachment") == true, sourceLocation: sourceLocation)
        #expect(csv.body.hasPrefix("\u{FEFF}" + header + "\r\n"), "\(path) starts with the BOM and its header: \(csv.body.prefix(120))",
                sourceLocation: sourceLocation)
        return csv.body
    }

    /// The formula arrives as text (a leading apostrophe), never as a cell that starts with `=`.
    static func neutralised(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(body.contains("'" + formula), "the formula is neutralised", sourceLocation: sourceLocation)
        #expect(!body.contains(";" + formula) && !body.contains("\n" + formula) && !body.contains("\"" + formula),
                "no cell starts with the formula", sourceLocation: sourceLocation)
    }

    /// The audit entries of downloads named `file`.
    static func audits(_ app: Application, _ file: String) async throws -> Int {
        try await AuditEntryModel.query(on: app.db).filter(\.$entity == "export").all()
            .filter { $0.changes.contains("\"\(file)\"") }.count
    }

    /// What every personal-data download must also show: the formula neutralised, one audit entry for `file`, and
    /// the roles that cannot see the page refused.
    static func finish(_ app: Application, _ body: String, file: String, refused roles: [String],
                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        neutralised(body, sourceLocation: sourceLocation)
        #expect(try await audits(app, file) == 1, "one audit entry for \(file)", sourceLocation: sourceLocation)
        for role in roles {
            let other = try await login(app, role)
            #expect(try await other.get("/export/\(file)").status == .forbidden, "\(role) is refused \(file)", sourceLocation: sourceLocation)
        }
    }

    static func login(_ app: Application, _ key: String) async throws -> Browser {
        let browser = Browser(app)
        try await browser.login(key)
        return browser
    }
}
