import Vapor

/// Turns every error into a Dutch page (or an RFC 9457 problem for JSON clients) with the right status.
/// Internal errors are logged without personal data and shown as a plain 500, never with their details.
struct ErrorPageMiddleware: AsyncMiddleware {
    let environment: Environment

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return handle(error, for: request)
        }
    }

    private func handle(_ error: any Error, for request: Request) -> Response {
        let status: HTTPStatus
        let message: String
        switch error {
        case let abort as any AbortError:
            status = abort.status
            message = abort.reason == status.reasonPhrase ? ErrorPage.defaultMessage(for: status) : abort.reason
        case is DecodingError:
            status = .badRequest
            message = ErrorPage.defaultMessage(for: .badRequest)
        default:
            status = .internalServerError
            message = ErrorPage.defaultMessage(for: status)
            request.logger.error("Unhandled error on \(request.method) \(RoutePatternLoggingMiddleware.pattern(of: request)): \(String(reflecting: type(of: error)))")
        }
        if status == .unauthorized && request.method == .GET && !wantsJSON(request) {
            return request.redirect(to: SitePath.login.with([("terug", request.url.string)]))
        }
        if wantsJSON(request) {
            return problem(status: status, detail: message)
        }
        return ErrorPage.render(request, status: status, message: message)
    }

    private func wantsJSON(_ request: Request) -> Bool {
        request.headers.accept.mediaTypes.contains(.json) && !request.headers.accept.mediaTypes.contains(.html)
    }

    private func problem(status: HTTPStatus, detail: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/problem+json; charset=utf-8")
        let body = Problem(type: "about:blank", title: ErrorPage.title(for: status), status: Int(status.code), detail: detail)
        let data = (try? JSONEncoder().encode(body)) ?? Data()
        return Response(status: status, headers: headers, body: .init(data: data))
    }
}

/// RFC 9457 problem details.
private struct Problem: Encodable {
    let type: String
    let title: String
    let status: Int
    let detail: String
}
