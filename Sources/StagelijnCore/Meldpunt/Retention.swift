import Foundation

/// The school sets how long closed reports are kept (SECURITY.md: retention per data category, set by the school).
/// A closed report is removed `months` after it was closed; a report that was only registered counts as closed on
/// the day it arrived. Open reports are never removed.
public enum IncidentRetention {
    public static let defaultMonths = 24
    public static let allowedMonths = 1...120

    public static func expiresOn(closedOn: LocalDate, months: Int) -> LocalDate {
        var year = closedOn.year, month = closedOn.month + months
        year += (month - 1) / 12
        month = (month - 1) % 12 + 1
        // The 31st of a shorter month becomes that month's last day.
        for day in stride(from: closedOn.day, through: 1, by: -1) {
            if let date = LocalDate(year: year, month: month, day: day) { return date }
        }
        return closedOn
    }

    public static func isExpired(status: IncidentStatus, closedOn: LocalDate?, receivedOn: LocalDate, months: Int,
                                 today: LocalDate) -> Bool {
        let end: LocalDate? = switch status {
        case .closed: closedOn ?? receivedOn
        case .registered: receivedOn
        case .new, .inProgress: nil
        }
        guard let end else { return false }
        return today >= expiresOn(closedOn: end, months: months)
    }
}
