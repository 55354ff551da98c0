import Vapor

/// `/api/openapi.json` (no sign-in needed) and `/api/v1/…` behind a school's API token. No session, no CSRF token:
/// the API takes only `Authorization: Bearer …`, which a browser never sends by itself.
enum APIRoutes {
    static func register(_ app: Application) throws {
        let api = app.grouped("api").grouped(APIErrorMiddleware())
        api.get("openapi.json") { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .json
            headers.cacheControl = .init(isPublic: true, maxAge: 300)
            return Response(status: .ok, headers: headers, body: .init(data: OpenAPIDocument.document.encoded()))
        }
        let v1 = api.grouped("v1").grouped(APITokenMiddleware())
        try v1.register(collection: APIStudentsController())
        try v1.register(collection: APICompaniesController())
        try v1.register(collection: APIReadController())
        try v1.register(collection: APIPlacementsController())
        try v1.register(collection: APIStageEndController())
        APIFallback.register(on: api)
    }
}
