import Plot
import StagelijnCore
import Vapor

/// The dropout pages: the list, and one dropout as the procedure of seed 004 — each step its own small form, so it
/// works on a phone and a step can be done by whoever does it.
enum DropoutPages {
    static func list(_ req: Request, dropouts: [DropoutModel]) -> Response {
        let chrome = PageChrome(req, title: "Uitval", section: .stageEnd)
        let open = dropouts.filter { $0.nextStep == nil }, closed = dropouts.filter { $0.nextStep != nil }
        return Layout.page(chrome, .group(
            .h1(.text("Uitval: afgebroken stages")),
            StageEndNavigation.links(req, current: .dropouts),
            ExportLink.node(req, "uitval.csv"),
            .p(.class("muted"), .text("Een lopende stage die voortijdig stopt, komt hier. Hij blijft open tot er een vervolgstap is.")),
            .h2(.text(open.isEmpty ? "Geen open uitval" : DutchFormat.count(open.count, "open uitval", "open uitvallen"))),
            table(open),
            .if(!closed.isEmpty, .group(.h2(.text("Met vervolgstap")), table(closed)))))
    }

    private static func table(_ dropouts: [DropoutModel]) -> Node<HTML.BodyContext> {
        guard !dropouts.isEmpty else { return .empty }
        return .div(.class("table-wrap"), .table(.class("stack-on-phone"),
            .thead(.tr(.th("Leerling"), .th("Bedrijf"), .th("Gestopt"), .th("Stand"))),
            .tbody(.forEach(dropouts) { dropout in
                .tr(.td(.a(.attr("href", StageEndPath.dropout(dropout.id ?? UUID()).path), .text(dropout.student.fullName)),
                        .span(.class("muted"), .text(" \(dropout.student.className)"))),
                    .td(.text(dropout.placement.position.company.name)),
                    .td(.text(LocalDate(iso: dropout.endedOn)?.dutch ?? dropout.endedOn)),
                    .td(.text(stateText(dropout))))
            })))
    }

    /// The next step, or what is still to do (the list and its CSV download).
    static func stateText(_ dropout: DropoutModel) -> String {
        dropout.nextStep?.dutchName ?? "nog te doen: " + dropout.progress.missing.joined(separator: ", ")
    }

    struct Detail {
        let dropout: DropoutModel
        let canUpdate: Bool
        let values: Forms.Values
        let situation: DropoutSituation
        /// False when the school keeps no group stage in Stagelijn: then the user confirms the room.
        let groupStageKnown: Bool
        let mentorName: String?
        let reports: [IncidentReportModel]
        let showReportLink: Bool
    }

