import Plot
import StagelijnCore
import Vapor

enum GoalTemplatesPage {
    static func render(_ req: Request, _ lists: [(ProgrammePhase, [String])], canEdit: Bool, typed: [ProgrammePhase: String],
                       problems: [ProgrammePhase: String], status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stagedoelen per fase", section: .assessments)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", AssessmentPath.overview.path), .text("← Beoordelingen"))),
            .h1(.text("Stagedoelen per fase")),
            .p(.class("hint"), .text("Concrete doelen die school, bedrijf en leerling delen (Inspectie: maak stagedoelen concreet en vertel ze het bedrijf). Een nieuwe stage neemt de doelen van zijn fase over; de leerling voegt persoonlijke doelen toe.")),
            .forEach(lists) { phase, goals in
                .section(.attr("id", phase.rawValue),
                         .h2(.text(phase.dutchName)),
                         canEdit
                            ? .form(.method(.post), .attr("action", AssessmentPath.goalTemplates.path), Forms.csrf(chrome.csrfToken),
                                    .input(.type(.hidden), .name("phase"), .attr("value", phase.rawValue)),
                                    .unwrap(problems[phase]) { Forms.alert($0) },
                                    Forms.textArea("Doelen, één per regel", "goals-\(phase.rawValue)",
                                                   Forms.Values(["goals-\(phase.rawValue)": typed[phase] ?? goals.joined(separator: "\n")])),
                                    .button(.type(.submit), .text("Opslaan")))
                            : .ul(.forEach(goals) { .li(.text($0)) }))
            }))
    }
}
