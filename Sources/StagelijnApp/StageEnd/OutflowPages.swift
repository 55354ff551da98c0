import Plot
import StagelijnCore
import Vapor

/// Leavers and their aftercare. The contact form is one short minute, made for a phone.
enum OutflowPages {
    static func list(_ req: Request, leavers: [OutflowModel], contacts: [UUID: [AftercareContactModel]],
                     figures: [(String, OutflowNorms.Figures)], canCreate: Bool) -> Response {
        let chrome = PageChrome(req, title: "Uitstroom en nazorg", section: .stageEnd)
        return Layout.page(chrome, .group(
            .h1(.text("Uitstroom en nazorg")),
            StageEndNavigation.links(req, current: .leavers),
            ExportLink.node(req, "uitstroom.csv"),
            .p(.class("muted"), .text("Oud-leerlingen volgen we 2 jaar, met 3 contacten per jaar met de oud-leerling, de werkgever of de vervolgschool. "
                + "Peildatum voor de cijfers is 1 november.")),
            .if(canCreate, .p(.a(.class("button"), .attr("href", StageEndPath.leaverNew.path), .text("Vertrek van een leerling vastleggen")))),
            .if(!figures.isEmpty, .group(
                .h2(.text("Sectornormen per schooljaar van vertrek")),
                .ul(.class("todo"), .forEach(figures) { row in
                    .li(.strong(.text("\(row.0) (\(DutchFormat.count(row.1.leavers, "leerling", "leerlingen"))): ")),
                        .text("geplaatst \(shareText(row.1.placed)); na 1 jaar \(shareText(row.1.afterOneYear)); "
                              + "na 2 jaar \(shareText(row.1.afterTwoYears))."))
                }),
                .p(.class("hint"), .text("Normen: minstens 90 % geplaatst en minstens 75 % na 1 en na 2 jaar nog in werk, school, traject "
                    + "of dagbesteding, op de peildatum 1 november. Verhuisde oud-leerlingen tellen niet mee; onbekend telt als niet geplaatst.")))),
            .if(leavers.isEmpty, .p(.text("Er zijn nog geen oud-leerlingen vastgelegd."))),
            .if(!leavers.isEmpty, .div(.class("table-wrap"), .table(.class("stack-on-phone"),
                .thead(.tr(.th("Oud-leerling"), .th("Vertrokken"), .th("Bestemming"), .th("Nazorg"))),
                .tbody(.forEach(leavers) { leaver in
                    .tr(
                        .td(.a(.attr("href", StageEndPath.leaver(leaver.id ?? UUID()).path), .text(leaver.student.fullName))),
                        .td(.text(leaver.left.dutch)),
                        .td(.text(leaver.destination.dutchName)),
                        .td(.text(aftercareText(leaver, contacts[leaver.id ?? UUID()] ?? [], today: req.today)),
                            .unwrap(leaver.supervisor) { .span(.class("muted"), .text(" · \($0.name)")) }))
                })))))
        )
    }

    /// "2 van 6 gedaan, 1 open", or why there is no aftercare (the list page and its CSV).
    static func aftercareText(_ leaver: OutflowModel, _ list: [AftercareContactModel], today: LocalDate) -> String {
        guard leaver.aftercare else { return leaver.schoolType == .vso ? "alleen op verzoek (vso)" : "geen" }
        let done = list.filter { $0.recordedOn != nil }.count
        let open = list.filter { [.due, .missed].contains($0.state(today: today)) }.count
        return "\(done) van \(list.count) gedaan" + (open > 0 ? ", \(open) open" : "")
    }

    /// "8 van 9 (89 %, onder de norm)", or that the peildatum has not come yet.
    static func shareText(_ share: OutflowNorms.Share) -> String {
        guard let met = share.meetsNorm else { return "(peildatum nog niet bereikt)" }
        return "\(share.lasting) van \(share.counted) (\(percent(Double(share.lasting), of: Double(share.counted))), \(met ? "gehaald" : "onder de norm"))"
    }

