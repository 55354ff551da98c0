import StagelijnCore

/// The OpenAPI 3.1 document of `/api/v1`, served at `/api/openapi.json`. Routes are written by hand;
/// `APIConformanceTests` checks every route against this document and every response against its schema, and
/// `scripts/api-fuzz` (Schemathesis) checks it from outside. See docs/architecture.md for why not a generator.
enum OpenAPIDocument {
    static let version = "1.0.0"

    static var document: JSONValue {
        [
            "openapi": "3.1.0",
            "info": [
                "title": "Stagelijn API",
                "version": .string(version),
                "description": "Gegevens van één school: leerlingen, bedrijven, stageplaatsen, stageperiodes, stages, overeenkomsten, uren, begeleiding en matching. Een API-sleutel maakt een coördinator aan bij Instellingen → API-sleutels of met `stagelijn token create`. Fouten zijn problem details (RFC 9457) in het Nederlands met het veld bij naam.",
            ],
            "servers": [["url": "/api/v1"]],
            "security": [["bearer": []]],
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer", "description": "API-sleutel, begint met stl_"]],
                "schemas": .object(OpenAPISchemas.all),
                "parameters": [
                    "id": ["name": "id", "in": "path", "required": true, "schema": OpenAPISchemas.uuid],
                    "page": ["name": "page", "in": "query", "required": false,
                             "schema": ["type": "integer", "minimum": 1, "maximum": .number(Double(APIPaging.maximumPage)), "default": 1]],
                    "perPage": ["name": "perPage", "in": "query", "required": false,
                                "schema": ["type": "integer", "minimum": 1, "maximum": .number(Double(APIPaging.maximumPerPage)), "default": 50]],
                    "q": ["name": "q", "in": "query", "required": false, "description": "zoekt in naam, nummer, klas, plaats",
                          "schema": ["type": "string", "maxLength": 100]],
                ],
            ],
            "paths": .object(paths),
        ]
    }

    static let paging: [JSONValue] = [["$ref": "#/components/parameters/page"], ["$ref": "#/components/parameters/perPage"]]
    static let idParameter: [JSONValue] = [["$ref": "#/components/parameters/id"]]

    static var paths: [String: JSONValue] {
        [
            "/students": [
                "get": list("listStudents", "Leerlingen van de school", "StudentList",
                            extra: [["$ref": "#/components/parameters/q"],
                                    ["name": "className", "in": "query", "required": false, "schema": ["type": "string", "maxLength": 100]]]),
                "post": write("createStudent", "Leerling toevoegen", body: "StudentWrite", result: "Student", created: true,
                              links: ["GetStudent": "getStudent", "UpdateStudent": "updateStudent"]),
            ],
            "/students/{id}": [
                "get": read("getStudent", "Eén leerling", "Student"),
                "put": write("updateStudent", "Leerling wijzigen (alle velden)", body: "StudentWrite", result: "Student", created: false),
            ],
            "/companies": [
                "get": list("listCompanies", "Bedrijven van het bestuur", "CompanyList", extra: [["$ref": "#/components/parameters/q"]]),
                "post": write("createCompany", "Bedrijf toevoegen", body: "CompanyWrite", result: "Company", created: true,
                              links: ["GetCompany": "getCompany", "UpdateCompany": "updateCompany"]),
            ],
            "/companies/{id}": [
                "get": read("getCompany", "Eén bedrijf", "Company"),
                "put": write("updateCompany", "Bedrijf wijzigen (alle velden)", body: "CompanyWrite", result: "Company", created: false),
            ],
            "/positions": ["get": list("listPositions", "Stageplaatsen", "PositionList", extra: [["$ref": "#/components/parameters/q"]])],
            "/positions/{id}": ["get": read("getPosition", "Eén stageplaats", "Position")],
            "/stage-periods": ["get": list("listStagePeriods", "Stageperiodes van de school", "StagePeriodList")],
            "/stage-periods/{id}": ["get": read("getStagePeriod", "Eén stageperiode", "StagePeriod")],
            "/placements": ["get": list("listPlacements", "Stages met hun statuswijzigingen", "PlacementList", extra: [
                ["name": "periodId", "in": "query", "required": false, "schema": OpenAPISchemas.uuid],
                ["name": "studentId", "in": "query", "required": false, "schema": OpenAPISchemas.uuid],
                ["name": "status", "in": "query", "required": false,
                 "schema": OpenAPISchemas.enumeration(PlacementStatus.allCases.map(\.rawValue))],
            ])],
            "/placements/{id}": ["get": read("getPlacement", "Eén stage met statuswijzigingen", "Placement")],
            "/placements/{id}/agreement": ["get": read("getAgreement", "De stageovereenkomst: tekst, hash en handtekeningen", "Agreement")],
            "/placements/{id}/hours": ["get": read("listHours", "Gewerkte uren van een stage", "HourEntryList", paged: true)],
            "/placements/{id}/supervision": ["get": read("listSupervision", "Bezoeken en contactmomenten van een stage", "SupervisionRecordList", paged: true)],
            "/matching-runs": ["get": list("listMatchingRuns", "Matchingrondes van de school", "MatchingRunList")],
            "/matching-runs/{id}": ["get": read("getMatchingRun", "Eén matchingronde met toewijzingen", "MatchingRun")],
        ]
    }

    static func problem(_ description: String) -> JSONValue {
        ["description": .string(description),
         "content": ["application/problem+json": ["schema": OpenAPISchemas.ref("Problem")]]]
    }

    static func json(_ description: String, _ schema: String) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": OpenAPISchemas.ref(schema)]]]
    }

    static let commonProblems: [String: JSONValue] = [
        "401": problem("Geen of een ongeldige API-sleutel"),
        "403": problem("De sleutel mag dit niet (bijvoorbeeld alleen lezen)"),
        "429": problem("Te veel verzoeken in deze minuut; zie Retry-After"),
    ]

    static func list(_ id: String, _ summary: String, _ schema: String, extra: [JSONValue] = []) -> JSONValue {
        var responses = commonProblems
        responses["200"] = json("Eén pagina", schema)
        responses["400"] = problem("Een ongeldige parameter, bij naam genoemd")
        return ["operationId": .string(id), "summary": .string(summary), "parameters": .array(paging + extra),
                "responses": .object(responses)]
    }

    static func read(_ id: String, _ summary: String, _ schema: String, paged: Bool = false) -> JSONValue {
        var responses = commonProblems
        responses["200"] = json("Gevonden", schema)
        responses["404"] = problem("Bestaat niet of hoort bij een andere school")
        if paged { responses["400"] = problem("Een ongeldige parameter, bij naam genoemd") }
        return ["operationId": .string(id), "summary": .string(summary),
                "parameters": .array(idParameter + (paged ? paging : [])), "responses": .object(responses)]
    }

    static func write(_ id: String, _ summary: String, body: String, result: String, created: Bool,
                      links: [String: String] = [:]) -> JSONValue {
        var responses = commonProblems
        var success = json(created ? "Aangemaakt" : "Opgeslagen", result).objectValue ?? [:]
        if !links.isEmpty {
            success["links"] = .object(links.mapValues { operation in
                ["operationId": .string(operation), "parameters": ["id": "$response.body#/id"]]
            })
        }
        if created { success["headers"] = ["Location": ["schema": ["type": "string"], "description": "adres van het nieuwe record"]] }
        responses[created ? "201" : "200"] = .object(success)
        responses["400"] = problem("De inhoud is geen JSON-object")
        responses["415"] = problem("Geen application/json")
        responses["422"] = problem("Ongeldige invoer; elk veld met een probleem staat in ‘errors’")
        if !created { responses["404"] = problem("Bestaat niet of hoort bij een andere school") }
        var operation: [String: JSONValue] = [
            "operationId": .string(id), "summary": .string(summary),
            "requestBody": ["required": true, "content": ["application/json": ["schema": OpenAPISchemas.ref(body)]]],
            "responses": .object(responses),
        ]
        if !created { operation["parameters"] = .array(idParameter) }
        return .object(operation)
    }
}
