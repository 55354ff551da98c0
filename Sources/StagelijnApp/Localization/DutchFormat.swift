import Foundation

/// Dutch formatting of dates and times for pages, in the Netherlands' time zone.
enum DutchFormat {
    private static let timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current

    static func dateTime(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "nl_NL")
        formatter.timeZone = timeZone
        formatter.dateFormat = "dd-MM-yyyy HH:mm"
        return formatter.string(from: date)
    }
}