    static func form(_ req: Request, students: [StudentModel], supervisors: [UUID: String], values: Forms.Values,
                     status: HTTPStatus) -> Response {
        let chrome = PageChrome(req, title: "Vertrek vastleggen", section: .stageEnd)
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Vertrek van een leerling vastleggen")),
            Forms.errorSummary(values),
            .form(.method(.post), .attr("action", StageEndPath.leavers.path), .class("stack"), Forms.csrf(chrome.csrfToken),
                Forms.select("Leerling", "studentID", values, options: students.map { ($0.id?.uuidString ?? "", "\($0.fullName) (\($0.className))") },
                             includeEmpty: "kies de leerling"),
                Forms.text("Datum van vertrek", "leftOn", values, type: .date, required: true),
                Forms.select("Uitstroomprofiel", "profile", values, options: OutflowProfile.allCases.map { ($0.rawValue, $0.dutchName) },
                             includeEmpty: "kies het profiel"),
                Forms.select("Bestemming (uitstroommonitor)", "destination", values,
                             options: OutflowDestination.allCases.map { ($0.rawValue, $0.dutchName) }, includeEmpty: "kies de bestemming"),
                Forms.text("Waar precies (mag leeg)", "note", values),
                Forms.select("Nazorg door", "supervisorID", values, options: supervisors.sorted { $0.value < $1.value }.map { ($0.key.uuidString, $0.value) },
                             includeEmpty: "nog niet gekozen"),
                Forms.checkbox("Ouders of leerling vragen om nazorg (nodig bij vso)", "requested", values),
                Forms.checkbox("Nazorg plannen, ook waar die niet verplicht is (vmbo, mbo)", "schoolChooses", values),
                .p(.class("hint"), .text("Praktijkonderwijs en Entree: nazorg wordt altijd gepland. Vso: alleen op verzoek (WEC art. 44).")),
                .button(.type(.submit), .text("Vertrek vastleggen")))))
    }

    struct Detail {
        let outflow: OutflowModel
        let contacts: [AftercareContactModel]
        let observations: [OutflowObservationModel]
        let atPeildata: OutflowNorms.Leaver
        let canUpdate: Bool
        let values: Forms.Values
        let failedContact: UUID?
    }

    static func detail(_ req: Request, _ context: Detail, status: HTTPStatus) -> Response {
        let outflow = context.outflow
        let chrome = PageChrome(req, title: "Nazorg \(outflow.student.fullName)", section: .stageEnd)
        let peil = [(0, context.atPeildata.atStart), (1, context.atPeildata.afterOneYear), (2, context.atPeildata.afterTwoYears)]
        return Layout.page(chrome, status: status, .group(
            .h1(.text("Nazorg: \(outflow.student.fullName)")),
            .dl(.class("facts"),
                .dt("Vertrokken"), .dd(.text("\(outflow.left.dutch) (schooljaar \(outflow.schoolYear))")),
                .dt("Profiel"), .dd(.text(outflow.profile.dutchName)),
                .dt("Bestemming"), .dd(.text(outflow.destination.dutchName + (outflow.destinationNote.map { " — \($0)" } ?? ""))),
                .dt("Nazorg door"), .dd(.text(outflow.supervisor?.name ?? "nog niet gekozen"))),
            .h2(.text("Stand op de peildata")),
            .ul(.class("plain"), .forEach(peil) { item in
                let day = OutflowNorms.peildatum(leftOn: outflow.left, yearsAfter: item.0)
                return .li(.text("\(day.dutch): "), .text(item.1.map { $0.dutchName + ($0.isLasting ? " (duurzaam)" : "") } ?? "nog niet bereikt"))
            }),
            .h2(.text("Contacten")),
            .if(!outflow.aftercare, .group(
                .p(.text(outflow.schoolType == .vso ? "Nazorg in het vso alleen op verzoek van ouders of leerling." : "Voor deze oud-leerling is geen nazorg gepland.")),
                .if(context.canUpdate, .form(.method(.post), .attr("action", StageEndPath.leaver(outflow.id ?? UUID()).path + "/nazorg"),
                    Forms.csrf(chrome.csrfToken), .button(.type(.submit), .class("secondary"), .text("Nazorg plannen op verzoek")))))),
            .forEach(context.contacts) { contact in contactBlock(req, chrome, outflow, contact, context) }))
    }

    /// One form per page (field ids stay unique): the contact whose window is open, else the latest missed one.
    static func formContact(_ contacts: [AftercareContactModel], today: LocalDate) -> UUID? {
        (contacts.first { $0.state(today: today) == .due } ?? contacts.last { $0.state(today: today) == .missed })?.id
    }

    private static func contactBlock(_ req: Request, _ chrome: PageChrome, _ outflow: OutflowModel, _ contact: AftercareContactModel,
                                     _ context: Detail) -> Node<HTML.BodyContext> {
        let state = contact.state(today: req.today)
        let id = contact.id ?? UUID()
        var values = context.failedContact == id ? context.values : Forms.Values(["day": req.today.iso])
        if values["party"].isEmpty { values.values["party"] = AftercareParty.formerStudent.rawValue }
        return .section(.attr("id", "contact-\(id.uuidString)"), .class("aftercare-contact"),
            .h3(.text(AftercareLabels.contactName(contact).capitalizedFirstLetter + " "), .span(.attr("class", state == .missed ? "badge terminated" : "badge"), .text(state.dutchName))),
            .p(.class("muted"), .text(AftercareLabels.windowText(contact, today: req.today))),
            .unwrap(contact.minute) { minute in
                .p(.text("\(contact.party?.dutchName.capitalizedFirstLetter ?? ""): \(minute)"
                    + (contact.destination.map { " Bestemming: \($0.dutchName)." } ?? "") + (contact.recordedByName.map { " (\($0))" } ?? "")))
            },
            .if(context.canUpdate && contact.id == formContact(context.contacts, today: req.today), .form(.method(.post),
                .attr("action", StageEndPath.aftercareContact(leaver: outflow.id ?? UUID(), contact: id).path), .class("stack"),
                Forms.csrf(chrome.csrfToken),
                .if(context.failedContact == id, Forms.errorSummary(values)),
                Forms.text("Datum", "day", values, type: .date, required: true),
                Forms.select("Met wie", "party", values, options: AftercareParty.allCases.map { ($0.rawValue, $0.dutchName) }),
                Forms.textArea("Kort verslag", "minute", values, hint: "Hoe gaat het? Werk of school nog? Hulp nodig?"),
                Forms.select("Bestemming nu (mag leeg)", "destination", values,
                             options: OutflowDestination.allCases.map { ($0.rawValue, $0.dutchName) }, includeEmpty: "niet veranderd / niet bekend"),
                .button(.type(.submit), .text("Contact opslaan")))))
    }
}
