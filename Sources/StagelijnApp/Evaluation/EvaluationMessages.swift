import Fluent
import Foundation
import StagelijnCore

/// The mails of the evaluation, through the outbox. The praktijkbegeleider's carries their personal link, made only
/// at delivery; the others point to Stagelijn, where the evaluation waits on the home page.
enum EvaluationMessages {
    static func invite(_ link: AccessLinkModel, placement: PlacementModel, moment: EvaluationMoment, reminder: Bool,
                       at date: Date, on db: any Database) async throws {
        let student = placement.student.fullName
        let when = moment == .final ? "De stage van \(student) bij \(placement.position.company.name) is afgelopen."
                                    : "De stage van \(student) bij \(placement.position.company.name) is op de helft."
        try await Outbox.enqueue(
            school: placement.$school.id, to: link.recipientEmail,
            subject: (reminder ? "Herinnering: " : "") + "Hoe ging de stage van \(student)?",
            body: "Beste \(link.recipientName),\n\n\(when) Wilt u ons vertellen hoe het ging? Het kost ongeveer 5 minuten:\n"
                + "\(Outbox.linkPlaceholder)/evaluatie\n\n"
                + "Na het invullen ziet u uw antwoorden naast het gemiddelde van de school. "
                + "Deze link is alleen voor u en alleen voor deze leerling.\n",
            link: link, at: date, on: db)
    }

    /// A reminder to someone who answers in the app: no names of students in the mail, only the way to Stagelijn.
    static func remindInApp(school: UUID, to email: String, student: Bool, at date: Date, on db: any Database) async throws {
        try await Outbox.enqueue(
            school: school, to: email, subject: "Herinnering: evaluatie van de stage",
            body: student ? "Hoi,\n\nJe hebt de evaluatie van je stage nog niet ingevuld. Log in op Stagelijn: op je startpagina staat "
                            + "\"Evaluatie invullen\". Het kost ongeveer 5 minuten. Je antwoorden ziet het bedrijf niet.\n"
                          : "Beste collega,\n\nEr staat nog een evaluatie van een stage voor u klaar in Stagelijn, op uw startpagina.\n",
            at: date, on: db)
    }
}
