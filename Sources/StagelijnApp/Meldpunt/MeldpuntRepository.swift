import Fluent
import Foundation
import StagelijnCore
import Vapor

/// Data access of the meldpunt; every query is narrowed to one school.
struct MeldpuntRepository {
    let db: any Database

    func settings(school: UUID) async throws -> MeldpuntSettingsModel {
        try await MeldpuntSettingsModel.query(on: db).filter(\.$school.$id == school).first() ?? .defaults(school: school)
    }

    func namedHandlers(school: UUID) async throws -> [MeldpuntHandlerModel] {
        try await MeldpuntHandlerModel.query(on: db).filter(\.$school.$id == school).with(\.$user).all()
    }

    /// The `MeldpuntAccess` rule applied to the signed-in user at their current school.
    func isHandler(_ user: CurrentUser) async throws -> Bool {
        let settings = try await settings(school: user.schoolID)
        let named = try await MeldpuntHandlerModel.query(on: db).filter(\.$school.$id == user.schoolID)
            .filter(\.$user.$id == user.userID).count() > 0
        return MeldpuntAccess.isHandler(role: user.role, namedConfidant: named, handlers: settings.handlers, sameSchool: true)
    }

    /// E-mail addresses of everyone who handles this school's reports (for "a new report has arrived").
    func handlerEmails(school: UUID) async throws -> [String] {
        let settings = try await settings(school: school)
        let named = Set(try await namedHandlers(school: school).map { $0.$user.id })
        let members = try await MembershipModel.query(on: db).filter(\.$school.$id == school).with(\.$user).all()
        let emails = members.filter { member in
            MeldpuntAccess.isHandler(role: member.role, namedConfidant: named.contains(member.$user.id),
                                     handlers: settings.handlers, sameSchool: true) && member.user.isActive
        }.map(\.user.email)
        return Array(Set(emails)).sorted()
    }

    func report(_ id: UUID, school: UUID) async throws -> IncidentReportModel? {
        try await IncidentReportModel.query(on: db).filter(\.$id == id).filter(\.$school.$id == school)
            .with(\.$company).first()
    }

    func report(code: String) async throws -> IncidentReportModel? {
        try await IncidentReportModel.query(on: db).filter(\.$codeHash == SecureToken.hash(code)).with(\.$school).first()
    }

    func reports(school: UUID) async throws -> [IncidentReportModel] {
        try await IncidentReportModel.query(on: db).filter(\.$school.$id == school).with(\.$company)
            .sort(\.$receivedAt, .descending).all()
    }

    /// Staff of the school a handler can share a summary with: mentors and supervisors.
    func summaryRecipients(school: UUID) async throws -> [(id: UUID, name: String)] {
        let members = try await MembershipModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$role ~~ [.mentor, .supervisor]).with(\.$user).all()
        var seen = Set<UUID>()
        return members.filter { $0.user.isActive && seen.insert($0.$user.id).inserted }
            .sorted { $0.user.name < $1.user.name }.map { (id: $0.$user.id, name: $0.user.name) }
    }

    func sharedSummaries(report: UUID) async throws -> [IncidentSharedSummaryModel] {
        try await IncidentSharedSummaryModel.query(on: db).filter(\.$report.$id == report).with(\.$recipient).sort(\.$createdAt).all()
    }

    /// Summaries shared with this person at this school.
    func summaries(for user: UUID, school: UUID) async throws -> [IncidentSharedSummaryModel] {
        try await IncidentSharedSummaryModel.query(on: db).join(IncidentReportModel.self, on: \IncidentSharedSummaryModel.$report.$id == \IncidentReportModel.$id)
            .filter(IncidentReportModel.self, \.$school.$id == school).filter(\.$recipient.$id == user)
            .sort(\.$createdAt, .descending).range(0..<20).all()
    }

    func entries(report: UUID) async throws -> [IncidentEntryModel] {
        try await IncidentEntryModel.query(on: db).filter(\.$report.$id == report).sort(\.$createdAt).all()
    }

    /// Follow-up reports without a first answer whose 3rd school day has passed.
    func overdueCount(school: UUID, today: LocalDate) async throws -> Int {
        try await IncidentReportModel.query(on: db).filter(\.$school.$id == school)
            .filter(\.$status ~~ [.new, .inProgress]).filter(\.$firstResponseOn == nil)
            .filter(\.$responseDue < today.iso).count()
    }

    struct CompanySignal: Equatable { var open = 0, total = 0; var blockReason: String? }

    /// Reports about companies, counted (never the text), and the school's "niet plaatsen" marks.
    func companySignals(school: UUID, companies: [UUID]? = nil) async throws -> [UUID: CompanySignal] {
        var query = IncidentReportModel.query(on: db).filter(\.$school.$id == school).filter(\.$company.$id != nil)
        if let companies { query = query.filter(\.$company.$id ~~ companies) }
        var signals: [UUID: CompanySignal] = [:]
        for report in try await query.all() {
            guard let company = report.$company.id else { continue }
            signals[company, default: .init()].total += 1
            if report.status != .closed { signals[company, default: .init()].open += 1 }
        }
        var blocks = CompanyPlacementBlockModel.query(on: db).filter(\.$school.$id == school)
        if let companies { blocks = blocks.filter(\.$company.$id ~~ companies) }
        for block in try await blocks.all() { signals[block.$company.id, default: .init()].blockReason = block.reason }
        return signals
    }

    func block(school: UUID, company: UUID) async throws -> CompanyPlacementBlockModel? {
        try await CompanyPlacementBlockModel.query(on: db).filter(\.$school.$id == school).filter(\.$company.$id == company).first()
    }

    /// A company of the school's board whose name matches what the reporter typed (case and accents ignored).
    func company(named name: String?, board: UUID) async throws -> UUID? {
        guard let name, !name.isEmpty else { return nil }
        let wanted = Self.fold(name)
        let candidates = try await CompanyModel.query(on: db).filter(\.$board.$id == board).field(\.$id).field(\.$name).all()
        return candidates.first { Self.fold($0.name) == wanted }?.id
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "nl_NL"))
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Request {
    var meldpunt: MeldpuntRepository { MeldpuntRepository(db: db) }

    /// The signed-in user, when they handle this school's reports; otherwise 403 (the page says why).
    func requireIncidentHandler() async throws -> CurrentUser {
        let user = try user()
        guard try await meldpunt.isHandler(user) else {
            throw Abort(.forbidden, reason: "Alleen de mensen die de school voor het meldpunt heeft aangewezen, kunnen meldingen lezen.")
        }
        return user
    }
}
