import StagelijnCore

/// The component schemas of the OpenAPI document, one per JSON shape in `APIModels.swift`.
enum OpenAPISchemas {
    static let string: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]
    static let integer: JSONValue = ["type": "integer"]
    static let boolean: JSONValue = ["type": "boolean"]
    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let date: JSONValue = ["type": "string", "format": "date"]
    static let dateTime: JSONValue = ["type": "string", "format": "date-time"]
    static let nullableDateTime: JSONValue = ["type": ["string", "null"], "format": "date-time"]
    static let strings: JSONValue = array(string)

    static let reason: JSONValue = ["type": "string", "maxLength": .number(Double(APIPlacementsController.maximumReasonLength)),
                                    "description": "reden (verplicht bij ‘terminated’)"]

    static func described(_ schema: JSONValue, _ description: String) -> JSONValue {
        var object = schema.objectValue ?? [:]
        object["description"] = .string(description)
        return .object(object)
    }

    static func array(_ items: JSONValue) -> JSONValue { ["type": "array", "items": items] }
    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static func enumeration(_ values: [String], nullable: Bool = false) -> JSONValue {
        ["type": nullable ? ["string", "null"] : "string", "enum": .array(values.map { .string($0) } + (nullable ? [.null] : []))]
    }

    /// An object with exactly these properties; all are required unless listed as optional.
    static func object(_ properties: KeyValuePairs<String, JSONValue>, optional: Set<String> = []) -> JSONValue {
        var props: [String: JSONValue] = [:]
        for (key, value) in properties { props[key] = value }
        let required = properties.map(\.key).filter { !optional.contains($0) }
        return ["type": "object", "additionalProperties": false, "properties": .object(props),
                "required": .array(required.map { .string($0) })]
    }

    static func list(_ item: String) -> JSONValue {
        object(["items": array(ref(item)), "total": integer, "page": integer, "perPage": integer])
    }

    static var all: [String: JSONValue] {
        [
            "Problem": object([
                "type": string, "title": string, "status": integer, "detail": string, "instance": string,
                "errors": array(object(["field": string, "message": string])),
            ], optional: ["instance", "errors"]),
            "Student": object([
                "id": uuid, "studentNumber": string, "firstName": string, "lastName": string, "birthDate": date,
                "schoolType": enumeration(SchoolType.allCases.map(\.rawValue)), "schoolYearLevel": integer,
                "className": string, "mentorEmail": nullableString,
                "sectorInterests": array(enumeration(Sector.allCases.map(\.rawValue))), "needsSupport": boolean,
                "street": nullableString, "postcode": string, "city": nullableString, "email": nullableString,
                "maxDistanceKm": integer, "certificates": array(enumeration(Certificate.allCases.map(\.rawValue))),
                "createdAt": nullableDateTime, "updatedAt": nullableDateTime,
                "leftOn": described(["type": ["string", "null"], "format": "date"], "dag waarop de leerling de school verliet"),
            ], optional: ["mentorEmail", "street", "city", "email", "createdAt", "updatedAt", "leftOn"]),
            "StudentWrite": write(StudentInput.fields, types: [
                "birthDate": date, "schoolType": enumeration(SchoolType.allCases.map(\.rawValue)),
                "schoolYearLevel": ["type": "integer", "minimum": 1, "maximum": 8],
                "sectorInterests": array(enumeration(Sector.allCases.map(\.rawValue))), "needsSupport": boolean,
                "maxDistanceKm": ["type": "integer", "minimum": 1, "maximum": 200],
                "certificates": array(enumeration(Certificate.allCases.map(\.rawValue))),
            ]),
            "Company": object([
                "id": uuid, "name": string, "street": string, "postcode": string, "city": string,
                "sectors": array(enumeration(Sector.allCases.map(\.rawValue))), "sbbNumber": nullableString,
                "sbbStatus": enumeration(SBBStatus.allCases.map(\.rawValue)), "contactName": nullableString,
                "contactEmail": nullableString, "contactPhone": nullableString, "isDeliveryService": boolean,
                "notes": nullableString, "createdAt": nullableDateTime, "updatedAt": nullableDateTime,
            ], optional: ["sbbNumber", "contactName", "contactEmail", "contactPhone", "notes", "createdAt", "updatedAt"]),
            "CompanyWrite": write(CompanyInput.fields, types: [
                "lat": ["type": "number", "minimum": 50, "maximum": 54], "lon": ["type": "number", "minimum": 3, "maximum": 8],
                "sectors": array(enumeration(Sector.allCases.map(\.rawValue))),
                "sbbStatus": enumeration(SBBStatus.allCases.map(\.rawValue)), "isDeliveryService": boolean,
            ]),
            "Position": object([
                "id": uuid, "companyId": uuid, "title": string, "sector": enumeration(Sector.allCases.map(\.rawValue)),
                "capacity": integer, "daysPerWeek": integer, "hoursPerDay": integer, "minimumAge": integer,
                "requiredCertificates": strings, "description": nullableString,
            ], optional: ["description"]),
            "StagePeriod": object([
                "id": uuid, "name": string, "schoolYear": string, "startDate": date, "endDate": date,
                "daysPerWeek": integer, "hoursPerDay": integer,
            ]),
            "StatusChange": object([
                "from": enumeration(PlacementStatus.allCases.map(\.rawValue), nullable: true),
                "to": enumeration(PlacementStatus.allCases.map(\.rawValue)), "reason": string, "changedAt": dateTime,
                "agreementException": boolean,
            ], optional: ["from"]),
            "Placement": object([
                "id": uuid, "studentId": uuid, "positionId": uuid, "companyId": uuid, "periodId": uuid,
                "status": enumeration(PlacementStatus.allCases.map(\.rawValue)), "statusChanges": array(ref("StatusChange")),
            ], optional: ["statusChanges"]),
            "PlacementWrite": object([
                "studentId": described(uuid, "leerling van de school"), "positionId": described(uuid, "stageplaats van het bestuur"),
                "periodId": described(uuid, "stageperiode van de school"), "reason": reason,
            ], optional: ["reason"]),
            "PlacementStatusWrite": object([
                "status": enumeration(PlacementStatus.allCases.map(\.rawValue)), "reason": reason,
                "agreementException": described(boolean, "starten zonder complete, ondertekende overeenkomst (reden van minstens 10 tekens)"),
            ], optional: ["reason", "agreementException"]),
            "Signature": object([
                "role": string, "name": string, "signedOn": date, "method": string, "textHash": nullableString,
                "matchesCurrentText": boolean,
            ], optional: ["textHash"]),
            "Agreement": object([
                "placementId": uuid, "exists": boolean, "complete": boolean, "fullySigned": boolean,
                "sentAt": nullableDateTime, "missing": strings, "textHash": string, "text": string,
                "signatures": array(ref("Signature")),
            ], optional: ["sentAt"]),
            "HourEntry": object([
                "id": uuid, "placementId": uuid, "date": date, "start": string, "end": string, "breakMinutes": integer,
                "activities": string, "confirmedAt": nullableDateTime, "confirmedBy": nullableString,
                "companyComment": nullableString,
            ], optional: ["confirmedAt", "confirmedBy", "companyComment"]),
            "SupervisionRecord": object([
                "id": uuid, "placementId": uuid, "kind": enumeration(SupervisionKind.allCases.map(\.rawValue)),
                "doneOn": date, "present": string, "progress": string, "concerns": string, "nextStep": string,
                "recordedBy": string,
            ]),
            "MatchingRun": object([
                "id": uuid, "periodId": uuid, "algorithm": string, "seed": integer, "createdAt": nullableDateTime,
                "publishedAt": nullableDateTime, "matched": ["type": ["integer", "null"]],
                "unmatched": ["type": ["integer", "null"]],
                "assignments": array(object(["studentId": string, "positionId": string, "rank": integer])),
            ], optional: ["createdAt", "publishedAt", "matched", "unmatched", "assignments"]),
            "Dropout": object([
                "id": uuid, "placementId": uuid, "studentId": uuid, "schoolYear": string, "endedOn": date, "reason": string,
                "cause": enumeration(DropoutCause.allCases.map(\.rawValue), nullable: true),
                "talkOn": ["type": ["string", "null"], "format": "date"],
                "companyContactedOn": ["type": ["string", "null"], "format": "date"], "mentorInformedAt": nullableDateTime,
                "supportTeamConsulted": boolean, "nextStep": enumeration(DropoutNextStep.allCases.map(\.rawValue), nullable: true),
                "nextStepOn": ["type": ["string", "null"], "format": "date"],
            ], optional: ["cause", "talkOn", "companyContactedOn", "mentorInformedAt", "nextStep", "nextStepOn"]),
            "Leaver": object([
                "id": uuid, "studentId": uuid, "schoolType": enumeration(SchoolType.allCases.map(\.rawValue)), "leftOn": date,
                "schoolYear": string, "profile": enumeration(OutflowProfile.allCases.map(\.rawValue)),
                "destination": enumeration(OutflowDestination.allCases.map(\.rawValue)), "aftercare": boolean,
                "aftercareRequested": boolean,
            ]),
            "DropoutList": list("Dropout"), "LeaverList": list("Leaver"),
            "StudentList": list("Student"), "CompanyList": list("Company"), "PositionList": list("Position"),
            "StagePeriodList": list("StagePeriod"), "PlacementList": list("Placement"), "HourEntryList": list("HourEntry"),
            "SupervisionRecordList": list("SupervisionRecord"), "MatchingRunList": list("MatchingRun"),
        ]
    }

    /// A write body from an input's field list (the same list the form and the CSV import read): every field by its
    /// code with its Dutch label as description, the required ones required.
    static func write(_ fields: [FieldSpec], types: [String: JSONValue]) -> JSONValue {
        var props: [String: JSONValue] = [:]
        for field in fields {
            var schema = types[field.code]?.objectValue ?? ["type": "string", "maxLength": 500]
            schema["description"] = .string(field.label)
            props[field.code] = .object(schema)
        }
        return ["type": "object", "additionalProperties": false, "properties": .object(props),
                "required": .array(fields.filter(\.required).map { .string($0.code) })]
    }
}
