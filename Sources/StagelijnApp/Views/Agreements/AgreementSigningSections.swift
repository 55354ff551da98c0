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
                  .h3(.text("Opnieuw uitnodigen")),
                  .p(.class("hint"), .text("Voor wie nog niet tekende: een nieuwe link vervangt de vorige (bijvoorbeeld als die verlopen is).")),
                  Forms.errorSummary(v),
                  Forms.text("E-mail leerling", "studentEmail", v, type: .email),
                  Forms.text("Naam praktijkbegeleider", "workplaceMentorName", v),
                  Forms.text("E-mail praktijkbegeleider", "workplaceMentorEmail", v, type: .email),
                  .if(needsParent, .group(Forms.text("Naam ouder of verzorger", "parentName", v),
                                          Forms.text("E-mail ouder of verzorger", "parentEmail", v, type: .email))),
                  .button(.type(.submit), .text("Opnieuw uitnodigen"))))
    }
}

extension AgreementPage {
    /// The agreement as the school's document (letterhead, parties, articles, signatures, controlecode), for printing.
    static func printable(_ req: Request, placement: PlacementModel, state: AgreementState) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        let html = AgreementDocumentView.html(documentInput(placement, state: state, today: req.today), inlineStyle: false,
                                              backLink: SitePath.agreement(placement.id ?? UUID()).path)
        return Response(status: .ok, headers: headers, body: .init(string: html))
    }

    static func documentInput(_ placement: PlacementModel, state: AgreementState, today: LocalDate) -> AgreementDocumentView.Input {
        .init(state: state, schoolName: placement.school.name, schoolTown: placement.school.town,
              parentRequired: AgreementCompleteness.parentSignatureRequired(state.content, today: today))
    }
}
