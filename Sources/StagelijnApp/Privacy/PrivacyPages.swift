import Plot
import StagelijnCore
import Vapor

enum PrivacyPages {
    /// The categories whose period is set on the retention page. Meldpunt reports keep theirs in the meldpunt
    /// settings (in months), which the meldpunt's own purge enforces; the register shows that one.
    static let setHere = DataCategory.allCases.filter { $0 != .meldpuntReports }

    static func period(_ category: DataCategory, chosen: [DataCategory: Int], meldpuntMonths: Int) -> String {
        guard category == .meldpuntReports else { return RetentionPolicy.dutchPeriod(days: RetentionPolicy.days(category, chosen: chosen)) }
        if meldpuntMonths % 12 == 0 { return meldpuntMonths == 12 ? "1 jaar" : "\(meldpuntMonths / 12) jaar" }
        return meldpuntMonths == 1 ? "1 maand" : "\(meldpuntMonths) maanden"
    }

    static func register(_ req: Request, chosen: [DataCategory: Int], meldpuntMonths: Int) -> Response {
        let chrome = PageChrome(req, title: "Verwerkingsregister Stagelijn")
        return Layout.page(chrome, .group(
            .h1(.text("Verwerkingsregister: Stagelijn")),
            .p(.text("De school is verwerkingsverantwoordelijke; Stagelijn is verwerker. Dit zijn de gegevens die Stagelijn voor uw "
                     + "school bewaart, waarvoor, op welke grond en hoe lang. Bijzondere persoonsgegevens (zoals afkomst of "
                     + "godsdienst) worden niet over personen opgeslagen.")),
            .p(.a(.attr("href", PrivacyPagesController.retentionPath), .text("Bewaartermijnen wijzigen")), .text(" · "),
               .a(.attr("href", PrivacyPagesController.statementPath), .text("Privacyverklaring voor leerlingen en ouders"))),
            // One block per category rather than a four-column table: it reads on a phone too.
            .forEach(DataCategory.allCases) { category in
                .section(
                    .h2(.text(category.dutchName)),
                    .dl(.class("facts"),
                        .dt("Doel"), .dd(.text(category.purpose)),
                        .dt("Grondslag"), .dd(.text(category.legalBasis)),
                        .dt("Bewaartermijn"),
                        .dd(.text("\(period(category, chosen: chosen, meldpuntMonths: meldpuntMonths)) \(category.retentionStart)"),
                            .if(category == .meldpuntReports, .group(.text(" (in te stellen bij "),
                                .a(.attr("href", MeldpuntPath.settings.path), .text("Meldpunt → Instellingen")), .text(")"))))))
            },
            .h2(.text("Rechten van leerlingen en ouders")),
            .p(.text("Inzage, overdracht en verwijderen van een leerling: open de leerling en kies ‘Privacy’. Daar downloadt u alles "
                     + "in één keer (PDF met JSON) en kunt u de leerling verwijderen zonder dat de tellingen van de school veranderen.")),
            .p(.text("Andere systemen van de school halen gegevens op via de API met een eigen sleutel: "),
               .a(.attr("href", APITokensController.path), .text("API-sleutels")), .text("."))
        ))
    }

    static func retention(_ req: Request, values: Forms.Values, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Bewaartermijnen")
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Bewaartermijnen")),
            .p(.text("Hoe lang Stagelijn gegevens van uw school bewaart, in dagen. Elke nacht verwijdert of anonimiseert Stagelijn "
                     + "wat ouder is. Een leerlingdossier telt vanaf de vertrekdatum die u bij de leerling invult.")),
            .form(.method(.post), .attr("action", PrivacyPagesController.retentionPath), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  Forms.errorSummary(values),
                  .forEach(setHere) { category in
                      Forms.text("\(category.dutchName) (dagen \(category.retentionStart))", category.rawValue, values, type: .number,
                                 required: true,
                                 hint: "Standaard \(RetentionPolicy.dutchPeriod(days: category.defaultDays)); toegestaan \(category.allowedDays.lowerBound) tot \(category.allowedDays.upperBound) dagen.")
                  },
                  .div(.class("actions"), .button(.type(.submit), .text("Opslaan"))))
        ))
    }

    static func statement(_ req: Request) -> Response {
        let chrome = PageChrome(req, title: "Privacyverklaring")
        let file = RetentionPolicy.dutchPeriod(days: DataCategory.studentFile.defaultDays)
        return Layout.page(chrome, .group(
            .h1(.text("Privacyverklaring Stagelijn")),
            .h2(.text("Voor leerlingen")),
            .p(.text("Je school gebruikt Stagelijn om je stage te regelen: een stageplaats zoeken, de stageovereenkomst, je uren, "
                     + "de bezoeken van je begeleider en je beoordelingen. Daarvoor bewaren we je naam, leerlingnummer, klas, "
                     + "geboortedatum, adres en wat je tijdens je stage doet. We bewaren niets over je afkomst, geloof of gezondheid.")),
            .p(.text("Alleen de mensen van school die jou begeleiden zien je gegevens; je stagebedrijf ziet alleen wat nodig is voor je "
                     + "stage. Je mag altijd vragen welke gegevens we van je hebben, of vragen om iets te verbeteren of te verwijderen. "
                     + "Vraag het aan je stagecoördinator.")),
            .p(.text("Als je van school gaat, bewaren we je dossier nog \(file) (of de termijn die je school kiest). Daarna halen "
                     + "we je naam en gegevens weg.")),
            .h2(.text("Voor ouders en verzorgers")),
            .p(.text("De school is verantwoordelijk voor de gegevens van uw kind; Stagelijn verwerkt ze in opdracht van de school. "
                     + "Wij gebruiken de gegevens alleen om de stage te organiseren, te begeleiden en te beoordelen (de wet schrijft een "
                     + "stageovereenkomst en begeleiding voor). Uw naam en e-mailadres gebruiken we om u te laten ondertekenen en u op de hoogte te houden.")),
            .p(.text("U kunt de school vragen om inzage in alle gegevens van uw kind; de school kan die in één keer voor u downloaden. "
                     + "U kunt ook vragen gegevens te verbeteren of te verwijderen. Met een klacht kunt u terecht bij de "
                     + "functionaris gegevensbescherming van de school of bij de Autoriteit Persoonsgegevens.")),
            .h2(.text("Hoe lang")),
            .ul(.forEach(DataCategory.allCases) { category in
                .li(.text("\(category.dutchName): \(period(category, chosen: [:], meldpuntMonths: IncidentRetention.defaultMonths)) \(category.retentionStart)."))
            }),
            .p(.text("Dit zijn de standaardtermijnen; uw school kan andere kiezen."))
        ))
    }
}
