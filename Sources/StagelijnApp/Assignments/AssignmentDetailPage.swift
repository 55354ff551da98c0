import Plot
import StagelijnCore
import Vapor

/// One assignment: what to do, what the student handed in (text and photo), the company's confirmation and the
/// school's assessment. The student gets the hand-in form, the school the assessment form; a parent only reads.
enum AssignmentDetailPage {
    struct Context {
        let placement: PlacementModel
        let assignment: PlacementAssignmentModel
        let role: Role
    }

    static func render(_ req: Request, _ c: Context, values: Forms.Values, status: HTTPStatus, alert: String? = nil) -> Response {
        let chrome = PageChrome(req, title: c.assignment.title, section: .placements)
        let a = c.assignment, placementID = c.placement.id ?? UUID(), id = a.id ?? UUID()
        let progress = a.progress
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AssignmentPath.placement(placementID).path), .text("← Alle opdrachten van \(c.placement.student.fullName)"))),
            .h1(.text(a.title)),
            .p(.text("\(a.kind.dutchName) \(a.kind.origin) · deel \(a.part)"), .unwrap(a.due) { .text(" · inleveren uiterlijk \($0.dutch)") },
               .text(" "), .span(.attr("class", "badge \(progress.status.rawValue)"), .text(progress.status.dutchName))),
            .unwrap(alert) { Forms.alert($0) },
            .h2(.text("De opdracht")),
            .p(.class("prewrap"), .text(a.instructions)),
            handedIn(a, photoPath: AssignmentPath.photo(placement: placementID, id).path),
            confirmation(a),
            assessment(a),
            .if(AssignmentRights.canHandIn(c.role) && progress.handInRefusal == nil,
                handInForm(chrome.csrfToken, action: AssignmentPath.handIn(placement: placementID, id).path, a, values: values)),
            .if(AssignmentRights.canManage(c.role) && progress.assessRefusal == nil,
                assessForm(chrome.csrfToken, action: AssignmentPath.assess(placement: placementID, id).path, a, values: values)),
            .if(AssignmentRights.canManage(c.role) && a.handedInAt == nil,
                .form(.method(.post), .attr("action", AssignmentPath.remove(placement: placementID, id).path), .class("inline"),
                      Forms.csrf(chrome.csrfToken),
                      .button(.type(.submit), .class("secondary"), .text("Opdracht weghalen (nog niet ingeleverd)"))))
        ))
    }

    static func handedIn(_ a: PlacementAssignmentModel, photoPath: String) -> Node<HTML.BodyContext> {
        guard let at = a.handedInAt else { return .p(.class("muted"), .text("Nog niet ingeleverd.")) }
        return .group(
            .h2(.text("Ingeleverd op \(DutchFormat.dateTime(at))")),
            .p(.class("prewrap"), .text(a.handInText ?? "")),
            .if(a.hasPhoto, .p(.img(.attr("src", photoPath), .attr("alt", "Foto bij de opdracht ‘\(a.title)’"), .attr("class", "photo")))))
    }

    static func confirmation(_ a: PlacementAssignmentModel) -> Node<HTML.BodyContext> {
        guard a.handedInAt != nil else { return .empty }
        guard let at = a.confirmedAt else {
            return .p(.class("notice"), .text("De praktijkbegeleider heeft nog niet bevestigd dat dit op de werkplek is gedaan."))
        }
        return .group(
            .p(.text("Bevestigd door \(a.confirmedBy ?? "de praktijkbegeleider") op \(DutchFormat.dateTime(at)).")),
            .unwrap(a.companyComment) { .p(.text("Opmerking van het bedrijf: “\($0)”")) })
    }

    static func assessment(_ a: PlacementAssignmentModel) -> Node<HTML.BodyContext> {
        guard let at = a.assessedAt, let score = a.scoreValue else { return .empty }
        return .group(
            .h2(.text("Beoordeling: \(score.dutch)")),
            .p(.class("hint"), .text(score.descriptor)),
            .p(.class("prewrap"), .text(a.assessmentComment ?? "")),
            .p(.class("hint"), .text("Beoordeeld door \(a.assessedBy ?? "de school") op \(DutchFormat.dateTime(at)).")))
    }

    static func handInForm(_ csrf: String, action: String, _ a: PlacementAssignmentModel, values: Forms.Values) -> Node<HTML.BodyContext> {
        var shown = values
        if shown["text"].isEmpty, let text = a.handInText { shown.values["text"] = text }
        return .section(.class("card"),
            .h2(.text(a.handedInAt == nil ? "Inleveren" : "Nieuwe versie inleveren")),
            .if(a.confirmedAt != nil, .p(.class("hint"), .text("Let op: als je een nieuwe versie inlevert, moet je praktijkbegeleider opnieuw bevestigen."))),
            .form(.method(.post), .attr("action", action), .attr("enctype", "multipart/form-data"), .class("stack"),
                  Forms.csrf(csrf),
                  Forms.errorSummary(shown),
                  Forms.textArea("Wat heb je gedaan en hoe ging het?", "text", shown),
                  .div(.attr("class", shown.error("file") == nil ? "field" : "field invalid"),
                       .label(.attr("for", "file"), .text("Foto (mag, hoeft niet)")),
                       .p(.class("hint"), .attr("id", "file-hint"), .text("Een JPG-, PNG- of WebP-foto van hoogstens 5 MB.")),
                       .unwrap(shown.error("file")) { .p(.class("error"), .attr("id", "file-error"), .text($0)) },
                       .input(.type(.file), .attr("name", "file"), .attr("id", "file"), .attr("accept", "image/jpeg,image/png,image/webp"),
                              .attr("aria-describedby", shown.error("file") == nil ? "file-hint" : "file-hint file-error"))),
                  .div(.class("actions"), .button(.type(.submit), .text("Inleveren")))))
    }

    static func assessForm(_ csrf: String, action: String, _ a: PlacementAssignmentModel, values: Forms.Values) -> Node<HTML.BodyContext> {
        .section(.class("card"),
            .h2(.text("Beoordelen")),
            .if(a.confirmedAt == nil, .p(.class("hint"), .text("Het bedrijf heeft nog niet bevestigd. U kunt toch beoordelen, bijvoorbeeld na een gesprek."))),
            .form(.method(.post), .attr("action", action), .class("stack"),
                  Forms.csrf(csrf),
                  Forms.errorSummary(values),
                  .fieldset(.attr("id", "score"), .attr("class", values.error("score") == nil ? "field" : "field invalid"),
                            .element(named: "legend", text: "Beoordeling"),
                            .unwrap(values.error("score")) { .p(.class("error"), .text($0)) },
                            .forEach(Score.allCases) { score in
                                .div(.class("field checkbox"),
                                     .input(.type(.radio), .attr("name", "score"), .attr("id", "score-\(score.dutch)"),
                                            .attr("value", score.dutch), .attr("checked", values["score"] == score.dutch ? "checked" : nil)),
                                     .label(.attr("for", "score-\(score.dutch)"), .text("\(score.dutch) — \(score.descriptor)")))
                            }),
                  Forms.textArea("Toelichting voor de leerling", "comment", values),
                  .div(.class("actions"), .button(.type(.submit), .text("Beoordeling opslaan")))))
    }
}