    static func detail(_ req: Request, _ context: Detail, status: HTTPStatus) -> Response {
        let dropout = context.dropout, placement = dropout.placement
        let chrome = PageChrome(req, title: "Uitval van \(dropout.student.fullName)", section: .stageEnd)
        let action = StageEndPath.dropout(dropout.id ?? UUID()).path
        let progress = dropout.progress
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Uitval: \(dropout.student.fullName)")),
            .if(progress.isOpen, .p(.class("notice warn"), .text("Nog te doen: " + progress.missing.joined(separator: ", ") + ". "
                + "De leerling blijft intussen zelf actief zoeken naar een stageplek; de stagebegeleider denkt mee."))),
            .unwrap(dropout.nextStep) { step in
                .p(.class("notice ok"), .text("Vervolgstap: \(step.dutchName)" + (dropout.nextStepOn.flatMap(LocalDate.init(iso:)).map { " (vastgelegd \($0.dutch))" } ?? "") + "."))
            },
            Forms.errorSummary(context.values),
            .dl(.class("facts"),
                .dt("Leerling"), .dd(.a(.attr("href", SitePath.student(dropout.$student.id).path), .text(dropout.student.fullName)),
                                     .text(" (klas \(dropout.student.className), \(dropout.student.schoolType.dutchName))")),
                .dt("Stage"), .dd(.a(.attr("href", SitePath.placement(placement.id ?? UUID()).path),
                                     .text("\(placement.position.title) bij \(placement.position.company.name)"))),
                .dt("Gestopt op"), .dd(.text(LocalDate(iso: dropout.endedOn)?.dutch ?? dropout.endedOn)),
                .dt("Reden"), .dd(.text(dropout.reason)),
                .dt("Mentor"), .dd(.text(mentorLine(dropout, mentor: context.mentorName)))),
            step(1, "Oorzaak", done: dropout.cause.map { cause in
                "Oorzaak: \(cause.dutchName)" + (dropout.causeNote.map { " — \($0)" } ?? "")
            }, form: context.canUpdate ? causeForm(chrome, action, context) : nil, extra: reportLink(context)),
            step(2, "Gesprek met de leerling", done: dropout.talkOn.map { day in
                "\(LocalDate(iso: day)?.dutch ?? day): \(dropout.talkNote ?? "")"
            }, form: context.canUpdate ? talkForm(chrome, action, context.values, today: req.today) : nil),
            step(3, "Contact met het bedrijf", done: dropout.companyContactedOn.map { day in
                "\(LocalDate(iso: day)?.dutch ?? day): \(dropout.companyNote ?? "")"
            }, form: context.canUpdate ? companyForm(chrome, action, context.values, today: req.today) : nil),
            step(4, "Mentor geïnformeerd", done: dropout.mentorInformedAt.map { "Bericht gestuurd op \(DutchFormat.dateTime($0))." },
                 form: context.canUpdate ? .form(.method(.post), .attr("action", action), Forms.csrf(chrome.csrfToken),
                     .input(.type(.hidden), .name("action"), .value("mentor")),
                     .button(.type(.submit), .class("secondary"), .text(dropout.mentorInformedAt == nil ? "Mentor informeren" : "Mentor opnieuw informeren")))
                 : nil),
            step(5, "Vervolgstap", done: dropout.nextStep.map { step in
                step.dutchName + (dropout.nextStepNote.map { " — \($0)" } ?? "")
            }, form: context.canUpdate ? nextStepForm(chrome, action, context) : nil)))
    }

    private static func mentorLine(_ dropout: DropoutModel, mentor: String?) -> String {
        guard let mentor else { return "geen mentor gekoppeld — koppel er een bij de leerling, de mentor wordt altijd geïnformeerd" }
        return dropout.mentorInformedAt.map { "\(mentor), geïnformeerd op \(DutchFormat.dateTime($0))" } ?? "\(mentor), nog niet geïnformeerd"
    }

    private static func step(_ number: Int, _ title: String, done: String?, form: Node<HTML.BodyContext>?,
                             extra: Node<HTML.BodyContext> = .empty) -> Node<HTML.BodyContext> {
        .section(.class("dropout-step"),
            .h2(.text("\(number). \(title)"), .if(done != nil, .span(.class("badge active"), .text(" gedaan")))),
            .unwrap(done) { .p(.text($0)) },
            extra,
            .unwrap(form) { form in
                done == nil ? form : .element(named: "details", nodes: [.element(named: "summary", text: "Wijzigen"), form])
            })
    }

    private static func reportLink(_ context: Detail) -> Node<HTML.BodyContext> {
        guard context.showReportLink, let report = context.dropout.incidentReportID else { return .empty }
        return .p(.a(.attr("href", MeldpuntPath.report(report).path), .text("Bijbehorende melding bij het meldpunt →")))
    }

    private static func causeForm(_ chrome: PageChrome, _ action: String, _ context: Detail) -> Node<HTML.BodyContext> {
        var values = context.values
        if values["cause"].isEmpty, let cause = context.dropout.cause { values.values["cause"] = cause.rawValue }
        return .form(.method(.post), .attr("action", action), .class("stack"), Forms.csrf(chrome.csrfToken),
            .input(.type(.hidden), .name("action"), .value("oorzaak")),
            Forms.select("Waar lag het aan?", "cause", values, options: DropoutCause.allCases.map { ($0.rawValue, $0.dutchName) },
                         includeEmpty: "kies de oorzaak"),
            Forms.textArea("Toelichting (mag leeg)", "causeNote", values),
            .if(!context.reports.isEmpty, Forms.select("Melding bij het meldpunt over dit bedrijf (bij oorzaak veiligheid)", "incidentReport", values,
                options: context.reports.map { ($0.id?.uuidString ?? "", "Melding van \(LocalDate(iso: $0.receivedOn)?.dutch ?? $0.receivedOn): \($0.category.dutchName)") },
                includeEmpty: "geen melding koppelen")),
            .button(.type(.submit), .text("Oorzaak opslaan")))
    }

    private static func talkForm(_ chrome: PageChrome, _ action: String, _ values: Forms.Values, today: LocalDate) -> Node<HTML.BodyContext> {
        var values = values
        if values["talkOn"].isEmpty { values.values["talkOn"] = today.iso }
        return .form(.method(.post), .attr("action", action), .class("stack"), Forms.csrf(chrome.csrfToken),
            .input(.type(.hidden), .name("action"), .value("gesprek")),
            Forms.text("Datum van het gesprek", "talkOn", values, type: .date, required: true),
            Forms.textArea("Wat is er besproken?", "talkNote", values, hint: "Kort: wat de leerling zegt over de oorzaak en wat hij of zij wil."),
            .button(.type(.submit), .text("Gesprek opslaan")))
    }

    private static func companyForm(_ chrome: PageChrome, _ action: String, _ values: Forms.Values, today: LocalDate) -> Node<HTML.BodyContext> {
        var values = values
        if values["companyOn"].isEmpty { values.values["companyOn"] = today.iso }
        return .form(.method(.post), .attr("action", action), .class("stack"), Forms.csrf(chrome.csrfToken),
            .input(.type(.hidden), .name("action"), .value("bedrijf")),
            Forms.text("Datum van het contact", "companyOn", values, type: .date, required: true),
            Forms.textArea("Wat zegt het bedrijf?", "companyNote", values),
            .button(.type(.submit), .text("Contact opslaan")))
    }

    private static func nextStepForm(_ chrome: PageChrome, _ action: String, _ context: Detail) -> Node<HTML.BodyContext> {
        let options = DropoutNextStepRules.options(context.situation)
        var values = context.values
        if values["nextStep"].isEmpty, let step = context.dropout.nextStep { values.values["nextStep"] = step.rawValue }
        if values["supportTeam"].isEmpty && context.dropout.supportTeamConsulted { values.values["supportTeam"] = "ja" }
        return .form(.method(.post), .attr("action", action), .class("stack"), Forms.csrf(chrome.csrfToken),
            .input(.type(.hidden), .name("action"), .value("vervolgstap")),
            Forms.select("Vervolgstap", "nextStep", values, options: options.map { ($0.step.rawValue, $0.step.dutchName) },
                         includeEmpty: "kies de vervolgstap"),
            .ul(.class("plain hint"), .forEach(options.filter { !$0.isAvailable && $0.step != .alternativeProgramme }) { option in
                .li(.text("\(option.step.dutchName.capitalizedFirstLetter): \(option.refusal ?? "")"))
            }),
            .unwrap(context.situation.entree) { outlook in .p(.class("hint"), .text("Entree-uren: " + outlook.dutchSummary)) },
            Forms.checkbox("Overlegd met het (stage)ondersteuningsteam (nodig voor een alternatief programma)", "supportTeam", values),
            .if(!context.groupStageKnown, Forms.checkbox("Er is plaats in de groepsstage op de stagedagen (nagevraagd)", "groupStageRoom", values)),
            Forms.textArea("Toelichting (mag leeg)", "nextStepNote", values),
            .p(.class("hint"), .text("De mentor krijgt automatisch bericht. De leerling blijft zelf actief zoeken naar een stageplek.")),
            .button(.type(.submit), .text("Vervolgstap vastleggen")))
    }
}
