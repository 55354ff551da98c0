import Fluent
import StagelijnCore
import Vapor

/// The public meldpunt: no account and no login wall (issue 12). Anonymous is the default. The follow-up code is only
/// ever sent in a POST body, so it stays out of addresses, browser history and server logs.
struct MeldpuntPublicController: RouteCollection {
    /// A report's form: 4,000 characters of text plus the other fields fit easily; anything larger is refused.
    static let maxBodySize = 32 * 1024

    func boot(routes: any RoutesBuilder) throws {
        routes.get("melden", use: chooseSchool)
        routes.get("melden", "volgen", use: followUpForm)
        routes.post("melden", "volgen", use: followUp)
        routes.post("melden", "volgen", "bericht", use: reply)
        routes.get("melden", ":school", use: form)
        routes.post("melden", ":school", use: submit)
        routes.get("melden", ":school", "poster", use: poster)
    }

    func chooseSchool(req: Request) async throws -> Response {
        let schools = try await SchoolModel.query(on: req.db).sort(\.$name).all()
        return MeldpuntPublicPages.chooseSchool(req, schools: schools.map { (code: $0.code, name: $0.name, town: $0.town) })
    }

    func form(req: Request) async throws -> Response {
        let school = try await school(req)
        return MeldpuntReportForm.render(req, school: school, values: .init(Self.defaults(req)), status: .ok)
    }

    func submit(req: Request) async throws -> Response {
        let school = try await school(req)
        let values = try req.formValues()
        guard await req.application.meldpuntRateLimit.allow(.report, address: req.clientAddress, now: req.now) else {
            return MeldpuntReportForm.render(req, school: school, values: .init(values), status: .tooManyRequests,
                                             alert: "Er zijn vanaf dit adres het afgelopen uur veel meldingen gedaan. Probeer het over een uur opnieuw, "
                                                 + "of praat met iemand van school die je vertrouwt.")
        }
        switch IncidentReportInput.read(values, today: req.today) {
        case let .failure(errors):
            return MeldpuntReportForm.render(req, school: school, values: .init(values, errors: errors), status: .badRequest)
        case let .success(input):
            let settings = try await req.meldpunt.settings(school: school.requireID())
            let (report, code) = try await MeldpuntService.submit(input, school: school, calendar: settings.calendar, now: req.now,
                                                                  baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
            return MeldpuntPublicPages.thanks(req, report: report, code: code, schoolName: school.name)
        }
    }

    func followUpForm(req: Request) async throws -> Response {
        MeldpuntPublicPages.codeForm(req, typed: "", error: nil, status: .ok)
    }

    func followUp(req: Request) async throws -> Response {
        let values = try req.formValues()
        switch try await lookUp(req, values["code"] ?? "") {
        case let .page(page): return page
        case let .found(report, code):
            return try await MeldpuntPublicPages.status(req, report: report, code: code,
                                                        entries: req.meldpunt.entries(report: report.requireID()), error: nil)
        }
    }

    func reply(req: Request) async throws -> Response {
        let values = try req.formValues()
        switch try await lookUp(req, values["code"] ?? "") {
        case let .page(page): return page
        case let .found(report, code):
            let text = (values["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let askFollowUp = values["opvolgen"] == "ja"
            var problem: String?
            if text.count > IncidentReportInput.maxDescription { problem = "Je bericht is te lang (hoogstens \(IncidentReportInput.maxDescription) tekens)." }
            if text.isEmpty && !askFollowUp { problem = "Schrijf eerst je bericht." }
            if problem == nil {
                let settings = try await req.meldpunt.settings(school: report.$school.id)
                try await MeldpuntService.reporterReply(text.isEmpty ? nil : text, askFollowUp: askFollowUp, report: report,
                                                        calendar: settings.calendar, now: req.now, on: req.db)
            }
            return try await MeldpuntPublicPages.status(req, report: report, code: code,
                                                        entries: req.meldpunt.entries(report: report.requireID()), error: problem,
                                                        confirmation: problem == nil ? "Je bericht is verstuurd naar school." : nil)
        }
    }

    func poster(req: Request) async throws -> Response {
        let school = try await school(req)
        return MeldpuntPublicPages.poster(req, school: school)
    }

    enum Lookup { case found(IncidentReportModel, String), page(Response) }

    private func lookUp(_ req: Request, _ typed: String) async throws -> Lookup {
        guard await req.application.meldpuntRateLimit.allow(.lookup, address: req.clientAddress, now: req.now) else {
            return .page(MeldpuntPublicPages.codeForm(req, typed: "", error: "Te veel pogingen vanaf dit adres. Probeer het over een uur opnieuw.",
                                                      status: .tooManyRequests))
        }
        guard let code = FollowUpCode.normalise(typed), let report = try await req.meldpunt.report(code: code) else {
            return .page(MeldpuntPublicPages.codeForm(req, typed: String(typed.prefix(40)),
                                                      error: "Deze volgcode kennen we niet. Kijk of je hem goed hebt overgenomen (12 tekens, zoals K7PM-3QXD-9TWR).",
                                                      status: .notFound))
        }
        req.changedSchool = report.$school.id
        return .found(report, code)
    }

    private func school(_ req: Request) async throws -> SchoolModel {
        let code = (req.parameters.get("school") ?? "").uppercased()
        guard code.count <= 40, let school = try await SchoolModel.query(on: req.db).filter(\.$code == code).first() else {
            throw Abort(.notFound, reason: "Deze school kennen we niet. Kies je school op de pagina Melden.")
        }
        req.changedSchool = school.id
        return school
    }

    /// A signed-in student or parent does not have to say who they are: the form starts with their kind, still anonymous.
    static func defaults(_ req: Request) -> [String: String] {
        switch req.currentUser?.role {
        case .student: ["reporterKind": ReporterKind.student.rawValue]
        case .parent: ["reporterKind": ReporterKind.parent.rawValue]
        case .some: ["reporterKind": ReporterKind.staff.rawValue]
        case nil: [:]
        }
    }
}
