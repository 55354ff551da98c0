import Plot
import StagelijnCore
import Vapor

/// The pages a reporter sees: choose a school, thanks with the follow-up code, reading the answer, the poster.
enum MeldpuntPublicPages {
    static func chooseSchool(_ req: Request, schools: [(code: String, name: String, town: String)]) -> Response {
        let chrome = PageChrome(req, title: "Melden")
        return Layout.page(chrome, .div(.class("meldpunt"),
            .h1(.text("Melden")),
            .p(.class("lead"), .text("Is er iets gebeurd bij het zoeken naar een stage, of op je stage, dat niet goed voelt? "
                                     + "Je kunt het hier melden. Je hoeft je naam niet te geven.")),
            .h2(.text("Kies je school")),
            .ul(.class("school-list"), .forEach(schools) { school in
                .li(.a(.attr("href", MeldpuntPath.school(code: school.code).path), .text("\(school.name) (\(school.town))")))
            }),
            .p(.a(.attr("href", MeldpuntPath.followUp.path), .text("Heb je al gemeld? Lees de reactie met je volgcode.")))
        ))
    }

    static func thanks(_ req: Request, report: IncidentReportModel, code: String, schoolName: String) -> Response {
        let chrome = PageChrome(req, title: "Melding ontvangen")
        return Layout.page(chrome, .div(.class("meldpunt"),
            .h1(.text("Dank je wel. Je melding is ontvangen.")),
            .p(.text(report.status.reporterText)),
            .div(.class("code-box"), .attr("role", "status"),
                 .p(.text("Je volgcode:")),
                 .p(.class("follow-up-code"), .attr("id", "volgcode"), .text(code)),
                 .p(.text("Schrijf deze code op of maak een foto van dit scherm. Met de code lees je de reactie van school op "
                          + "\(req.application.stagelijnConfig.baseURL)\(MeldpuntPath.followUp.path). "
                          + "Zonder de code kan niemand je melding lezen — ook jij niet. We sturen de code nergens naartoe."))),
            .if(report.category.needsSafeguardingRoute, safeguarding()),
            .p(.a(.attr("href", MeldpuntPath.followUp.path), .text("Naar de reactie van school")))
        ))
    }

    static func safeguarding() -> Node<HTML.BodyContext> {
        .section(.class("safeguarding"), .attr("aria-label", "Hulp"),
                 .h2(.text("Hulp die je nu kunt krijgen")),
                 .ul(.forEach(SafeguardingRoute.forReporter) { .li(.text($0)) }))
    }

    static func codeForm(_ req: Request, typed: String, error: String?, status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Reactie op je melding")
        return Layout.page(chrome, status: status, .div(.class("meldpunt"),
            .h1(.text("Reactie op je melding")),
            .p(.text("Vul de volgcode in die je kreeg toen je de melding verstuurde.")),
            .unwrap(error) { Forms.alert($0) },
            codeForm(typed: typed, csrf: chrome.csrfToken)
        ))
    }

    static func codeForm(typed: String, csrf: String) -> Node<HTML.BodyContext> {
        .form(.method(.post), .attr("action", MeldpuntPath.followUp.path), .class("stack"),
              Forms.csrf(csrf),
              .div(.class("field"),
                   .label(.attr("for", "code"), .text("Volgcode")),
                   .input(.type(.text), .attr("name", "code"), .attr("id", "code"), .attr("value", typed),
                          .attr("autocomplete", "off"), .attr("autocapitalize", "characters"), .attr("required", "required"))),
              .div(.class("actions"), .button(.type(.submit), .text("Reactie lezen"))))
    }

