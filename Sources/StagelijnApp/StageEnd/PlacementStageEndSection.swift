import Fluent
import Plot
import StagelijnCore
import Vapor

/// Issue 15 on the placement page: the link to the dropout of a stage that ended early, and the allowance with its
/// check and flags. `PlacementsController` calls `prepare`; `PlacementDetailPage` calls `block`.
enum PlacementStageEndSection {
    private struct CheckKey: StorageKey { typealias Value = (check: AllowanceService.Check, placement: UUID, canEdit: Bool) }
    private struct DropoutKey: StorageKey { typealias Value = DropoutModel }

    static func prepare(_ req: Request, placement: PlacementModel) async throws {
        guard let user = req.currentUser else { return }
        let id = try placement.requireID()
        if AccessPolicy.allows(user.role, .view, .dropout), placement.status == .terminated {
            req.storage[DropoutKey.self] = try await DropoutModel.query(on: req.db).filter(\.$placement.$id == id)
                .filter(\.$school.$id == user.schoolID).first()
        }
        guard AccessPolicy.allows(user.role, .view, .allowance) else { return }
        req.storage[CheckKey.self] = (try await AllowanceService.check(placement, on: req.db), id,
                                      AccessPolicy.allows(user.role, .update, .allowance))
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        .group(dropoutLink(req), allowance(req))
    }

    private static func dropoutLink(_ req: Request) -> Node<HTML.BodyContext> {
        guard let dropout = req.storage[DropoutKey.self] else { return .empty }
        return .p(.attr("class", dropout.nextStep == nil ? "notice warn" : "notice"),
                  .a(.attr("href", StageEndPath.dropout(dropout.id ?? UUID()).path),
                     .text(dropout.nextStep == nil ? "Uitval: nog geen vervolgstap — naar de uitval →" : "Uitval: \(dropout.nextStep?.dutchName ?? "") →")))
    }

    private static func allowance(_ req: Request) -> Node<HTML.BodyContext> {
        guard let (check, placement, canEdit) = req.storage[CheckKey.self] else { return .empty }
        let edit: Node<HTML.BodyContext> = canEdit
            ? .p(.a(.class("button secondary"), .attr("href", StageEndPath.allowance(placement: placement).path),
                    .text(check.allowance == nil ? "Vergoeding vastleggen" : "Vergoeding wijzigen"))) : .empty
        guard let allowance = check.allowance else {
            return .section(.attr("id", "vergoeding"), .h2(.text("Stagevergoeding")), .p(.text("Nog niet vastgelegd.")), edit)
        }
        let hoursText = "\(DutchFormat.hours(minutes: Int((check.hoursPerWeek * 60).rounded()))) per week"
            + (check.hoursFromSchedule ? " volgens het rooster" : " volgens de stageplaats")
        return .section(.attr("id", "vergoeding"),
            .h2(.text("Stagevergoeding")),
            .dl(.class("facts"),
                .dt("Afspraak"), .dd(.text(allowance.amountCents == 0 ? "geen vergoeding"
                                           : "\(euro(allowance.amountCents)) \(allowance.unit.dutchName) (\(allowance.source.dutchName))")),
                .dt("Onkosten"), .dd(.text(allowance.costCentsPerMonth == 0 ? "geen onkostenvergoeding" : "\(euro(allowance.costCentsPerMonth)) per maand")),
                .dt("Uren"), .dd(.text(hoursText)),
                .unwrap(check.result) { result in
                    .group(
                        .dt("Omgerekend"), .dd(.text("\(euro(result.allowanceCentsPerMonth)) per maand, \(euro(result.allowanceCentsPerHour)) per uur")),
                        .dt("Minimumjeugdloon"), .dd(.text(result.minimumWageCentsPerHour.map { hour in
                            "\(euro(hour)) per uur (\(check.age.map { "\($0) jaar" } ?? "")), voor deze uren \(euro(result.minimumWageCentsPerMonth ?? 0)) per maand"
                        } ?? "geldt niet onder 15 jaar")))
                }),
            .unwrap(check.result) { result in
                result.isOK ? .p(.class("notice ok"), .text(check.norm == nil ? "Geen signalen. De school heeft nog geen eigen norm ingesteld."
                                                                               : "Voldoet aan de norm van de school."))
                    : .div(.class("notice warn"), .ul(.class("plain"), .forEach(result.flags) { .li(.text($0.dutchMessage)) }))
            },
            edit)
    }
}
