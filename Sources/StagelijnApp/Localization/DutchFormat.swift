import Foundation
import StagelijnCore

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

extension DutchFormat {
    /// "1 bezoek", "3 bezoeken": a number with the right singular or plural, never "bezoek(en)".
    static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        DutchPlural.count(number, singular, plural)
    }

    /// Minutes as "6 uur" or "6 uur en 30 minuten".
    static func hours(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        if rest == 0 { return "\(hours) uur" }
        return hours == 0 ? count(rest, "minuut", "minuten") : "\(hours) uur en \(count(rest, "minuut", "minuten"))"
    }

    static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
}
