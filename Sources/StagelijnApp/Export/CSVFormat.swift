import Foundation
import StagelijnCore

/// Dates in downloads are ISO (`2026-09-21`, `2026-09-21 14:05:00` in Dutch time), like the other exports: Excel in
/// Dutch reads them as dates and they sort as text.
enum CSVFormat {
    static func dateTime(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
        return formatter.string(from: date)
    }

    static func date(_ iso: String?) -> String { iso.flatMap(LocalDate.init(iso:))?.iso ?? iso ?? "" }

    static func yes(_ value: Bool) -> String { value ? "ja" : "nee" }

    /// A download holds at most this many rows (as the student export's 100 pages of 1000).
    static let maximumRows = 100_000
}
