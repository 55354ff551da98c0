import Fluent
import Plot
import SQLKit
import StagelijnCore
import Vapor

/// Issue 13: the company quality profile for the coordinator — students' marks for the stage (the evaluations of
/// the company), declines after the introduction, stages ended early, meldpunt reports (counts only) and assessments
/// completed on time — on the company page and on the matching page. One SQL query per figure, grouped by company.
/// Controllers call `prepare`; the shared views call the blocks, so their contexts stay as they are.
enum CompanyQualityProfile {
    struct Profile: Equatable {
        var stages = 0, ended = 0, declines = 0, reports = 0
        var assessments = QualityRatio()
        var markCount = 0, markSum = 0

        var markText: String { EvaluationFigures.averageText(sum: markSum, count: markCount) }
        var hasSignals: Bool { ended > 0 || declines > 0 || reports > 0 || (markCount >= 5 && markSum < 6 * markCount) }
    }

    private struct LoadedKey: StorageKey { typealias Value = [UUID: Profile] }
    private struct NamesKey: StorageKey { typealias Value = [UUID: String] }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser, QualityController.mayDrillDown(user) else { return }
        let profiles = try await load(school: user.schoolID, today: req.today, on: req.db)
        req.storage[LoadedKey.self] = profiles
        let flagged = profiles.filter { $0.value.hasSignals }.map(\.key)
        let companies = flagged.isEmpty ? [] : try await CompanyModel.query(on: req.db).filter(\.$id ~~ flagged).field(\.$id).field(\.$name).all()
        req.storage[NamesKey.self] = Dictionary(companies.compactMap { c in c.id.map { ($0, c.name) } }, uniquingKeysWith: { a, _ in a })
    }

    struct Count: Decodable { let company: UUID; let n: Int; let m: Int }

    static func load(school: UUID, today: LocalDate, on db: any Database) async throws -> [UUID: Profile] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        var result: [UUID: Profile] = [:]
        for row in try await sql.raw("""
            SELECT pos.company_id AS company, COUNT(*) AS n, CAST(SUM(CASE WHEN p.status = 'terminated' THEN 1 ELSE 0 END) AS BIGINT) AS m
            FROM placements p JOIN positions pos ON pos.id = p.position_id
            WHERE p.school_id = \(bind: school) AND p.status IN ('active', 'completed', 'terminated') GROUP BY pos.company_id
            """).all(decoding: Count.self) {
            result[row.company, default: Profile()].stages = row.n
            result[row.company, default: Profile()].ended = row.m
        }
        for row in try await sql.raw("""
            SELECT d.company_id AS company, COUNT(*) AS n, 0 AS m FROM company_declines d WHERE d.school_id = \(bind: school) GROUP BY d.company_id
            """).all(decoding: Count.self) { result[row.company, default: Profile()].declines = row.n }
        for row in try await sql.raw("""
            SELECT r.company_id AS company, COUNT(*) AS n, 0 AS m FROM incident_reports r
            WHERE r.school_id = \(bind: school) AND r.company_id IS NOT NULL GROUP BY r.company_id
            """).all(decoding: Count.self) { result[row.company, default: Profile()].reports = row.n }
        for row in try await sql.raw("""
            SELECT pos.company_id AS company,
              CAST(SUM(CASE WHEN x.completed_on IS NOT NULL OR x.due_on < \(bind: today.iso) THEN 1 ELSE 0 END) AS BIGINT) AS n,
              CAST(SUM(CASE WHEN x.completed_on IS NOT NULL AND x.completed_on <= x.due_on THEN 1 ELSE 0 END) AS BIGINT) AS m
            FROM assessments x JOIN placements p ON p.id = x.placement_id JOIN positions pos ON pos.id = p.position_id
            WHERE p.school_id = \(bind: school) GROUP BY pos.company_id
            """).all(decoding: Count.self) {
            result[row.company, default: Profile()].assessments = QualityRatio(met: row.m, counted: row.n)
        }
        for row in try await sql.raw("""
            SELECT pos.company_id AS company, COUNT(*) AS n, CAST(SUM(an.score) AS BIGINT) AS m
            FROM evaluation_answers an JOIN evaluations e ON e.id = an.evaluation_id
            JOIN placements p ON p.id = e.placement_id JOIN positions pos ON pos.id = p.position_id
            WHERE e.school_id = \(bind: school) AND e.perspective = 'student' AND an.item_key = 'cijfer' AND an.score IS NOT NULL
            GROUP BY pos.company_id
            """).all(decoding: Count.self) {
            result[row.company, default: Profile()].markCount = row.n
            result[row.company, default: Profile()].markSum = row.m
        }
        return result
    }

    static func facts(_ p: Profile) -> Node<HTML.BodyContext> {
        .dl(.class("facts"),
            .dt("Stages bij dit bedrijf"), .dd(.text(String(p.stages))),
            .dt("Rapportcijfer van leerlingen"), .dd(.text(p.markText)),
            .dt("Afwijzingen na kennismaking"), .dd(.text(String(p.declines))),
            .dt("Voortijdig afgebroken"), .dd(.text(String(p.ended))),
            .dt("Meldingen (aantal)"), .dd(.text(String(p.reports))),
            .dt("Beoordelingen op tijd"), .dd(.text(p.assessments.counted == 0 ? "–" : "\(p.assessments.met) van \(p.assessments.counted)")))
    }

    /// On the company page, for the coordinator.
    static func companyBlock(_ req: Request, company: UUID) -> Node<HTML.BodyContext> {
        guard let loaded = req.storage[LoadedKey.self] else { return .empty }
        return .section(.h2(.text("Kwaliteitsprofiel")),
                        .p(.class("muted"), .text("Alleen voor de stagecoördinator: aantallen van uw school over dit bedrijf.")),
                        facts(loaded[company] ?? Profile()))
    }

    /// On the matching page: the companies with something to weigh before proposing a place.
    static func matchingBlock(_ req: Request) -> Node<HTML.BodyContext> {
        guard let loaded = req.storage[LoadedKey.self] else { return .empty }
        let names = req.storage[NamesKey.self] ?? [:]
        let flagged = loaded.filter { $0.value.hasSignals && names[$0.key] != nil }
        guard !flagged.isEmpty else { return .empty }
        return .element(named: "details", nodes: [.class("notice"),
            .element(named: "summary", text: "Kwaliteitsprofiel: " + DutchFormat.count(flagged.count, "bedrijf heeft", "bedrijven hebben") + " aandachtspunten"),
            .ul(.forEach(flagged.sorted { (names[$0.key] ?? "") < (names[$1.key] ?? "") }) { item in
                let p = item.value
                let parts = [p.ended > 0 ? DutchFormat.count(p.ended, "stage afgebroken", "stages afgebroken") : nil,
                             p.declines > 0 ? DutchFormat.count(p.declines, "afwijzing", "afwijzingen") : nil,
                             p.reports > 0 ? DutchFormat.count(p.reports, "melding", "meldingen") : nil,
                             p.markCount >= 5 ? "cijfer \(p.markText)" : nil].compactMap { $0 }
                return .li(.a(.attr("href", SitePath.company(item.key).path), .text(names[item.key] ?? "")), .text(": " + parts.joined(separator: ", ")))
            })])
    }
}
