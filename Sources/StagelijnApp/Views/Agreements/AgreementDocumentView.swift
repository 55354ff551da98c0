import Foundation
import Plot
import StagelijnCore

/// The agreement as a document a school sends: letterhead, parties table, numbered articles, the stage plan annex,
/// a signature block and the controlecode in the footer. One renderer for the printable page and the PDF.
enum AgreementDocumentView {
    struct Input {
        let state: AgreementState
        let schoolName: String
        let schoolTown: String
        let parentRequired: Bool
    }

    /// A standalone A4 HTML document. `inlineStyle` for WeasyPrint (no server to fetch from); the browser's printable
    /// page links the stylesheet instead (the CSP allows styles from the site only).
    static func html(_ input: Input, inlineStyle: Bool, backLink: String? = nil) -> String {
        HTML(.lang(.dutch),
             .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                   .element(named: "title", text: "Stageovereenkomst"),
                   inlineStyle ? .element(named: "style", nodes: [.raw(AgreementDocumentStyle.css(controlCode: input.state.textHash))])
                               : .link(.rel(.stylesheet), .attr("href", SitePath.agreementStylesheet.path))),
             .body(.class("agreement"),
                   .unwrap(backLink) { link in
                       .p(.class("no-print"), .a(.attr("href", link), .text("← Terug")),
                          .text(" · Afdrukken via het menu van de browser bewaart dit document op papier of als PDF."))
                   },
                   body(input)))
            .render()
    }

    static func body(_ input: Input) -> Node<HTML.BodyContext> {
        let state = input.state
        return .article(.class("agreement-document"),
            .header(.class("letterhead"),
                    .p(.class("school"), .text(input.schoolName)),
                    .if(!input.schoolTown.isEmpty, .p(.class("address"), .text(input.schoolTown)))),
            .unwrap(state.parts, { parts in
                .group(
                    .h1(.text(parts.title)), .p(.class("subtitle"), .text(parts.subtitle)),
                    .h2(.text("Partijen")),
                    .table(.class("parties"), .tbody(.forEach(parts.parties) { party in
                        .tr(.th(.text(party.role)), .td(.strong(.text(party.name)),
                                                        .if(!party.details.isEmpty, .span(.class("party-details"), .text(" — \(party.details)")))))
                    })),
                    .forEach(parts.articles) { article in
                        .section(.class("article"),
                                 .h2(.text("Artikel \(article.number). \(article.title)")),
                                 .forEach(article.paragraphs) { .p(.text($0)) },
                                 .if(!article.items.isEmpty, .ul(.forEach(article.items) { .li(.text($0)) })))
                    },
                    signatureBlock(input),
                    .section(.class("annex"),
                             .h2(.text(parts.annexTitle)),
                             .table(.class("parties"), .tbody(.forEach(parts.annex) { row in
                                 .tr(.th(.text(row.label)), .td(.text(row.value)))
                             }))))
            }, else: .group(.pre(.class("document"), .text(state.text)), signatureBlock(input))),
            .footer(.class("document-footer"),
                    .p(.class("controlcode"), .text("Controlecode: \(state.textHash)")),
                    .p(.class("status"), .text(state.isComplete ? "Status: compleet en volledig ondertekend." : "Status: nog niet compleet of nog niet door iedereen getekend."))))
    }

    static func signatureBlock(_ input: Input) -> Node<HTML.BodyContext> {
        let roles: [SignatoryRole] = [.school, .student, .company] + (input.parentRequired ? [.parent] : [])
        let byRole = Dictionary(input.state.signatures.map { ($0.role, $0) }) { first, _ in first }
        return .section(.class("signatures"),
            .h2(.text("Ondertekening")),
            .table(.class("signature-block"),
                   .thead(.tr(.th("Partij"), .th("Naam"), .th("Datum en tijd"), .th("Wijze"))),
                   .tbody(.forEach(roles) { role in
                       let signature = byRole[role.rawValue]
                       return .tr(.td(.text(role.dutchName.capitalizedFirstLetter)),
                                  .td(.text(signature?.name ?? "")),
                                  .td(.text(signature.map(when) ?? "nog niet getekend")),
                                  .td(.text(signature.map(method) ?? "")))
                   })))
    }

    /// A digital signature has its exact moment; a paper one the date written on it.
    static func when(_ signature: AgreementSignatureModel) -> String {
        signature.method == "digitaal" ? DutchFormat.dateTime(signature.recordedAt)
                                       : LocalDate(iso: signature.signedOn)?.dutch ?? signature.signedOn
    }

    static func method(_ signature: AgreementSignatureModel) -> String {
        signature.method == "digitaal" ? "digitaal, via Stagelijn" : "op papier, vastgelegd door de school"
    }
}
