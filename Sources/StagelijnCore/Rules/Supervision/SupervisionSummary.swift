/// Counts over the plans of a caseload, and the Dutch sentence a supervisor reads ("1 bezoek te laat", never
/// "bezoek(en)"). Pure, so the week page, the home pages and the overview count the same way.
public struct SupervisionSummary: Sendable, Equatable {
    public var visitsOverdue = 0
    public var contactsOverdue = 0
    public var visitsDue = 0
    public var contactsDue = 0

    public init(_ plans: [[SupervisionItem]]) {
        for item in plans.joined() {
            switch (item.state, item.kind == .visit) {
            case (.overdue, true): visitsOverdue += 1
            case (.overdue, false): contactsOverdue += 1
            case (.due, true): visitsDue += 1
            case (.due, false): contactsDue += 1
            default: break
            }
        }
    }

    /// "Niets te laat." or e.g. "1 bezoek en 2 contactmomenten te laat."
    public var dutchOverdue: String {
        let parts = [Self.count(visitsOverdue, "bezoek", "bezoeken"), Self.count(contactsOverdue, "contactmoment", "contactmomenten")]
            .compactMap { $0 }
        return parts.isEmpty ? "Niets te laat." : parts.joined(separator: " en ") + " te laat."
    }

    /// "Nu aan de beurt: 1 bezoek." or nil when nothing is due now.
    public var dutchDue: String? {
        let parts = [Self.count(visitsDue, "bezoek", "bezoeken"), Self.count(contactsDue, "contactmoment", "contactmomenten")]
            .compactMap { $0 }
        return parts.isEmpty ? nil : "Nu aan de beurt: " + parts.joined(separator: " en ") + "."
    }

    /// "1 bezoek", "3 bezoeken"; nil for zero.
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String? {
        number == 0 ? nil : DutchPlural.count(number, singular, plural)
    }
}
