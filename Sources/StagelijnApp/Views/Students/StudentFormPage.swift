import Plot
import StagelijnCore
import Vapor

enum StudentFormPage {
    struct Context {
        let values: Forms.Values
        let mentorOptions: [(value: String, label: String)]
        let studentID: UUID?
        let studentName: String?
    }

    static func render(_ req: Request, _ context: Context, status: HTTPStatus) -> Response {
        let title = context.studentName.map { "\($0) bewerken" } ?? "Leerling toevoegen"
        let chrome = PageChrome(req, title: title, section: .students)
        let action = context.studentID.map { SitePath.student($0).path } ?? SitePath.students.path
        let v = context.values
        return Layout.page(chrome, status: status, .group(
            .h1(.text(title)),
            Forms.errorSummary(v),
            .form(.method(.post), .attr("action", action), .class("stack"), .attr("novalidate", "novalidate"),
                Forms.csrf(chrome.csrfToken),
                Forms.text("Leerlingnummer", "studentNumber", v, required: true),
                Forms.text("Voornaam", "firstName", v, required: true),
                Forms.text("Achternaam (met tussenvoegsel)", "lastName", v, required: true),
                Forms.text("Geboortedatum", "birthDate", v, type: .date, required: true, hint: "Bijvoorbeeld 01-05-2011."),
                Forms.select("Schooltype", "schoolType", v, options: Options.schoolTypes, required: true),
                Forms.select("Leerjaar", "schoolYearLevel", v, options: Options.levels, includeEmpty: "kies", required: true),
                Forms.text("Klas", "className", v, required: true),
                Forms.select("Mentor", "mentorEmail", v, options: context.mentorOptions, includeEmpty: "geen mentor"),
                Forms.checkboxes("Sectoren waar de leerling belangstelling voor heeft", "sectorInterests", v, options: Options.sectors),
                Forms.checkbox("Heeft extra ondersteuning nodig (vaker bezoek, zorgcoördinator betrokken)", "needsSupport", v),
                Forms.text("Straat en huisnummer", "street", v),
                Forms.text("Postcode", "postcode", v, required: true, hint: "Voor de reisafstand naar een stageplaats."),
                Forms.text("Woonplaats", "city", v),
                Forms.text("E-mailadres leerling", "email", v, type: .email),
                Forms.text("Maximale reisafstand (km)", "maxDistanceKm", v, type: .number),
                Forms.checkboxes("Certificaten van de leerling", "certificates", v, options: Options.certificates),
                .div(.class("actions"), .button(.type(.submit), .text("Opslaan")),
                     .a(.class("button secondary"), .attr("href", context.studentID.map { SitePath.student($0).path } ?? SitePath.students.path),
                        .text("Annuleren"))))
        ))
    }
}
