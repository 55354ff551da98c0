/// The default items of the interest test: three per sector, in simple words ("je"), each with a picture.
public enum StandardInterestItems {
    /// Interleaved (first item of every sector, then the second, …) so one sector never comes three times in a row.
    public static let items: [InterestItem] = (1...3).flatMap { number in bySector.filter { $0.key.hasSuffix("-\(number)") } }

    private static let bySector: [InterestItem] = [
        item(.householdCare, 1, "🧺", "Je wast en vouwt de was voor iemand die dat zelf niet kan."),
        item(.householdCare, 2, "🛏️", "Je maakt een kamer netjes en gezellig voor een oudere."),
        item(.householdCare, 3, "🍲", "Je helpt mensen met eten en drinken."),
        item(.cleaning, 1, "🧽", "Je maakt een kantoor schoon met een schoonmaakkar."),
        item(.cleaning, 2, "🪟", "Je lapt ramen tot ze glimmen."),
        item(.cleaning, 3, "🧹", "Je veegt en dweilt een grote hal."),
        item(.hospitalityAndRetail, 1, "☕", "Je brengt koffie en broodjes naar gasten."),
        item(.hospitalityAndRetail, 2, "🛒", "Je vult de schappen in een supermarkt."),
        item(.hospitalityAndRetail, 3, "🙂", "Je helpt klanten die iets zoeken in de winkel."),
        item(.green, 1, "🌱", "Je plant bloemen en planten in een tuin."),
        item(.green, 2, "🌳", "Je werkt buiten in het park, ook als het regent."),
        item(.green, 3, "🐐", "Je verzorgt dieren op een boerderij."),
        item(.logistics, 1, "📦", "Je pakt pakketjes in en zet er een sticker op."),
        item(.logistics, 2, "🗄️", "Je zet dozen op de goede plek in een magazijn."),
        item(.logistics, 3, "🚚", "Je helpt een vrachtwagen in- en uitladen."),
        item(.technicalMaintenance, 1, "🔧", "Je repareert een fiets die kapot is."),
        item(.technicalMaintenance, 2, "💡", "Je helpt een lamp of een kraan te vervangen."),
        item(.technicalMaintenance, 3, "🚗", "Je helpt in een garage bij het onderhoud van auto's."),
        item(.productionTechnology, 1, "⚙️", "Je werkt aan een machine die onderdelen maakt."),
        item(.productionTechnology, 2, "🔩", "Je zet onderdelen in elkaar aan een werkbank."),
        item(.productionTechnology, 3, "🪚", "Je zaagt en schuurt hout in een werkplaats."),
        item(.food, 1, "🥖", "Je helpt in een bakkerij met brood bakken."),
        item(.food, 2, "🥗", "Je snijdt groente en maakt salades klaar."),
        item(.food, 3, "🧁", "Je verpakt eten in een fabriek, heel schoon en netjes."),
        item(.constructionAndInfra, 1, "🧱", "Je helpt met metselen op een bouwplaats."),
        item(.constructionAndInfra, 2, "🚧", "Je helpt stoeptegels leggen op straat."),
        item(.constructionAndInfra, 3, "🎨", "Je schildert een muur of een kozijn."),
        item(.safetyAndSecurity, 1, "🦺", "Je let op of iedereen zich aan de regels houdt."),
        item(.safetyAndSecurity, 2, "🚦", "Je helpt het verkeer regelen bij een evenement."),
        item(.safetyAndSecurity, 3, "🔦", "Je loopt een ronde door een gebouw om te kijken of alles goed is."),
    ]

    private static func item(_ sector: Sector, _ number: Int, _ picture: String, _ statement: String) -> InterestItem {
        InterestItem(key: "\(sector.rawValue)-\(number)", sector: sector, statement: statement, picture: picture)
    }
}
