import Fluent
import Plot
import StagelijnCore
import Vapor

/// Issue 12, item 5: reports about a company — counted, never their text — on the company page for the coordinator,
/// and as a warning where places are proposed (placement form, matching result), so that a company with open reports
/// is not proposed blindly. A company marked "niet plaatsen" by this school cannot get a new placement.
/// Controllers call `prepare` (one query); the shared views call the blocks, so their contexts stay as they are.
enum MeldpuntCompanySignals {
    struct Loaded {
        var signals: [UUID: MeldpuntRepository.CompanySignal]
        var names: [UUID: String]
        var seesCounts: Bool
        var canBlock: Bool
    }

    private struct LoadedKey: StorageKey { typealias Value = Loaded }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser else { return }
        let handler = try await req.meldpunt.isHandler(user)
        guard handler || MeldpuntAccess.canSeeCompanySignals(role: user.role, sameSchool: true) else { return }
        let signals = try await req.meldpunt.companySignals(school: user.schoolID)
        let companies = try await CompanyModel.query(on: req.db).filter(\.$id ~~ Array(signals.keys)).field(\.$id).field(\.$name).all()
        req.storage[LoadedKey.self] = Loaded(
            signals: signals, names: Dictionary(companies.compactMap { c in c.id.map { ($0, c.name) } }, uniquingKeysWith: { a, _ in a }),
            seesCounts: handler || user.role == .coordinator,
            canBlock: MeldpuntAccess.canBlockCompany(role: user.role, sameSchool: true))
    }

    /// Why a new placement at this company is refused, if it is.
    static func refusal(_ req: Request, company: UUID) async throws -> String? {
        guard let user = req.currentUser, let block = try await req.meldpunt.block(school: user.schoolID, company: company) else { return nil }
        return user.role == .coordinator
            ? "De school heeft dit bedrijf op ‘niet plaatsen’ gezet: \(block.reason)"
            : "De school plaatst geen leerlingen meer bij dit bedrijf. Overleg met de stagecoördinator."
    }

    /// On the company page: the counts and the "niet plaatsen" form (coordinator and handlers only).
    static func companyBlock(_ req: Request, company: UUID) -> Node<HTML.BodyContext> {
        guard let loaded = req.storage[LoadedKey.self], loaded.seesCounts else { return .empty }
        let signal = loaded.signals[company] ?? .init()
        let csrf = req.csrfToken
        return .section(.class("meldpunt-home"),
            .h2(.text("Meldpunt")),
            .p(.text(signal.total == 0 ? "Er zijn geen meldingen over dit bedrijf."
                     : DutchFormat.count(signal.total, "melding", "meldingen") + " over dit bedrijf, waarvan \(signal.open) open. "
                       + "De inhoud staat alleen bij de behandelaars.")),
            .unwrap(signal.blockReason) { reason in .p(.class("notice warn"), .text("Niet plaatsen: \(reason)")) },
            .if(loaded.canBlock, .form(.method(.post), .attr("action", MeldpuntPath.companyBlock(company).path), .class("stack"),
                Forms.csrf(csrf),
                .if(signal.blockReason == nil, .group(
                    .div(.class("field"), .label(.attr("for", "reason"), .text("Reden om dit bedrijf niet meer te gebruiken")),
                         .textarea(.attr("name", "reason"), .attr("id", "reason"), .rows(3))),
                    .div(.class("actions"), .button(.type(.submit), .class("secondary"), .text("Niet plaatsen"))))),
                .if(signal.blockReason != nil, .group(
                    .input(.type(.hidden), .name("action"), .value("opheffen")),
                    .div(.class("actions"), .button(.type(.submit), .class("secondary"), .text("‘Niet plaatsen’ opheffen"))))))))
    }

    /// Above the placement form and a matching result: which companies have open reports or are not to be used.
    static func warningBlock(_ req: Request) -> Node<HTML.BodyContext> {
        guard let loaded = req.storage[LoadedKey.self] else { return .empty }
        let flagged = loaded.signals.filter { $0.value.open > 0 || $0.value.blockReason != nil }
            .map { id, signal -> String in
                let name = loaded.names[id] ?? "onbekend bedrijf"
                if signal.blockReason != nil { return "\(name): niet plaatsen" }
                return loaded.seesCounts ? "\(name): " + DutchFormat.count(signal.open, "open melding", "open meldingen") : "\(name): er lopen meldingen"
            }.sorted()
        guard !flagged.isEmpty else { return .empty }
        return .div(.class("notice warn"), .attr("role", "note"),
                    .p(.strong(.text("Let op bij deze bedrijven (meldpunt):"))),
                    .ul(.forEach(flagged) { .li(.text($0)) }),
                    .p(.text(loaded.seesCounts ? "Stel hier niet zonder overleg met de behandelaar een leerling voor."
                                               : "Overleg met de stagecoördinator voordat u hier een leerling voorstelt.")))
    }
}
