import Plot
import StagelijnCore
import Vapor

/// Parents and guardians of one student: who they are and how to reach them; the first one with an e-mail address
/// receives the invitation to sign a stage agreement.
enum GuardiansPage {
    struct Context {
        let student: StudentModel
        let guardians: [GuardianModel]
        let canEdit: Bool
        let newValues: Forms.Values
        /// A guardian whose form is shown again with its errors.
        let editing: (UUID, Forms.Values)?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let student = context.student
        let id = student.id ?? UUID()
        let chrome = PageChrome(req, title: "Ouders en verzorgers van \(student.fullName)", section: .students)
        return Layout.page(chrome, status: status, .group(
            .p(.a(.attr("href", SitePath.student(id).path), .text("← Terug naar \(student.fullName)"))),
            .h1(.text("Ouders en verzorgers van \(student.fullName)")),
            .p(.text("E-mail van de leerling: \(student.email ?? "nog niet bekend")"),
               .if(context.canEdit, .group(.text(" · "), .a(.attr("href", SitePath.studentEdit(id).path), .text("wijzigen bij de leerling"))))),
            .p(.class("hint"), .text("De eerste ouder of verzorger met een e-mailadres krijgt de uitnodiging om de stageovereenkomst te tekenen.")),
            .if(context.guardians.isEmpty, .p(.text("Er zijn nog geen ouders of verzorgers vastgelegd."))),
            .forEach(context.guardians) { guardian in
                guardianForm(guardian, context: context, csrf: chrome.csrfToken, studentID: id)
            },
            .if(context.canEdit, .form(.method(.post), .attr("action", SitePath.guardians(id).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .h2(.text("Ouder of verzorger toevoegen")),
                Forms.errorSummary(context.newValues),
                Forms.text("Naam", "name", context.newValues, required: true),
                Forms.text("E-mail", "email", context.newValues, type: .email),
                Forms.text("Telefoon", "phone", context.newValues, type: .tel),
                .div(.class("actions"), .button(.type(.submit), .text("Toevoegen")))))
        ))
    }

    private static func guardianForm(_ guardian: GuardianModel, context: Context, csrf: String, studentID: UUID) -> Node<HTML.BodyContext> {
        let gid = guardian.id ?? UUID()
        let path = SitePath.guardians(studentID).path + "/\(gid)"
        guard context.canEdit else {
            return .p(.strong(.text(guardian.name)), .text(" — \(guardian.email ?? "geen e-mail") — \(guardian.phone ?? "geen telefoon")"))
        }
        // Field ids carry the guardian's id: several forms on one page, every label points at its own field.
        let prefix = "g\(gid.uuidString.prefix(8))-"
        let stored = Forms.Values(["name": guardian.name, "email": guardian.email ?? "", "phone": guardian.phone ?? ""])
        let values = context.editing.flatMap { $0.0 == gid ? $0.1 : nil } ?? stored
        func field(_ label: String, _ name: String, type: HTMLInputType) -> Node<HTML.FormContext> {
            .div(.class("field"), .label(.attr("for", prefix + name), .text(label)),
                 .unwrap(values.error(name)) { .p(.class("error"), .text($0)) },
                 .input(.type(type), .attr("name", name), .attr("id", prefix + name), .attr("value", values[name])))
        }
        return .group(
            .form(.method(.post), .attr("action", path), .class("stack"),
                  Forms.csrf(csrf),
                  .h2(.text(guardian.name)),
                  field("Naam", "name", type: .text), field("E-mail", "email", type: .email), field("Telefoon", "phone", type: .tel),
                  .div(.class("actions"), .button(.type(.submit), .text("Opslaan")))),
            .form(.method(.post), .attr("action", path + "/verwijderen"), .class("inline"),
                  Forms.csrf(csrf), .button(.type(.submit), .class("secondary"), .text("\(guardian.name) verwijderen"))))
    }
}
