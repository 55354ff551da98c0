import Plot
import StagelijnCore
import Vapor

/// The agreement of one placement: what is missing (live, from the rules engine), the form, and the signatures.
enum AgreementPage {
    struct Context {
        let placement: PlacementModel
        let state: AgreementState
        let values: Forms.Values
        let isDraft: Bool
        let canEdit: Bool
        let error: String?
        let signatureValues: Forms.Values
        let today: LocalDate
        let canSignForSchool: Bool
        let links: [AccessLinkModel]
        let now: Date
        let inviteValues: Forms.Values
    }

    static let parties = InsuranceParty.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let signatories = SignatoryRole.allCases.map { (value: $0.rawValue, label: $0.dutchName) }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let placement = context.placement, state = context.state
        let id = placement.id ?? UUID()
        let chrome = PageChrome(req, title: "Stageovereenkomst \(placement.student.fullName)", section: .placements)
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Stageovereenkomst van \(placement.student.fullName)")),
            .unwrap(context.error) { Forms.alert($0) },
            statusBox(context),
            .if(context.canEdit, .group(
                .h2(.text(context.isDraft ? "Overeenkomst opstellen (voorstel ingevuld vanuit de stage)" : "Inhoud")),
                .form(.method(.post), .attr("action", SitePath.agreement(id).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    Forms.errorSummary(v),
                    Forms.textArea("Leeractiviteiten (één per regel)", "learningActivities", v),
                    Forms.text("Stagebedrijf", "companyName", v),
                    Forms.textArea("Plaats(en) waar de leerling werkt (één per regel)", "positionLocations", v),
                    Forms.text("Begindatum", "startDate", v, type: .date),
                    Forms.text("Einddatum", "endDate", v, type: .date),
                    Forms.textArea("Dagen en tijden", "scheduleText", v, hint: "Het rooster van de stage wordt gecontroleerd op de jeugdarbeidsregels."),
                    Forms.textArea("Begeleiding door de school (stagebegeleider)", "schoolShare", v),
                    Forms.textArea("Begeleiding door het bedrijf (praktijkbegeleider)", "companyShare", v),
                    Forms.textArea("Hoe het bedrijf meedoet aan de beoordeling", "assessment", v),
                    Forms.textArea("Afspraak over toezicht door de inspectie", "inspection", v),
                    Forms.select("Ongevallen- en aansprakelijkheidsverzekering door", "accidentBy", v, options: parties, includeEmpty: "nog niet bekend"),
                    Forms.select("Premie betaald door", "premiumBy", v, options: parties, includeEmpty: "nog niet bekend"),
                    .h3(.text("Stageplan (WVO art. 33)")),
                    Forms.textArea("Doel", "planAim", v),
                    Forms.textArea("Inhoud", "planContent", v),
                    Forms.textArea("Omvang", "planSize", v),
                    Forms.textArea("Opbouw", "planStructure", v),
                    Forms.textArea("Organisatie", "planOrganisation", v),
                    .div(.class("actions"), .button(.type(.submit), .text("Opslaan")))),
                .if(!context.isDraft && !state.isSent, .form(.method(.post), .attr("action", SitePath.agreementSend(id).path),
                    Forms.csrf(chrome.csrfToken),
                    .button(.type(.submit), .text("Ter ondertekening versturen")))))),
            signatures(context, chrome: chrome, id: id),
            .if(context.canEdit && state.isSent, AgreementSigningSections.invitations(context, csrf: chrome.csrfToken, id: id)),
            .p(.a(.attr("href", SitePath.agreement(id).path + "/afdruk"), .text("Afdrukbare versie (A4) met handtekeningen →")),
               .text(" · "), .a(.attr("href", SitePath.agreement(id).path + "/pdf"), .text("PDF downloaden")))
        ))
    }

    private static func statusBox(_ context: Context) -> Node<HTML.BodyContext> {
        let state = context.state
        if context.isDraft {
            return .div(.class("notice"), .p(.text("Er is nog geen overeenkomst opgeslagen. Controleer het voorstel hieronder en sla het op.")))
        }
        if state.isComplete {
            return .div(.class("notice ok"), .p(.strong("Compleet en volledig ondertekend."),
                                              .text(" De stage kan beginnen.")))
        }
        return .div(.class("notice warn"),
            .p(.strong(state.missingContent.isEmpty ? "De inhoud is compleet; er ontbreken nog handtekeningen:"
                                                    : "Nog niet compleet volgens WVO art. 35. Ontbreekt:")),
            .ul(.forEach(state.missing) { .li(.text($0.dutchDescription)) }),
            .p(.text(state.isSent ? "Status: ter ondertekening." : "Status: concept.")))
    }

    private static func signatures(_ context: Context, chrome: PageChrome, id: UUID) -> Node<HTML.BodyContext> {
        let state = context.state
        return .group(
            .h2(.text("Handtekeningen")),
            .if(state.signatures.isEmpty, .p(.text("Nog niemand heeft getekend."))),
            .if(!state.signatures.isEmpty, .ul(.forEach(state.signatures) { signature in
                .li(.text("\(SignatoryRole(rawValue: signature.role)?.dutchName ?? signature.role): \(signature.name), "
                          + "\(LocalDate(iso: signature.signedOn)?.dutch ?? signature.signedOn) (\(signature.method))"),
                    .if(signature.textHash != nil && signature.textHash != state.textHash,
                        .strong(.text(" — getekend op een andere tekst dan de huidige!"))))
            })),
            .if(!AgreementCompleteness.parentSignatureRequired(state.content, today: context.today),
                .p(.class("hint"), .text("De leerling is meerderjarig: een handtekening van een ouder is niet nodig."))),
            .if(context.canSignForSchool && state.isSent && !state.signatures.contains { $0.role == SignatoryRole.school.rawValue },
                .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/school"),
                      Forms.csrf(chrome.csrfToken), .input(.type(.hidden), .name("textHash"), .attr("value", state.textHash)),
                      .button(.type(.submit), .text("Tekenen namens de school")))),
            .if(context.canEdit && state.isSent, .group(
                .h3(.text("Handtekening op papier vastleggen")),
                .form(.method(.post), .attr("action", SitePath.agreementSignature(id).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    Forms.errorSummary(context.signatureValues),
                    Forms.select("Wie tekende", "role", context.signatureValues, options: signatories, includeEmpty: "kies", required: true),
                    Forms.text("Naam", "name", context.signatureValues, required: true),
                    Forms.text("Datum", "signedOn", context.signatureValues, type: .date, required: true),
                    .button(.type(.submit), .text("Handtekening vastleggen"))))))
    }
}
