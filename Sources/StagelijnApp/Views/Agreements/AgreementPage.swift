import Plot
import StagelijnCore
import Vapor

/// The agreement of one placement: what is missing (live, from the rules engine), the form — or, once everyone has
/// signed, the document itself, read-only — sending it for signing in one step, and the signatures.
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
        var contacts: AgreementContacts? = nil
        /// Set when a save would void these signatures (role names): the form asks for confirmation.
        var confirmVoid: [String] = []
        var sendValues: Forms.Values = .init()
        var reminderDays: Int = MessageSettingsModel.defaultReminderDays
    }

    static let parties = InsuranceParty.allCases.map { (value: $0.rawValue, label: $0.dutchName) }
    static let signatories = SignatoryRole.allCases.map { (value: $0.rawValue, label: $0.dutchName) }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let placement = context.placement, state = context.state
        let id = placement.id ?? UUID()
        let chrome = PageChrome(req, title: "Stageovereenkomst \(placement.student.fullName)", section: .placements)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.placement(id).path), .text("← Terug naar de stage"))),
            .h1(.text("Stageovereenkomst van \(placement.student.fullName)")),
            .unwrap(context.error) { Forms.alert($0) },
            statusBox(context),
            .if(state.isFullySigned, signedDocument(context, chrome: chrome, id: id),
                else: .if(context.canEdit, editForm(context, chrome: chrome, id: id))),
            .if(context.canEdit && !context.isDraft && !state.isSent && !state.isFullySigned,
                AgreementSendSection.send(context, csrf: chrome.csrfToken, id: id)),
            signatures(context, chrome: chrome, id: id),
            .if(context.canEdit && state.isSent && !state.isFullySigned,
                AgreementSigningSections.invitations(context, csrf: chrome.csrfToken, id: id)),
            .if(context.canEdit, AgreementSendSection.contacts(context, csrf: chrome.csrfToken, id: id)),
            .p(.a(.attr("href", SitePath.agreement(id).path + "/afdruk"), .text("Afdrukbare versie (A4) met handtekeningen →")),
               .text(" · "), .a(.attr("href", SitePath.agreement(id).path + "/pdf"), .text("PDF downloaden")))
        ))
    }

    private static func editForm(_ context: Context, chrome: PageChrome, id: UUID) -> Node<HTML.BodyContext> {
        let v = context.values
        let confirming = !context.confirmVoid.isEmpty
        return .group(
            .h2(.text(context.isDraft ? "Overeenkomst opstellen (voorstel ingevuld vanuit de stage)" : "Inhoud")),
            .if(confirming, .div(.class("notice warn"), .attr("role", "alert"),
                .p(.strong(.text("Let op: deze wijziging laat \(DutchFormat.count(context.confirmVoid.count, "handtekening", "handtekeningen")) vervallen")),
                   .text(" (\(context.confirmVoid.joined(separator: ", "))). Wie al tekende, moet dan opnieuw tekenen.")),
                .p(.text("Uw wijziging is nog niet opgeslagen. Controleer haar hieronder en kies ‘Opslaan en opnieuw laten tekenen’, of ga terug zonder op te slaan.")))),
            .form(.method(.post), .attr("action", SitePath.agreement(id).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .if(confirming, .input(.type(.hidden), .name("confirmVoid"), .value("ja"))),
                Forms.errorSummary(v),
                Forms.textArea("Leeractiviteiten (één per regel)", "learningActivities", v),
                Forms.text("Stagebedrijf", "companyName", v),
                Forms.textArea("Plaatsen waar de leerling werkt (één per regel)", "positionLocations", v),
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
                .p(.class("hint"), .text("De periode in het stageplan is die van de begin- en einddatum hierboven.")),
                Forms.textArea("Doel", "planAim", v),
                Forms.textArea("Inhoud", "planContent", v),
                Forms.textArea("Omvang", "planSize", v),
                Forms.textArea("Opbouw", "planStructure", v),
                Forms.textArea("Organisatie", "planOrganisation", v),
                .div(.class("actions"), .button(.type(.submit), .text(confirming ? "Opslaan en opnieuw laten tekenen" : "Opslaan")),
                     .if(confirming, .a(.class("button secondary"), .attr("href", SitePath.agreement(id).path), .text("Terug zonder opslaan"))))))
    }

    /// Fully signed: the document as signed, no form; the coordinator may deliberately start a new version.
    private static func signedDocument(_ context: Context, chrome: PageChrome, id: UUID) -> Node<HTML.BodyContext> {
        let placement = context.placement
        return .group(
            .h2(.text("De getekende overeenkomst")),
            .p(.class("hint"), .text("Iedereen heeft getekend; de tekst kan niet meer worden gewijzigd.")),
            .div(.class("table-wrap"), AgreementDocumentView.body(.init(
                state: context.state, schoolName: placement.school.name, schoolTown: placement.school.town,
                parentRequired: AgreementCompleteness.parentSignatureRequired(context.state.content, today: context.today)))),
            .if(context.canSignForSchool, .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/nieuwe-versie"), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .h3(.text("Nieuwe versie maken")),
                .p(.text("Moet er iets veranderen (andere dagen, een ander bedrijf)? Maak dan een nieuwe versie. "
                         + "Alle \(DutchFormat.count(context.state.signatures.count, "handtekening", "handtekeningen")) vervallen; "
                         + "school, leerling, stagebedrijf en ouder tekenen de nieuwe versie opnieuw. De stage behoudt haar status.")),
                Forms.checkbox("Ik begrijp dat alle handtekeningen vervallen", "confirm", .init()),
                .div(.class("actions"), .button(.type(.submit), .class("secondary"), .text("Nieuwe versie maken"))))))
    }

    private static func statusBox(_ context: Context) -> Node<HTML.BodyContext> {
        let state = context.state
        if context.isDraft {
            return .div(.class("notice"), .p(.text("Er is nog geen overeenkomst opgeslagen. Controleer het voorstel hieronder en sla het op.")))
        }
        if state.isComplete {
            let step = AgreementFollowUp.placementStep(status: context.placement.status, fullySigned: true,
                                                       startDate: state.content.startDate, today: context.today)
            let next: String
            switch step {
            case let .readyToStart(day): next = " Klaar om te starten: de stage wordt op \(day.dutch) vanzelf ‘lopend’."
            case .start: next = " De stage kan beginnen."
            case .none: next = context.placement.status == .active ? " De stage loopt." : ""
            }
            return .div(.class("notice ok"), .p(.strong("Compleet en volledig ondertekend."), .text(next)))
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
                          + "\(AgreementDocumentView.when(signature)) (\(signature.method))"),
                    .if(signature.textHash != nil && signature.textHash != state.textHash,
                        .strong(.text(" — getekend op een andere tekst dan de huidige!"))))
            })),
            .if(!AgreementCompleteness.parentSignatureRequired(state.content, today: context.today),
                .p(.class("hint"), .text("De leerling is meerderjarig: een handtekening van een ouder is niet nodig."))),
            .if(context.canSignForSchool && state.isSent && !state.signatures.contains { $0.role == SignatoryRole.school.rawValue },
                .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/school"),
                      Forms.csrf(chrome.csrfToken), .input(.type(.hidden), .name("textHash"), .attr("value", state.textHash)),
                      .button(.type(.submit), .text("Tekenen namens de school")))),
            .if(context.canEdit && state.isSent && !state.isFullySigned, .group(
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
