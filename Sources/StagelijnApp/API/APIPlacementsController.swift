import Fluent
import StagelijnCore
import Vapor

/// `POST /api/v1/placements` and `POST /api/v1/placements/{id}/status`: the same `PlacementService` steps as the
/// /stages pages (eligibility, capacity, the Core's status machine, a start only with a signed agreement or a
/// reasoned exception, a dropout after an early end). The token's name is the actor in the history and audit log.
struct APIPlacementsController: RouteCollection {
    static let proposalFields: Set<String> = ["studentId", "positionId", "periodId", "reason"]
    static let statusFields: Set<String> = ["status", "reason", "agreementException"]
    static let maximumReasonLength = 1000

    func boot(routes: any RoutesBuilder) throws {
        routes.post("placements", use: create)
        routes.post("placements", ":id", "status", use: changeStatus)
    }

    func create(req: Request) async throws -> Response {
        let client = try req.client()
        _ = try client.visibility(.create, .placement)
        let body = try req.content.decode([String: APIScalar].self)
        _ = try APIScalar.values(body, allowed: Self.proposalFields).get()
        var errors: [FieldError] = []
        let ids = ["studentId", "positionId", "periodId"].map { Self.id(body, $0, &errors) }
        let reason = Self.reason(body, &errors)
        guard errors.isEmpty else { throw FieldErrors(errors) }
        let checked = try await PlacementService.check(
            studentID: ids[0], positionID: ids[1], periodID: ids[2], schoolID: client.schoolID, boardID: client.boardID, today: req.today,
            refusal: { company in
                // The block's reason is the coordinator's note; another system only hears that the school said no.
                try await req.meldpunt.block(school: client.schoolID, company: company) == nil
                    ? nil : "De school heeft dit bedrijf op ‘niet plaatsen’ gezet; er kunnen geen nieuwe stages bij."
            }, on: req.db)
        let proposal: PlacementService.Proposal
        switch checked {
        case let .success(value): proposal = value
        case let .failure(problems): throw APIProblem.invalid(problems.items.map(Self.fieldError))
        }
        let created = try await PlacementService.propose(proposal, school: client.schoolID, reason: reason, actor: client.actor,
                                                         at: req.now, on: req.db)
        let placement = try await reload(req, client, try created.requireID())
        let response = try await APIv1.Placement(placement, history: placement.history).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/placements/\(try placement.requireID())")
        return response
    }

    func changeStatus(req: Request) async throws -> APIv1.Placement {
        let client = try req.client()
        let visibility = try client.visibility(.update, .placement)
        guard let placement = try await req.placements.find(try APIQuery.id(req, "Deze stage"), visibility)
        else { throw APIProblem.notFound("Deze stage") }
        let body = try req.content.decode([String: APIScalar].self)
        _ = try APIScalar.values(body, allowed: Self.statusFields).get()
        var errors: [FieldError] = []
        let next = Self.status(body, &errors)
        let reason = Self.reason(body, &errors)
        let exception: Bool
        switch body["agreementException"] {
        case nil, .null?: exception = false
        case let .flag(value)?: exception = value
        default: exception = false; errors.append(FieldError(field: "agreementException", message: "Verwacht true of false."))
        }
        guard errors.isEmpty, let next else { throw FieldErrors(errors) }
        let agreement = try await AgreementRepository(db: req.db).state(for: placement, today: req.today)
        let checked = PlacementService.checkStatusChange(
            placement, to: next, reason: reason, agreement: agreement,
            mayRecordException: AccessPolicy.allows(APIClient.role, .create, .ruleException), exceptionRequested: exception)
        let withException: Bool
        switch checked {
        case let .success(value): withException = value
        case let .failure(problem):
            // A change the status machine or the agreement does not allow now is a conflict with the stage's state;
            // a missing reason is invalid input.
            var refused = APIProblem.invalid([Self.fieldError(problem)])
            if problem.field != .reason {
                refused.status = 409
                refused.title = "Statuswijziging niet toegestaan"
                refused.type = "https://stagelijn.nl/problemen/statuswijziging-niet-toegestaan"
            }
            throw refused
        }
        _ = try await PlacementService.changeStatus(placement, to: next, reason: reason, agreementException: withException,
                                                    actor: client.actor, today: req.today, at: req.now,
                                                    baseURL: req.application.stagelijnConfig.baseURL, on: req.db)
        let saved = try await reload(req, client, try placement.requireID())
        return APIv1.Placement(saved, history: saved.history)
    }

    private func reload(_ req: Request, _ client: APIClient, _ id: UUID) async throws -> PlacementModel {
        guard let placement = try await req.placements.find(id, try client.visibility(.view, .placement))
        else { throw APIProblem.notFound("Deze stage") }
        return placement
    }

    static func fieldError(_ problem: PlacementService.Problem) -> FieldError {
        let name = switch problem.field {
        case .student: "studentId"
        case .position: "positionId"
        case .period: "periodId"
        case .status: "status"
        case .reason: "reason"
        case .agreementException: "agreementException"
        }
        return FieldError(field: name, message: problem.message)
    }

    private static func id(_ body: [String: APIScalar], _ name: String, _ errors: inout [FieldError]) -> UUID? {
        switch body[name] {
        case nil, .null?:
            errors.append(FieldError(field: name, message: "Dit veld ontbreekt."))
        case let .text(text)?:
            if let id = UUID(uuidString: text) { return id }
            errors.append(FieldError(field: name, message: "Verwacht een id (UUID)."))
        default:
            errors.append(FieldError(field: name, message: "Verwacht een id (UUID)."))
        }
        return nil
    }

    private static func reason(_ body: [String: APIScalar], _ errors: inout [FieldError]) -> String {
        switch body["reason"] {
        case nil, .null?: return ""
        case let .text(text)?:
            if text.count > maximumReasonLength {
                errors.append(FieldError(field: "reason", message: "Hoogstens \(maximumReasonLength) tekens."))
            } else if !InputText.isMultiLine(text) {
                errors.append(FieldError(field: "reason", message: InputText.multiLineMessage))
            }
            return text
        default:
            errors.append(FieldError(field: "reason", message: "Verwacht tekst."))
            return ""
        }
    }

    private static func status(_ body: [String: APIScalar], _ errors: inout [FieldError]) -> PlacementStatus? {
        let options = PlacementStatus.allCases.map(\.rawValue).joined(separator: ", ")
        switch body["status"] {
        case nil, .null?:
            errors.append(FieldError(field: "status", message: "Dit veld ontbreekt (kies uit \(options))."))
        case let .text(text)?:
            if let status = PlacementStatus(rawValue: text) { return status }
            errors.append(FieldError(field: "status", message: "Kies uit \(options)."))
        default:
            errors.append(FieldError(field: "status", message: "Kies uit \(options)."))
        }
        return nil
    }
}
