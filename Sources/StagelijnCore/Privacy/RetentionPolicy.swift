import Foundation

/// The categories of personal data Stagelijn keeps, with their purpose, legal basis (AVG art. 6) and default
/// retention: the school's processing register for Stagelijn, and what the daily purge enforces.
public enum DataCategory: String, CaseIterable, Sendable, Codable {
    case studentFile = "leerlingdossier"
    case meldpuntReports = "meldingen"
    case sessions = "sessies"
    case loginAttempts = "inlogpogingen"
    case personalLinks = "persoonlijke-links"
    case deliveredMessages = "verzonden-berichten"
    case auditLog = "logboek"

    public var dutchName: String {
        switch self {
        case .studentFile: "Leerlingdossier (gegevens, stages, overeenkomsten, uren, begeleiding, beoordelingen)"
        case .meldpuntReports: "Meldingen van discriminatie en misstanden (afgehandeld)"
        case .sessions: "Inlogsessies"
        case .loginAttempts: "Tellers van mislukte inlogpogingen"
        case .personalLinks: "Persoonlijke links (ondertekenen, uren bevestigen)"
        case .deliveredMessages: "Inhoud van verzonden e-mails"
        case .auditLog: "Logboek van wijzigingen en inzage"
        }
    }

    public var purpose: String {
        switch self {
        case .studentFile: "De stage voorbereiden, begeleiden, beoordelen en afronden (de stagelijn), en aantonen wat is afgesproken."
        case .meldpuntReports: "Meldingen van leerlingen over discriminatie of onveilige situaties op de stage afhandelen."
        case .sessions: "Aangemeld blijven tijdens het werken; beveiliging."
        case .loginAttempts: "Inbraakpogingen op accounts afremmen."
        case .personalLinks: "Praktijkbegeleiders en ouders zonder account laten ondertekenen en uren laten bevestigen."
        case .deliveredMessages: "Uitnodigingen en herinneringen versturen en kunnen laten zien wat is verstuurd."
        case .auditLog: "Verantwoorden wie wat heeft gezien en gewijzigd (Normenkader IBP, AVG art. 32)."
        }
    }

    public var legalBasis: String {
        switch self {
        case .studentFile, .meldpuntReports:
            "Wettelijke plicht en taak van algemeen belang (WVO 2020 art. 2.35 / WEB art. 7.2.8: de stageovereenkomst en begeleiding); AVG art. 6 lid 1 c en e."
        case .sessions, .loginAttempts, .auditLog:
            "Gerechtvaardigd belang en wettelijke plicht tot beveiliging; AVG art. 6 lid 1 c en f, art. 32."
        case .personalLinks, .deliveredMessages:
            "Taak van algemeen belang (de stage organiseren); AVG art. 6 lid 1 e."
        }
    }

    /// The default retention in days, counted from the moment in `retentionStart`.
    public var defaultDays: Int {
        switch self {
        case .studentFile: 730
        case .meldpuntReports: 365
        case .sessions: 1
        case .loginAttempts: 1
        case .personalLinks: 30
        case .deliveredMessages: 30
        case .auditLog: 1825
        }
    }

    /// What the period counts from, in Dutch.
    public var retentionStart: String {
        switch self {
        case .studentFile: "na de dag dat de leerling de school verliet"
        case .meldpuntReports: "na het afsluiten van de melding"
        case .sessions: "na het laatste gebruik"
        case .loginAttempts: "na de laatste poging"
        case .personalLinks: "na het verlopen of gebruiken van de link"
        case .deliveredMessages: "na het versturen (daarna blijven alleen ontvanger, onderwerp en datum)"
        case .auditLog: "na de gebeurtenis"
        }
    }

    /// The range a school may choose: at least a day, at most seven years (the longest school archive term).
    public var allowedDays: ClosedRange<Int> {
        switch self {
        case .studentFile: 30...2555
        case .auditLog: 365...2555
        default: 1...2555
        }
    }
}

public enum RetentionPolicy {
    /// The school's chosen days where set and allowed, else the default.
    public static func days(_ category: DataCategory, chosen: [DataCategory: Int]) -> Int {
        guard let days = chosen[category], category.allowedDays.contains(days) else { return category.defaultDays }
        return days
    }

    /// Records whose period started before this moment are past their retention.
    public static func cutoff(_ category: DataCategory, chosen: [DataCategory: Int], now: Date) -> Date {
        now.addingTimeInterval(-Double(days(category, chosen: chosen)) * 86_400)
    }

    /// A student's file is due for anonymisation when they left and the period after leaving has passed.
    public static func studentFileExpired(leftOn: LocalDate?, chosen: [DataCategory: Int], today: LocalDate) -> Bool {
        guard let leftOn else { return false }
        return leftOn.adding(days: days(.studentFile, chosen: chosen)) < today
    }

    /// "2 jaar", "30 dagen", "1 dag": how the register shows a period.
    public static func dutchPeriod(days: Int) -> String {
        if days % 365 == 0 { return days == 365 ? "1 jaar" : "\(days / 365) jaar" }
        return days == 1 ? "1 dag" : "\(days) dagen"
    }
}
