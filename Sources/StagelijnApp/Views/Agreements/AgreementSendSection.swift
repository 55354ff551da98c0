import Plot
import StagelijnCore
import Vapor

/// Sending the agreement for signing in one step, to contacts stored once; and where those contacts are kept.
enum AgreementSendSection {
    /// The roles that get a personal link (the school signs in the app), in the order of the document.
    static func invitedRoles(_ context: AgreementPage.Context) -> [SignatoryRole] {
        let signed = Set(context.state.signatures.map(\.role))
        let parent = AgreementCompleteness.parentSignatureRequired(context.state.content, today: context.today)
        return ([.student, .company] + (parent ? [.parent] : [])).filter { !signed.contains($0.rawValue) }
    }

    static func label(_ role: SignatoryRole) -> String {
        switch role {
        case .student: "Leerling"
        case .company: "Praktijkbegeleider"
        case .parent: "Ouder of verzorger"
        case .school: "School"
        }
    }

    /// Form fields per role, the same in the send form and the invite form; unique on the page (the agreement's own
    /// "companyName" is the company, not its praktijkbegeleider).
    static func fields(_ role: SignatoryRole) -> (name: String?, email: String) {
        switch role {
        case .student: (nil, "studentEmail")
        case .company: ("workplaceMentorName", "workplaceMentorEmail")
        case .parent: ("parentName", "parentEmail")
        case .school: (nil, "schoolEmail")
        }
    }

    static func send(_ context: AgreementPage.Context, csrf: String, id: UUID) -> Node<HTML.BodyContext> {
        let v = context.sendValues
        let roles = invitedRoles(context)
        return .section(.attr("aria-labelledby", "versturen-kop"),
            .h2(.id("versturen-kop"), .text("Ter ondertekening versturen")),
            .p(.text("Met één klik gaat de overeenkomst uit: "
                     + "\(DutchFormat.count(roles.count, "uitnodiging", "uitnodigingen")) met een persoonlijke link, "
                     + "daarna tekent u hier namens de school. Wie na \(context.reminderDays) dagen nog niet tekende, krijgt vanzelf een herinnering.")),
            .form(.method(.post), .attr("action", SitePath.agreementSend(id).path), .class("stack"),
                  Forms.csrf(csrf),
                  Forms.errorSummary(v),
                  .ul(.forEach(roles) { role in
                      let person = context.contacts?.person(for: role)
                      return .li(.strong(.text("\(label(role)): ")),
                                 .text(person.map { $0.hasEmail ? "\($0.name), \($0.email ?? "")" : "\($0.name), nog geen e-mailadres" }
                                       ?? "nog niet bekend"))
                  }),
                  .forEach(roles) { role in missingFields(role, context: context, values: v) },
                  .div(.class("actions"), .button(.type(.submit), .text("Ter ondertekening versturen")))))
    }

    /// Fields only for what is not stored yet; what is typed here is kept for the next time.
    private static func missingFields<C: HTML.BodyContext>(_ role: SignatoryRole, context: AgreementPage.Context,
                                                           values v: Forms.Values) -> Node<C> {
        let person = context.contacts?.person(for: role)
        let typed = !v[fields(role).email].isEmpty || v.error(fields(role).email) != nil
        guard person?.hasEmail != true || typed else { return .empty }
        let hint = "Wordt bewaard; een volgende keer hoeft niemand het opnieuw te typen."
        switch role {
        case .student:
            return Forms.text("E-mail leerling", "studentEmail", v, type: .email, hint: hint)
        case .company:
            return .group(Forms.text("Naam praktijkbegeleider", "workplaceMentorName", v),
                          Forms.text("E-mail praktijkbegeleider", "workplaceMentorEmail", v, type: .email, hint: hint))
        case .parent:
            return .group(Forms.text("Naam ouder of verzorger", "parentName", v),
                          Forms.text("E-mail ouder of verzorger", "parentEmail", v, type: .email, hint: hint))
        case .school:
            return .empty
        }
    }

    /// Where the contacts live: parents on the student, the praktijkbegeleider on this stage; and the reminder rhythm.
    static func contacts(_ context: AgreementPage.Context, csrf: String, id: UUID) -> Node<HTML.BodyContext> {
        let mentor = context.contacts?.workplaceMentor
        let values = Forms.Values(["mentorName": mentor?.name ?? "", "mentorEmail": mentor?.email ?? ""])
        return .section(.attr("aria-labelledby", "contacten-kop"),
            .h2(.id("contacten-kop"), .text("Contactgegevens voor de uitnodigingen")),
            .p(.a(.attr("href", SitePath.guardians(context.placement.$student.id).path),
                  .text("Ouders of verzorgers van \(context.placement.student.fullName) →")),
               .text(" · "),
               .a(.attr("href", SitePath.agreementReminders.path),
                  .text("Herinneringen: na \(DutchFormat.count(context.reminderDays, "dag", "dagen")) →"))),
            .form(.method(.post), .attr("action", SitePath.agreement(id).path + "/praktijkbegeleider"), .class("stack"),
                  Forms.csrf(csrf),
                  .h3(.text("Praktijkbegeleider van deze stage")),
                  Forms.text("Naam", "mentorName", values, required: true),
                  Forms.text("E-mail", "mentorEmail", values, type: .email),
                  .div(.class("actions"), .button(.type(.submit), .class("secondary"), .text("Praktijkbegeleider opslaan")))))
    }
}
