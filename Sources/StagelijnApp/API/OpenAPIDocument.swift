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
                                    ["name": "className", "in": "query", "required": false, "schema": ["type": "string", "maxLength": 100]],
                                    ["name": "includeLeft", "in": "query", "required": false,
                                     "description": "ook oud-leerlingen (vertrokken op of voor vandaag, zie ‘leftOn’); standaard alleen wie nog op school zit",
                                     "schema": ["type": "boolean", "default": false]]]),
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
            "/placements": [
                "get": list("listPlacements", "Stages met hun statuswijzigingen", "PlacementList", extra: [
                    ["name": "periodId", "in": "query", "required": false, "schema": OpenAPISchemas.uuid],
                    ["name": "studentId", "in": "query", "required": false, "schema": OpenAPISchemas.uuid],
                    ["name": "status", "in": "query", "required": false,
                     "schema": OpenAPISchemas.enumeration(PlacementStatus.allCases.map(\.rawValue))],
                ], links: ["GetFirstPlacement": ("getPlacement", "$response.body#/items/0/id"),
                           "ChangeFirstPlacementStatus": ("changePlacementStatus", "$response.body#/items/0/id")]),
                "post": write("createPlacement", "Stage voorstellen (status ‘proposed’), met dezelfde regels als de pagina’s: geschiktheid, capaciteit, één lopende stage per periode",
                              body: "PlacementWrite", result: "Placement", created: true,
                              links: ["GetPlacement": "getPlacement", "ChangePlacementStatus": "changePlacementStatus"]),
            ],
            "/placements/{id}": ["get": read("getPlacement", "Eén stage met statuswijzigingen", "Placement",
                                             links: ["ChangePlacementStatus": "changePlacementStatus"])],
            "/placements/{id}/status": ["post": statusChange],
            "/placements/{id}/agreement": ["get": read("getAgreement", "De stageovereenkomst: tekst, hash en handtekeningen", "Agreement")],
            "/placements/{id}/hours": ["get": read("listHours", "Gewerkte uren van een stage", "HourEntryList", paged: true)],
            "/placements/{id}/supervision": ["get": read("listSupervision", "Bezoeken en contactmomenten van een stage", "SupervisionRecordList", paged: true)],
            "/dropouts": ["get": list("listDropouts", "Uitval: afgebroken lopende stages en hun afhandeling (zoals op /uitval)", "DropoutList",
                                     links: ["GetFirstDropout": ("getDropout", "$response.body#/items/0/id")])],
            "/dropouts/{id}": ["get": read("getDropout", "Eén uitval", "Dropout")],
            "/leavers": ["get": list("listLeavers", "Uitstroom: oud-leerlingen met hun bestemming (zoals op /uitstroom)", "LeaverList",
                                    links: ["GetFirstLeaver": ("getLeaver", "$response.body#/items/0/id")])],
            "/leavers/{id}": ["get": read("getLeaver", "Eén oud-leerling", "Leaver")],
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

    static func list(_ id: String, _ summary: String, _ schema: String, extra: [JSONValue] = [],
                     links: KeyValuePairs<String, (operation: String, id: String)> = [:]) -> JSONValue {
        var responses = commonProblems
        var page = json("Eén pagina", schema).objectValue ?? [:]
        if !links.isEmpty {
            var byName: [String: JSONValue] = [:]
            for (name, link) in links {
                byName[name] = ["operationId": .string(link.operation), "parameters": ["id": .string(link.id)]]
            }
            page["links"] = .object(byName)
        }
        responses["200"] = .object(page)
        responses["400"] = problem("Een ongeldige parameter, bij naam genoemd")
        return ["operationId": .string(id), "summary": .string(summary), "parameters": .array(paging + extra),
                "responses": .object(responses)]
    }

    static func read(_ id: String, _ summary: String, _ schema: String, paged: Bool = false,
                     links: [String: String] = [:]) -> JSONValue {
        var responses = commonProblems
        var found = json("Gevonden", schema).objectValue ?? [:]
        if !links.isEmpty { found["links"] = linkObject(links) }
        responses["200"] = .object(found)
        responses["404"] = problem("Bestaat niet of hoort bij een andere school")
        if paged { responses["400"] = problem("Een ongeldige parameter, bij naam genoemd") }
        return ["operationId": .string(id), "summary": .string(summary),
                "parameters": .array(idParameter + (paged ? paging : [])), "responses": .object(responses)]
    }

    static func write(_ id: String, _ summary: String, body: String, result: String, created: Bool,
                      links: [String: String] = [:]) -> JSONValue {
        var responses = commonProblems
        var success = json(created ? "Aangemaakt" : "Opgeslagen", result).objectValue ?? [:]
        if !links.isEmpty { success["links"] = linkObject(links) }
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

    /// Links for Schemathesis' stateful phase (and readers): the operation to call next with this answer's `id`.
    static func linkObject(_ links: [String: String]) -> JSONValue {
        .object(links.mapValues { operation in ["operationId": .string(operation), "parameters": ["id": "$response.body#/id"]] })
    }

    /// `POST /placements/{id}/status`: a write whose refusal by the status machine is a 409.
    static var statusChange: JSONValue {
        var operation = write("changePlacementStatus",
                              "Status van een stage wijzigen, alleen zoals de statusregels toestaan (afgebroken altijd met reden; lopend alleen met een complete, ondertekende overeenkomst of een onderbouwde uitzondering)",
                              body: "PlacementStatusWrite", result: "Placement", created: false).objectValue ?? [:]
        var responses = operation["responses"]?.objectValue ?? [:]
        responses["409"] = problem("Deze overgang mag niet vanuit de huidige status, of de overeenkomst ontbreekt; het veld staat in ‘errors’")
        operation["responses"] = .object(responses)
        return .object(operation)
    }
}
