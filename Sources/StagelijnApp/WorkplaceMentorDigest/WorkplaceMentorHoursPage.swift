import Plot
import StagelijnCore
import Vapor

/// The praktijkbegeleider's weekly page on a phone: per student the open weeks, each with its days and the same
/// confirm / correction form as the single-student page (`HoursCompanyPage`), in one scrolling list.
enum WorkplaceMentorHoursPage {
    struct Student {
        let placement: PlacementModel
        /// Only the weeks with a day that waits for confirmation, oldest first.
        let openWeeks: [(monday: LocalDate, entries: [HourEntryModel])]
    }

    static func render(_ req: Request, link: AccessLinkModel, students: [Student], token: String, error: String?,
                       status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Stage-uren van uw stagiairs")
        let waiting = students.filter { !$0.openWeeks.isEmpty }
        let weeks = waiting.map(\.openWeeks.count).reduce(0, +)
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Stage-uren van uw stagiairs")),
            .p(.text(weeks == 0 ? "Beste \(link.recipientName), alle weken zijn bevestigd. Dank u wel."
                     : "Beste \(link.recipientName), \(DutchFormat.count(weeks, "week wacht", "weken wachten")) op uw bevestiging. "
                       + "Bevestig elke week met één tik, of vraag om een correctie met een opmerking.")),
            .unwrap(error) { Forms.alert($0) },
            .if(waiting.count > 1, .nav(.attr("aria-label", "Leerlingen"), .ul(.forEach(waiting) { student in
                .li(.a(.attr("href", "#\(anchor(student))"),
                       .text("\(student.placement.student.fullName): \(DutchFormat.count(student.openWeeks.count, "open week", "open weken"))")))
            }))),
            .forEach(students) { student in
                .section(.attr("id", anchor(student)), .attr("aria-label", student.placement.student.fullName),
                    .h2(.text(student.placement.student.fullName)),
                    .p(.class("muted"), .text("Bij \(student.placement.position.company.name)")),
                    .if(student.openWeeks.isEmpty, .p(.text("Geen open weken."))),
                    .forEach(student.openWeeks) { week in
                        .group(
                            HoursPages.weekHeading(week),
                            HoursPages.dayList(week.entries, editPlacement: nil),
                            HoursCompanyPage.confirmForm(week, action: "/uren-overzicht/\(token)/week", csrf: chrome.csrfToken,
                                                         placement: student.placement.id))
                    })
            }
        ))
    }

    private static func anchor(_ student: Student) -> String {
        "leerling-\(student.placement.id?.uuidString ?? "")"
    }
}
