import Plot
import StagelijnCore
import Vapor

enum PlacementDetailPage {
    static func agreementLabel(_ state: AgreementState) -> String {
        if state.agreement == nil { return "nog niet opgesteld" }
        if state.isComplete { return "compleet en ondertekend" }
        if state.missingContent.isEmpty {
            return state.missing.count == 1 ? "ter ondertekening: 1 handtekening ontbreekt"
                : "ter ondertekening: \(state.missing.count) handtekeningen ontbreken"
        }
        return state.missingContent.count == 1 ? "concept: 1 onderdeel ontbreekt" : "concept: \(state.missingContent.count) onderdelen ontbreken"
    }

    struct Context {
        let placement: PlacementModel
        let canChangeStatus: Bool
        let error: String?
        let reason: String
        /// The status form as last submitted (kept when it was refused); empty on first view.
        var statusForm: [String: String] = [:]
        let agreement: AgreementState
        let canRecordException: Bool
        var supervision: [SupervisionItem] = []
        var supervisors: [UUID: String] = [:]
        var canAssignSupervisor = false
        var canRecordSupervision = false
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let placement = context.placement
        let student = placement.student, position = placement.position, period = placement.period
        let chrome = PageChrome(req, title: "Stage van \(student.fullName)", section: .placements)
        let next = placement.status.allowedNext.map { (value: $0.rawValue, label: $0.dutchName) }
        let history = placement.history.sorted { $0.changedAt < $1.changedAt }
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage van \(student.fullName)")),
            .p(.a(.class("button secondary"), .attr("href", SitePath.dossier(placement.id ?? UUID()).path),
                  .text("Stagedossier: overeenkomst, bezoekverslagen, uren en geschiedenis"))),
            .p(.a(.class("button secondary"), .attr("href", AssessmentPath.placement(placement.id ?? UUID()).path),
                  .text("Doelen en beoordelingen"))),
            .p(.a(.class("button secondary"), .attr("href", AssignmentPath.placement(placement.id ?? UUID()).path),
                  .text("Praktijkopdrachten"))),
            .dl(.class("facts"),
                .dt("Leerling"), .dd(.a(.attr("href", SitePath.student(placement.$student.id).path), .text(student.fullName))),
                .dt("Bedrijf"), .dd(.a(.attr("href", SitePath.company(position.$company.id).path), .text(position.company.name))),
                .dt("Stageplaats"), .dd(.text("\(position.title) (\(position.sector.dutchName))")),
                .dt("Periode"), .dd(.text(period.label)),
                .dt("Status"), .dd(StatusBadge.node(placement.status)),
                .dt("Stageovereenkomst"), .dd(.a(.attr("href", SitePath.agreement(placement.id ?? UUID()).path), .text(agreementLabel(context.agreement)))),
                .dt("Werkrooster"), .dd(.a(.attr("href", SitePath.schedule(placement.id ?? UUID()).path), .text("rooster en controle jeugdarbeidsregels"))),
                .dt("Stage-agenda"), .dd(.a(.attr("href", SitePath.hours(placement.id ?? UUID()).path), .text("uren en wat de leerling deed"))),
                .dt("Stagebegeleider"), .dd(.text(placement.supervisorID.flatMap { context.supervisors[$0] } ?? "nog niet gekozen"))),
            .if(context.canAssignSupervisor, .form(.method(.post), .attr("action", "/stages/\(placement.id?.uuidString ?? "")/begeleider"),
                .class("filters"), Forms.csrf(chrome.csrfToken),
                Forms.select("Stagebegeleider", "supervisorID", .init(["supervisorID": placement.supervisorID?.uuidString ?? ""]),
                             options: context.supervisors.sorted { $0.value < $1.value }.map { ($0.key.uuidString, $0.value) },
                             includeEmpty: "geen"),
                .button(.type(.submit), .class("secondary"), .text("Opslaan")))),
            .if(placement.status == .agreement || placement.status == .active || placement.status == .completed,
                SupervisionPages.section(context.supervision, placementID: placement.id ?? UUID(), canRecord: context.canRecordSupervision)),
            PlacementStageEndSection.block(req),
            .if(context.canChangeStatus && !next.isEmpty, .group(
                .h2(.text("Status wijzigen")),
                .unwrap(context.error) { Forms.alert($0) },
                .form(.method(.post), .attr("action", SitePath.placementStatus(placement.id ?? UUID()).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    // No status is preselected: "afgerond" as the default of a running stage invites a wrong click.
                    Forms.select("Nieuwe status", "status", .init(context.statusForm), options: next,
                                 includeEmpty: "kies de nieuwe status", required: true),
                    Forms.textArea("Reden", "reason", .init(["reason": context.reason]),
                                   hint: "Verplicht bij afbreken; wordt bewaard in de geschiedenis."),
                    .if(context.canRecordException && !context.agreement.isComplete && next.contains { $0.value == PlacementStatus.active.rawValue },
                        Forms.checkbox("Uitzondering: laten starten zonder complete, ondertekende overeenkomst (reden verplicht; wordt geteld)",
                                       "agreementException", .init(context.statusForm))),
                    .button(.type(.submit), .text("Status wijzigen"))))),
            .if(context.canChangeStatus && placement.status == .introduction, .group(
                .h2(.text("Bedrijf wijst af na de kennismaking")),
                .p(.class("hint"), .text("Alleen met een reden uit de lijst en een toelichting; afwijzingen worden per bedrijf geteld.")),
                .form(.method(.post), .attr("action", SitePath.placementDecline(placement.id ?? UUID()).path), .class("stack"),
                    Forms.csrf(chrome.csrfToken),
                    Forms.select("Reden", "declineReason", .init(), options: DeclineReason.allCases.map { ($0.rawValue, $0.dutchName) },
                                 includeEmpty: "kies", required: true),
                    Forms.textArea("Toelichting", "explanation", .init()),
                    .button(.type(.submit), .class("secondary"), .text("Afwijzing vastleggen"))))),
            .h2(.text("Geschiedenis")),
            .div(.class("table-wrap"), .table(
                .thead(.tr(.th("Wanneer"), .th("Van → naar"), .th("Reden"), .th("Door"))),
                .tbody(.forEach(history) { change in
                    .tr(.td(.text(DutchFormat.dateTime(change.changedAt))),
                        .td(.text("\(change.fromStatus?.dutchName ?? "–") → \(change.toStatus.dutchName)")),
                        .td(.text(change.reason + (change.agreementException ? " (uitzondering: zonder complete overeenkomst)" : ""))),
                        .td(.text(change.$changedBy.value??.name ?? "systeem")))
                })))
        ))
    }
}
