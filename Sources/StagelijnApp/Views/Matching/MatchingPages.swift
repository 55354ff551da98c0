import Plot
import StagelijnCore
import Vapor

enum MatchingPages {
    struct IndexContext {
        let periods: [StagePeriodModel]
        let period: StagePeriodModel?
        let students: [(student: StudentModel, preferences: Int)]
        let freePlaces: Int
        let runs: [MatchingRunModel]
    }

    static func periodPicker(_ path: SitePath, _ periods: [StagePeriodModel], _ period: StagePeriodModel?) -> Node<HTML.BodyContext> {
        .form(.method(.get), .attr("action", path.path), .class("filters"),
              Forms.select("Stageperiode", "periode", .init(["periode": period?.id?.uuidString ?? ""]),
                           options: periods.compactMap { p in p.id.map { ($0.uuidString, p.label) } }),
              .button(.type(.submit), .class("secondary"), .text("Kies")))
    }

    static func index(_ req: Request, _ context: IndexContext) -> Response {
        let chrome = PageChrome(req, title: "Matching", section: .matching)
        let withWishes = context.students.filter { $0.preferences > 0 }.count
        let results = context.runs.compactMap { run in StoredResult.decode(run.result).map { (run, $0) } }
            .sorted { $0.1.algorithm < $1.1.algorithm }
        return Layout.page(chrome, .group(
            .h1(.text("Objectieve matching")),
            .p(.text("Leerlingen krijgen een plek op hun eigen wensen, niet op een ‘klik’. Twee methoden naast elkaar: "
                     + "de stabiele indeling (niemand kan met een plek ruilen die hem liever heeft) en de indeling die zoveel "
                     + "mogelijk leerlingen plaatst.")),
            periodPicker(.matching, context.periods, context.period),
            .p(.a(.attr("href", SitePath.matchingOverview.path + (context.period?.id.map { "?periode=\($0)" } ?? "")),
                  .text("Overzicht: tekorten per sector, plaatsingskansen en afwijzingen →"))),
            .unwrap(context.period) { period in .group(
                .h2(.text("Nog zonder plek: \(context.students.count) leerlingen")),
                .p(.text("\(withWishes) van hen hebben wensen opgegeven; er zijn \(context.freePlaces) vrije plaatsen bij de bedrijven van het bestuur.")),
                .form(.method(.post), .attr("action", SitePath.matchingCompute.path),
                      Forms.csrf(chrome.csrfToken), .input(.type(.hidden), .name("periodID"), .attr("value", period.id?.uuidString ?? "")),
                      .button(.type(.submit), .text("Indeling berekenen"))),
                .if(!results.isEmpty, comparison(results)),
                ExportLink.node(req, "matching-zonder-plek.csv"),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Leerling"), .th("Klas"), .th("Ondersteuning"), .th("Wensen"))),
                    .tbody(.forEach(context.students) { item in
                        .tr(.td(.a(.attr("href", SitePath.preferences(item.student.id ?? UUID()).path + "?periode=\(period.id?.uuidString ?? "")"),
                                   .text(item.student.fullName))),
                            .td(.text(item.student.className)),
                            .td(.text(item.student.needsSupport ? "ja" : "")),
                            .td(.text(item.preferences == 0 ? "nog geen" : "\(item.preferences)")))
                    }))))
            }))
    }

    static func comparison(_ results: [(MatchingRunModel, StoredResult)]) -> Node<HTML.BodyContext> {
        let maxRank = results.flatMap { $0.1.metrics.rankCounts.keys.compactMap { Int($0) } }.max() ?? 0
        return .group(
            .h2(.text("Vergelijking (loting \(results.first.map { String($0.1.seed) } ?? ""))")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th(""), .forEach(results) { run, result in
                    .th(.a(.attr("href", SitePath.matchingRun(run.id ?? UUID()).path), .text(label(result.algorithm))))
                })),
                .tbody(
                    row("Leerlingen met wensen", results) { "\($0.metrics.students)" },
                    row("Geplaatst", results) { "\($0.metrics.matched)" },
                    row("Gemiddelde plek op de wensenlijst", results) { String(format: "%.2f", $0.metrics.meanRank).replacingOccurrences(of: ".", with: ",") },
                    .forEach(Array(1...max(1, maxRank))) { rank in
                        row("Op keuze \(rank)", results) { "\($0.metrics.rankCounts[String(rank)] ?? 0)" }
                    },
                    row("Zonder plek", results) { "\($0.unmatched.count)" },
                    row("Paren die liever zouden ruilen", results) { "\($0.metrics.blockingPairs)" },
                    .tr(.th("Gepubliceerd"), .forEach(results) { run, _ in
                        .td(.text(run.publishedAt.map { DutchFormat.dateTime($0) } ?? "nee"))
                    })
                ))))
    }

    static func row(_ title: String, _ results: [(MatchingRunModel, StoredResult)],
                    _ value: (StoredResult) -> String) -> Node<HTML.TableContext> {
        .tr(.th(.text(title)), .forEach(results) { .td(.text(value($0.1))) })
    }

    static func label(_ algorithm: String) -> String {
        algorithm == MatchingAlgorithm.optimal.rawValue ? "Zoveel mogelijk geplaatst" : "Stabiele indeling"
    }

    struct RunContext {
        let run: MatchingRunModel
        let result: StoredResult?
        let proposals: [UUID: UUID?]
        let students: [StudentModel]
        let positions: [PositionModel]
        let overrides: [MatchingOverrideModel]
        let error: String?
    }

    /// One student's line of a run, in the words of the page (and of its CSV download).
    struct RunRow {
        let student: StudentModel
        let proposal: UUID?
        let place: String
        let choice: String
        let explanation: String
    }

    static func runRows(_ context: RunContext) -> [RunRow] {
        let positions = Dictionary(context.positions.compactMap { p in p.id.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let ranks = Dictionary((context.result?.assignments ?? []).compactMap { a in UUID(uuidString: a.studentId).map { ($0, a.rank) } },
                               uniquingKeysWith: { a, _ in a })
        let reasons = Dictionary((context.result?.unmatched ?? []).compactMap { u in UUID(uuidString: u.studentId).map { ($0, u.reason) } },
                                 uniquingKeysWith: { a, _ in a })
        let overridden = Dictionary(context.overrides.map { ($0.$student.id, $0.reason) }, uniquingKeysWith: { a, _ in a })
        return context.students.sorted { ($0.className, $0.lastName) < ($1.className, $1.lastName) }.map { student in
            let id = student.id ?? UUID()
            let proposal = context.proposals[id] ?? nil
            return RunRow(student: student, proposal: proposal,
                          place: proposal.flatMap { positions[$0] }.map { "\($0.company.name) — \($0.title)" } ?? "geen plek",
                          choice: overridden[id] == nil ? (ranks[id].map { "\($0)" } ?? "–") : "handmatig",
                          explanation: overridden[id].map { "Aangepast: \($0)" } ?? reasons[id] ?? "")
        }
    }

    static func run(_ req: Request, _ context: RunContext, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Indeling", section: .matching)
        let options = context.positions.compactMap { p in p.id.map { ($0.uuidString, "\(p.company.name) — \(p.title)") } }
        let published = context.run.publishedAt != nil
        let runID = context.run.id ?? UUID()
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.matching.path + "?periode=\(context.run.$period.id)"), .text("← Terug naar de matching"))),
            .h1(.text("\(label(context.run.algorithm)) (loting \(UInt64(bitPattern: context.run.seed)))")),
            .unwrap(context.error) { Forms.alert($0) },
            MeldpuntCompanySignals.warningBlock(req),
            CompanyQualityProfile.matchingBlock(req),
            .if(published, .p(.class("notice ok"), .text("Gepubliceerd: de voorstellen staan bij Stages met status ‘voorstel’."))),
            .if(!published, .form(.method(.post), .attr("action", SitePath.matchingPublish(runID).path),
                Forms.csrf(chrome.csrfToken), .button(.type(.submit), .text("Publiceren als stagevoorstellen")))),
            ExportLink.node(req, "matching-indeling.csv", adding: [("indeling", runID.uuidString)]),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Leerling"), .th("Voorstel"), .th("Keuze"), .th("Toelichting"), .if(!published, .th("Aanpassen")))),
                .tbody(.forEach(runRows(context)) { row in
                    .tr(
                        .td(.text(row.student.fullName)),
                        .td(.text(row.place)),
                        .td(.text(row.choice)),
                        .td(.text(row.explanation)),
                        .if(!published, .td(.form(.method(.post), .attr("action", SitePath.matchingOverride(runID).path), .class("inline"),
                            Forms.csrf(chrome.csrfToken),
                            .input(.type(.hidden), .name("studentID"), .attr("value", (row.student.id ?? UUID()).uuidString)),
                            Forms.select("Plaats", "positionID", .init(["positionID": row.proposal?.uuidString ?? ""]), options: options, includeEmpty: "geen plek"),
                            Forms.text("Reden", "reason", .init()),
                            .button(.type(.submit), .class("secondary"), .text("Aanpassen"))))))
                })))
        ))
    }

    static func overview(_ req: Request, periods: [StagePeriodModel], period: StagePeriodModel?, report: MatchingOverview?) -> Response {
        let chrome = PageChrome(req, title: "Matching: overzicht", section: .matching)
        return Layout.page(chrome, .group(
            .h1(.text("Tekorten, plaatsingskansen en afwijzingen")),
            periodPicker(.matchingOverview, periods, period),
            .unwrap(report) { report in .group(
                .h2(.text("Vraag en aanbod per sector")),
                .p(.class("hint"), .text("Vraag: leerlingen zonder plek met belangstelling voor de sector, per leerjaar. Aanbod: vrije plaatsen bij de bedrijven van het bestuur.")),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Sector"), .forEach(report.levels) { .th(.text("leerjaar \($0)")) }, .th("Vraag"), .th("Vrije plaatsen"), .th("Tekort"))),
                    .tbody(.forEach(report.sectors) { row in
                        .tr(.td(.text(row.sector.dutchName)),
                            .forEach(report.levels) { level in .td(.text("\(row.demandByLevel[level] ?? 0)")) },
                            .td(.text("\(row.demand)")), .td(.text("\(row.freePlaces)")),
                            .td(.text(row.demand > row.freePlaces ? "\(row.demand - row.freePlaces)" : "–")))
                    }))),
                .h2(.text("Plaatsingskans per groep")),
                .p(.class("hint"), .text("Aandeel leerlingen (leerjaar 3 en hoger) met een stage in deze periode. Stagelijn legt geen afkomst of andere bijzondere persoonsgegevens vast.")),
                .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Groep"), .th("Leerlingen"), .th("Met stage"), .th("Percentage"))),
                    .tbody(.forEach(report.rates) { row in
                        .tr(.td(.text(row.group)), .td(.text("\(row.students)")), .td(.text("\(row.placed)")),
                            .td(.text(row.students == 0 ? "–" : "\(Int((Double(row.placed) / Double(row.students) * 100).rounded())) %")))
                    }))),
                .h2(.text("Afwijzingen na een kennismaking, per bedrijf")),
                .if(report.declines.isEmpty, .p(.class("muted"), .text("Nog geen afwijzingen vastgelegd."))),
                .if(!report.declines.isEmpty, .div(.class("table-wrap"), .table(
                    .thead(.tr(.th("Bedrijf"), .th("Aantal"), .th("Redenen"))),
                    .tbody(.forEach(report.declines) { row in
                        .tr(.td(.text(row.company)), .td(.text("\(row.count)")),
                            .td(.text(row.reasons.sorted { $0.key < $1.key }
                                .map { "\(DeclineReason(rawValue: $0.key)?.dutchName ?? $0.key): \($0.value)" }.joined(separator: "; "))))
                    }))))
            )}))
    }
}
