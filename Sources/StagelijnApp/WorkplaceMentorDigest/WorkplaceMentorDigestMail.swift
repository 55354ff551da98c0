import Foundation
import StagelijnCore

/// The weekly e-mail to a praktijkbegeleider in the school's words: "u" to the company, real plurals, each student
/// with the number of open weeks, and the one personal link (`Outbox.linkPlaceholder`, filled in at delivery).
enum WorkplaceMentorDigestMail {
    struct Student: Equatable {
        var name: String
        var openWeeks: Int
    }

    static func compose(mentorName: String, students: [Student], schoolName: String,
                        validUntil: LocalDate) -> (subject: String, body: String) {
        let weeks = students.map(\.openWeeks).reduce(0, +)
        let openWeeks = DutchFormat.count(weeks, "open week", "open weken")
        let subject = students.count == 1
            ? "Stage-uren van \(students[0].name) bevestigen: \(openWeeks)"
            : "Stage-uren bevestigen: \(DutchFormat.count(students.count, "leerling", "leerlingen")), \(openWeeks)"
        let lines = students.map { "- \($0.name): \(DutchFormat.count($0.openWeeks, "open week", "open weken"))" }
        let body = "Beste \(mentorName),\n\n"
            + (students.count == 1 ? "De stage-uren van uw stagiair wachten op uw bevestiging:\n"
                                   : "De stage-uren van uw stagiairs wachten op uw bevestiging:\n")
            + lines.joined(separator: "\n")
            + "\n\nMet deze ene link ziet u alle open weken. Bevestig elke week met één tik, of vraag om een correctie:\n"
            + Outbox.linkPlaceholder
            + "\n\nDe link is alleen voor u en werkt tot \(validUntil.dutch). U krijgt dit bericht hoogstens één keer per week, "
            + "en alleen als er uren op uw bevestiging wachten.\n\nMet vriendelijke groet,\n\(schoolName)\n"
        return (subject, body)
    }
}