    static func status(_ req: Request, report: IncidentReportModel, code: String, entries: [IncidentEntryModel],
                       error: String?, confirmation: String? = nil) -> Response {
        let chrome = PageChrome(req, title: "Reactie op je melding")
        let visible = entries.filter { $0.kind == .toReporter || $0.kind == .fromReporter }
        return Layout.page(chrome, status: error == nil ? .ok : .badRequest, .div(.class("meldpunt"),
            .h1(.text("Je melding")),
            .unwrap(confirmation) { .p(.class("flash"), .attr("role", "status"), .text($0)) },
            .unwrap(error) { Forms.alert($0) },
            .dl(.class("facts"),
                .dt(.text("Soort")), .dd(.text(report.category.dutchName)),
                .dt(.text("Ontvangen op")), .dd(.text(LocalDate(iso: report.receivedOn)?.dutch ?? report.receivedOn)),
                .dt(.text("Stand")), .dd(.text(report.status.reporterText)),
                .unwrap(report.status == .closed ? report.outcome : nil) { outcome in
                    .group(.dt(.text("Uitkomst")), .dd(.text(outcome.dutchName)))
                }),
            .if(report.category.needsSafeguardingRoute, safeguarding()),
            .h2(.text("Berichten")),
            .if(visible.isEmpty, .p(.class("muted"), .text("Nog geen berichten."))),
            .ol(.class("messages"), .forEach(visible) { entry in
                .li(.attr("class", entry.kind == .toReporter ? "from-school" : "from-reporter"),
                    .p(.class("meta"), .text("\(entry.kind == .toReporter ? "School" : "Jij") · \(DutchFormat.dateTime(entry.createdAt))")),
                    .p(.class("message-text"), .text(entry.text)))
            }),
            .form(.method(.post), .attr("action", MeldpuntPath.followUpReply.path), .class("stack"),
                  Forms.csrf(chrome.csrfToken),
                  .input(.type(.hidden), .attr("name", "code"), .attr("value", code)),
                  .div(.class("field"),
                       .label(.attr("for", "text"), .text("Iets terugschrijven aan school")),
                       .textarea(.attr("name", "text"), .attr("id", "text"), .rows(4))),
                  .if(report.status == .registered, .div(.class("field checkbox"),
                      .input(.type(.checkbox), .attr("name", "opvolgen"), .attr("id", "opvolgen"), .attr("value", "ja")),
                      .label(.attr("for", "opvolgen"), .text("Ik wil nu wel dat school iets doet met mijn melding.")))),
                  .div(.class("actions"), .button(.type(.submit), .text("Versturen"))))
        ))
    }

    /// A printable A4 poster for the stage classroom: a QR code to scan (when the server has `qrencode`, see
    /// `QRCodeRenderer`) and the short address in large type for those who type it.
    static func poster(_ req: Request, school: SchoolModel) -> Response {
        let chrome = PageChrome(req, title: "Poster meldpunt")
        let address = req.application.stagelijnConfig.baseURL.replacingOccurrences(of: "https://", with: "")
            .replacingOccurrences(of: "http://", with: "") + MeldpuntPath.school(code: school.code).path
        return Layout.page(chrome, .div(.class("poster"),
            .h1(.text("Is er iets gebeurd op je stage?")),
            .p(.class("poster-lead"), .text("Gepest, uitgescholden, anders behandeld om wie je bent, aangeraakt terwijl je dat niet wilde, "
                                            + "of moet je werken zonder iets te leren? Meld het. Je hoeft je naam niet te geven.")),
            .unwrap(QRCodeRenderer.svg(for: req.application.stagelijnConfig.baseURL + MeldpuntPath.school(code: school.code).path)) { svg in
                .div(.class("poster-qr"), .attr("role", "img"), .attr("aria-label", "QR-code naar \(address)"), .raw(svg))
            },
            .p(.class("poster-url"), .text(address)),
            .p(.text("Open dit adres op je telefoon. Binnen 3 schooldagen reageert iemand van \(school.name) — als jij dat wilt.")),
            .ul(.forEach(IncidentCategory.allCases) { .li(.strong(.text($0.dutchName + ": ")), .text($0.definition)) }),
            .p(.class("no-print"), .text("Druk deze pagina af (Ctrl+P) en hang hem op in het stagelokaal."))
        ))
    }
}
