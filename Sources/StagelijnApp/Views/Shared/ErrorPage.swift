import Plot
import Vapor

/// The Dutch page for every error status. It never shows internal details.
enum ErrorPage {
    static func render(_ request: Request, status: HTTPStatus, message: String) -> Response {
        let chrome = PageChrome(request, title: title(for: status))
        return Layout.page(chrome, status: status, .div(.class("error-page"),
            .h1(.text(title(for: status))),
            .p(.text(message)),
            .p(.a(.attr("href", SitePath.home.path), .text("Naar het overzicht")))))
    }

    static func title(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "De gegevens kloppen niet"
        case 401: "Log eerst in"
        case 403: "Geen toegang"
        case 404: "Niet gevonden"
        case 413: "Te groot"
        case 429: "Even wachten"
        default: "Er ging iets mis"
        }
    }

    static func defaultMessage(for status: HTTPStatus) -> String {
        switch status.code {
        case 400: "Het verzoek bevat gegevens die niet kloppen."
        case 403: "U heeft geen toegang tot deze pagina."
        case 404: "Deze pagina of dit gegeven bestaat niet, of u heeft er geen toegang toe."
        case 405: "Deze handeling is hier niet mogelijk."
        default: "Er ging iets mis aan onze kant. Probeer het later opnieuw; uw gegevens zijn niet verloren gegaan."
        }
    }
}
