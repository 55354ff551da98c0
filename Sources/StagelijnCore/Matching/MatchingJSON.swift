import Foundation

/// The JSON of `stagelijn match`: reading an instance (every problem named by its path, in Dutch) and writing a result.
public enum MatchingJSON {
    struct Location: Decodable { let lat: Double; let lon: Double }
    struct Student: Decodable {
        let id: String, birthDate: String, location: Location, maxDistanceKm: Double, preferences: [String]
        let certificates: [String]?, excludedCompanies: [String]?
    }
    struct Position: Decodable {
        let id: String, companyId: String, sector: String, capacity: Int, location: Location
        let minimumAge: Int?, requiredCertificates: [String]?, priorities: [String]?
    }
    struct Input: Decodable { let referenceDate: String; let students: [Student]; let positions: [Position] }

    public static func read(_ data: Data) throws(FieldErrors) -> MatchingInstance {
        let input: Input
        do {
            input = try JSONDecoder().decode(Input.self, from: data)
        } catch let error as DecodingError {
            throw FieldErrors([describe(error)])
        } catch {
            throw FieldErrors([FieldError(field: "(bestand)", message: "Dit is geen geldige JSON.")])
        }
        return try instance(from: input)
    }

    static func instance(from input: Input) throws(FieldErrors) -> MatchingInstance {
        func fail(_ field: String, _ message: String) -> FieldErrors { FieldErrors([FieldError(field: field, message: message)]) }
        guard let reference = LocalDate(iso: input.referenceDate) else {
            throw fail("referenceDate", "\"\(input.referenceDate)\" is geen geldige datum; schrijf JJJJ-MM-DD.")
        }
        var positionIndex: [String: Int32] = [:]
        positionIndex.reserveCapacity(input.positions.count)
        for (index, position) in input.positions.enumerated() {
            if positionIndex.updateValue(Int32(index), forKey: position.id) != nil {
                throw fail("positions[\(index)].id", "De id \"\(position.id)\" komt meer dan eens voor.")
            }
            if position.capacity < 0 { throw fail("positions[\(index)].capacity", "De capaciteit mag niet negatief zijn.") }
            if let age = position.minimumAge, !(0...99).contains(age) {
                throw fail("positions[\(index)].minimumAge", "De minimumleeftijd moet tussen 0 en 99 liggen.")
            }
            try check(position.location, "positions[\(index)].location")
        }
        var studentIndex: [String: Int32] = [:]
        studentIndex.reserveCapacity(input.students.count)
        var students: [MatchingStudent] = []
        students.reserveCapacity(input.students.count)
        for (index, student) in input.students.enumerated() {
            let field = "students[\(index)]"
            if studentIndex.updateValue(Int32(index), forKey: student.id) != nil {
                throw fail("\(field).id", "De id \"\(student.id)\" komt meer dan eens voor.")
            }
            guard let birth = LocalDate(iso: student.birthDate) else {
                throw fail("\(field).birthDate", "\"\(student.birthDate)\" is geen geldige datum; schrijf JJJJ-MM-DD.")
            }
            if !(student.maxDistanceKm >= 0) { throw fail("\(field).maxDistanceKm", "De maximale afstand mag niet negatief zijn.") }
            try check(student.location, "\(field).location")
            var preferences: [Int32] = []
            preferences.reserveCapacity(student.preferences.count)
            var seen = Set<Int32>()
            for (rank, id) in student.preferences.enumerated() {
                guard let position = positionIndex[id] else {
                    throw fail("\(field).preferences[\(rank)]", "Er is geen stageplaats met id \"\(id)\".")
                }
                guard seen.insert(position).inserted else {
                    throw fail("\(field).preferences[\(rank)]", "De stageplaats \"\(id)\" staat twee keer in de voorkeuren.")
                }
                preferences.append(position)
            }
            students.append(MatchingStudent(id: student.id, birthDate: birth,
                                            location: GeoPoint(lat: student.location.lat, lon: student.location.lon),
                                            maxDistanceKm: student.maxDistanceKm, preferences: preferences,
                                            certificates: Set(student.certificates ?? []),
                                            excludedCompanies: Set(student.excludedCompanies ?? [])))
        }
        var positions: [MatchingPosition] = []
        positions.reserveCapacity(input.positions.count)
        for (index, position) in input.positions.enumerated() {
            var priorities: [Int32] = []
            var seen = Set<Int32>()
            for (place, id) in (position.priorities ?? []).enumerated() {
                guard let student = studentIndex[id] else {
                    throw fail("positions[\(index)].priorities[\(place)]", "Er is geen leerling met id \"\(id)\".")
                }
                guard seen.insert(student).inserted else {
                    throw fail("positions[\(index)].priorities[\(place)]", "De leerling \"\(id)\" staat twee keer in de prioriteiten.")
                }
                priorities.append(student)
            }
            positions.append(MatchingPosition(id: position.id, companyID: position.companyId, sector: position.sector,
                                              capacity: position.capacity,
                                              location: GeoPoint(lat: position.location.lat, lon: position.location.lon),
                                              minimumAge: position.minimumAge ?? 0,
                                              requiredCertificates: Set(position.requiredCertificates ?? []), priorities: priorities))
        }
        return MatchingInstance(referenceDate: reference, students: students, positions: positions)
    }

    static func check(_ location: Location, _ field: String) throws(FieldErrors) {
        guard GeoPoint(lat: location.lat, lon: location.lon).isValid else {
            throw FieldErrors([FieldError(field: field, message: "Breedtegraad moet tussen -90 en 90 liggen, lengtegraad tussen -180 en 180.")])
        }
    }

    /// `students[3].location.lat` and a Dutch reason from a decoding error.
    public static func describe(_ error: DecodingError) -> FieldError {
        func path(_ keys: [any CodingKey]) -> String {
            keys.reduce("") { text, key in
                if let index = key.intValue { return text + "[\(index)]" }
                return text.isEmpty ? key.stringValue : text + "." + key.stringValue
            }
        }
        switch error {
        case let .keyNotFound(key, context):
            let parent = path(context.codingPath)
            return FieldError(field: parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)", message: "Dit veld ontbreekt.")
        case let .typeMismatch(type, context):
            return FieldError(field: path(context.codingPath).ifBlank("(bestand)"), message: "Verkeerd soort waarde; verwacht \(dutchType(type)).")
        case let .valueNotFound(type, context):
            return FieldError(field: path(context.codingPath).ifBlank("(bestand)"), message: "Hier hoort \(dutchType(type)), geen null.")
        case let .dataCorrupted(context):
            return FieldError(field: path(context.codingPath).ifBlank("(bestand)"), message: "Dit is geen geldige JSON.")
        @unknown default:
            return FieldError(field: "(bestand)", message: "Dit bestand kan niet gelezen worden.")
        }
    }

    static func dutchType(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "tekst"
        case is Int.Type: "een geheel getal"
        case is Double.Type: "een getal"
        case is [Any].Type: "een lijst"
        default: type == Array<String>.self ? "een lijst" : "een object"
        }
    }
}

extension String {
    func ifBlank(_ replacement: String) -> String { isEmpty ? replacement : self }
}
