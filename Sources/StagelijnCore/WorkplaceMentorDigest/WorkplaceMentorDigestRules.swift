import Foundation

/// The weekly e-mail to a praktijkbegeleider (issue 10, "messages that go out by themselves"): one message with one
/// link for all their students' open weeks — weeks with hours the company has not yet confirmed.
public enum WorkplaceMentorDigestRules {
    /// Monday, unless the school chose another day (ISO weekday, 1 = Monday … 7 = Sunday).
    public static let defaultWeekday = 1
    public static let weekdays = 1...7

    /// Due from the chosen weekday until the end of that ISO week, so a server that was down on the day still sends
    /// that week's mail later; "at most one per week" is kept by the week the mail is recorded under.
    public static func isDue(today: LocalDate, weekday: Int) -> Bool {
        today.isoWeekday >= (weekdays.contains(weekday) ? weekday : defaultWeekday)
    }

    /// The Mondays of the weeks that still have an unconfirmed day, oldest first.
    public static func openWeeks(_ unconfirmedDays: [LocalDate]) -> [LocalDate] {
        Array(Set(unconfirmedDays.map(\.isoWeekMonday))).sorted()
    }

    /// An e-mail address as one praktijkbegeleider: "Piet@Bakkerij.nl " and "piet@bakkerij.nl" are the same person.
    public static func normalizedEmail(_ email: String) -> String {
        email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
