/// Word lists for demo data: common first names and surnames in North Holland, streets, company name patterns.
enum DemoNames {
    static let firstNames = [
        "Sem", "Noah", "Liam", "Lucas", "Daan", "Finn", "Levi", "Milan", "Bram", "Luuk", "Jesse", "Thijs", "Ryan",
        "Mohammed", "Adam", "Yusuf", "Ayoub", "Mees", "Tim", "Stijn", "Kevin", "Jayden", "Dylan", "Rayan", "Julian",
        "Emma", "Julia", "Mila", "Sophie", "Tess", "Zoë", "Sara", "Anna", "Noor", "Lotte", "Evi", "Fleur", "Lisa",
        "Fatima", "Yasmina", "Amira", "Naomi", "Chantal", "Demi", "Kim", "Iris", "Femke", "Jasmijn", "Sanne", "Eva",
    ]
    static let surnames = [
        "de Vries", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters",
        "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
        "Kok", "Jacobs", "Schouten", "Koster", "Kramer", "Zwart", "Kuiper", "Boersma", "Schipper", "Groen",
        "Yilmaz", "El Amrani", "Kaya", "Bouzid", "Pranoto", "Özdemir", "Martina", "Tahiri", "Nguyen", "Haddou",
        "Pronk", "Stam", "Ruiter", "Kaan", "Veldman", "Tromp", "Blokker", "Kos", "Schoorl", "Wester",
    ]
    static let streets = [
        "Dorpsstraat", "Kerkstraat", "Industrieweg", "Havenweg", "Stationsweg", "Nijverheidsweg", "Molenweg",
        "Zeeweg", "Dijkweg", "Voorstraat", "Westerweg", "Oosterweg", "Noorderstraat", "Zuiderkade", "Schoolstraat",
        "Lindenlaan", "Beukenlaan", "Eikenlaan", "Kanaalweg", "Ambachtsweg", "Handelsweg", "Bedrijvenweg",
        "Langestraat", "Laat", "Koningsweg", "Julianalaan", "Wilhelminastraat", "Tuinbouwweg", "Polderweg",
    ]
    /// Company name prefixes per sector, chosen so a coordinator recognises the kind of place at a glance.
    static func companyKinds(for sector: Sector) -> [String] {
        switch sector {
        case .householdCare: ["Zorgcentrum", "Woonzorgcentrum", "Thuiszorg", "Kinderdagverblijf"]
        case .cleaning: ["Schoonmaakbedrijf", "Glazenwasserij", "Facilitaire dienst"]
        case .hospitalityAndRetail: ["Restaurant", "Eetcafé", "Supermarkt", "Lunchroom", "Hotel", "Bouwmarkt"]
        case .green: ["Hoveniersbedrijf", "Kwekerij", "Tuincentrum", "Boomkwekerij", "Zorgboerderij"]
        case .logistics: ["Transportbedrijf", "Distributiecentrum", "Opslag en Logistiek", "Verhuisbedrijf"]
        case .technicalMaintenance: ["Installatiebedrijf", "Autobedrijf", "Fietsenmaker", "Garagebedrijf"]
        case .productionTechnology: ["Metaalbewerking", "Machinefabriek", "Timmerfabriek", "Constructiebedrijf"]
        case .food: ["Bakkerij", "Slagerij", "Visverwerking", "Kaasmakerij", "Catering"]
        case .constructionAndInfra: ["Bouwbedrijf", "Aannemersbedrijf", "Stratenmakersbedrijf", "Schildersbedrijf"]
        case .safetyAndSecurity: ["Beveiligingsbedrijf", "Parkeerbeheer", "Evenementenbeveiliging"]
        }
    }
    static func positionTitles(for sector: Sector) -> [String] {
        switch sector {
        case .householdCare: ["Medewerker huishouding", "Assistent activiteitenbegeleiding", "Medewerker linnenkamer"]
        case .cleaning: ["Medewerker schoonmaak", "Assistent glazenwasser"]
        case .hospitalityAndRetail: ["Medewerker bediening", "Vakkenvuller", "Medewerker keuken", "Medewerker kassa"]
        case .green: ["Medewerker groenonderhoud", "Medewerker kwekerij", "Medewerker tuincentrum"]
        case .logistics: ["Orderpicker", "Medewerker magazijn", "Bijrijder"]
        case .technicalMaintenance: ["Assistent monteur", "Medewerker fietsenwerkplaats", "Leerling installateur"]
        case .productionTechnology: ["Productiemedewerker", "Assistent metaalbewerker", "Medewerker houtbewerking"]
        case .food: ["Medewerker bakkerij", "Medewerker productie", "Medewerker catering"]
        case .constructionAndInfra: ["Hulp timmerman", "Assistent stratenmaker", "Leerling schilder"]
        case .safetyAndSecurity: ["Assistent beveiliger", "Medewerker toezicht"]
        }
    }
}
