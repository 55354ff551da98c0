import Foundation
import Vapor

/// Query parameters of the API, checked strictly: a wrong value is a 400 problem naming the parameter, never a guess.
struct APIPaging {
    var page = 1
    var perPage = 50

    static let maximumPage = 100_000
    static let maximumPerPage = 200

    static func read(_ req: Request) throws -> APIPaging {
        var paging = APIPaging()
        if let page = try APIQuery.int(req, "page", in: 1...maximumPage) { paging.page = page }
        if let per = try APIQuery.int(req, "perPage", in: 1...maximumPerPage) { paging.perPage = per }
        return paging
    }

    func slice<T>(_ all: [T]) -> ArraySlice<T> {
        let start = min(all.count, (page - 1) * perPage)
        return all[start..<min(all.count, start + perPage)]
    }
}

enum APIQuery {
    static func raw(_ req: Request, _ name: String) -> String? {
        (try? req.query.get(String.self, at: name))
    }

    static func int(_ req: Request, _ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = raw(req, name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIProblem.badParameter(name, "Verwacht een geheel getal van \(range.lowerBound) tot en met \(range.upperBound).")
        }
        return value
    }

    static func text(_ req: Request, _ name: String, maxLength: Int = 100) throws -> String {
        guard let text = raw(req, name) else { return "" }
        guard text.count <= maxLength else { throw APIProblem.badParameter(name, "Hoogstens \(maxLength) tekens.") }
        guard !text.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else {
            throw APIProblem.badParameter(name, "Stuurtekens zijn niet toegestaan.")
        }
        return text
    }

    static func bool(_ req: Request, _ name: String) throws -> Bool? {
        guard let text = raw(req, name) else { return nil }
        switch text {
        case "true": return true
        case "false": return false
        default: throw APIProblem.badParameter(name, "Verwacht true of false.")
        }
    }

    static func uuid(_ req: Request, _ name: String) throws -> UUID? {
        guard let text = raw(req, name) else { return nil }
        guard let id = UUID(uuidString: text) else { throw APIProblem.badParameter(name, "Verwacht een id (UUID).") }
        return id
    }

    static func id(_ req: Request, _ what: String) throws -> UUID {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw APIProblem.notFound(what) }
        return id
    }
}
