import Plot
import StagelijnCore
import Vapor

/// The parts of the agreement page about personal signing links, and the printable version.
enum AgreementSigningSections {
    static func status(_ link: AccessLinkModel, now: Date) -> String {
        if link.usedAt != nil { return "getekend" }
        if link.revokedAt != nil { return "ingetrokken" }
        if link.expiresAt <= now { return "verlopen" }
        return "open tot \(DutchFormat.dateTime(link.expiresAt))"
    }

    static func invitations(_ context: AgreementPage.Context, csrf: String, id: UUID) -> Node<HTML.BodyContext> {
        let v = context.inviteValues
        let needsParent = AgreementCompleteness.parentSignatureRequired(context.state.content, today: context.today)
        return .group(
            .h3(.text("Persoonlijke links om digitaal te tekenen")),
            .if(!context.links.isEmpty, .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Voor"), .th("Aan"), .th("Status"), .th(""))),
                .tbody(.forEach(context.links) { link in
                    .tr(.td(.text(SignatoryRole(rawValue: link.role)?.dutchName ?? link.role)),
                        .td(.text("\(link.recipientName), \(link.recipientEmail)")),
                        .td(.text(status(link, now: context.now))),
                        .td(.if(link.usedAt == nil && link.revokedAt == nil && link.expiresAt > context.now,
                                .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/links/\(link.id?.uuidString ?? "")/intrekken"),
                                      .class("inline"), .input(.type(.hidden), .attr("name", CSRFMiddleware.formField), .attr("value", csrf)),
                                      .button(.type(.submit), .class("secondary"), .text("Intrekken"))))))
                })))),
            .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/uitnodigen"), .class("stack"),
                  .input(.type(.hidden), .attr("name", CSRFMiddleware.formField), .attr("value", csrf)),
                  Forms.errorSummary(v),
                  Forms.text("E-mail leerling", "studentEmail", v, type: .email),
                  Forms.text("Naam praktijkbegeleider", "companyName", v),
                  Forms.text("E-mail praktijkbegeleider", "companyEmail", v, type: .email),
                  .if(needsParent, .group(Forms.text("Naam ouder of verzorger", "parentName", v),
                                          Forms.text("E-mail ouder of verzorger", "parentEmail", v, type: .email))),
                  .button(.type(.submit), .text("Uitnodigingen versturen"))))
    }
}

extension AgreementPage {
    static func printable(_ req: Request, placement: PlacementModel, state: AgreementState) -> Response {
        let chrome = PageChrome(req, title: "Stageovereenkomst \(placement.student.fullName)", section: .placements)
        return Layout.page(chrome, .group(
            .p(.class("no-print"), .a(.attr("href", SitePath.agreement(placement.id ?? UUID()).path), .text("← Terug"))),
            .pre(.class("document"), .text(state.text)),
            .h2(.text("Ondertekening")),
            .if(state.signatures.isEmpty, .p(.text("Nog niet ondertekend."))),
            .ul(.forEach(state.signatures) { signature in
                .li(.text("\(SignatoryRole(rawValue: signature.role)?.dutchName ?? signature.role): \(signature.name), "
                          + "\(LocalDate(iso: signature.signedOn)?.dutch ?? signature.signedOn), \(signature.method)"
                          + (signature.textHash.map { "; tekst-SHA-256 \($0)" } ?? "")))
            }),
            .p(.class("hint"), .text("SHA-256 van de tekst hierboven: \(state.textHash)"
                                     + (state.isComplete ? " — compleet en volledig ondertekend." : " — nog niet compleet.")))
        ))
    }
}
