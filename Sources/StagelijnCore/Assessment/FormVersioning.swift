/// Forms kept by the school board are shared between its schools (Inspectie: schools "reinvent the wheel"), so a
/// form that has been used is evidence and must never change: editing it makes a new version.
public enum FormVersioning {
    public enum Outcome: Equatable, Sendable {
        /// Nobody has used the form yet: it may be corrected in place.
        case editInPlace
        /// The form is in use: the edit becomes version `number`; the old version stays for its assessments.
        case newVersion(number: Int)
        /// Nothing changed.
        case unchanged
    }

    /// Generic over the content, so the evaluation question bank (issue 13) follows the same rule.
    public static func edit<Content: Equatable>(current: Content, version: Int, inUse: Bool,
                                                proposed: Content) -> Outcome {
        if current == proposed { return .unchanged }
        return inUse ? .newVersion(number: version + 1) : .editInPlace
    }

    /// Problems with a proposed form, in Dutch, or none: a title, at least one item, no empty or duplicate keys,
    /// and no goal items (those come from each placement).
    public static func problems(_ content: AssessmentFormContent) -> [String] {
        var problems: [String] = []
        if content.title.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("Geef het formulier een naam.") }
        if content.items.isEmpty { problems.append("Een formulier heeft minstens één onderdeel.") }
        if content.items.contains(where: { $0.text.trimmingCharacters(in: .whitespaces).isEmpty }) {
            problems.append("Elk onderdeel heeft een omschrijving.")
        }
        if Set(content.items.map(\.key)).count != content.items.count {
            problems.append("Twee onderdelen hebben dezelfde omschrijving binnen één gebied.")
        }
        if content.items.contains(where: { $0.area == .goals }) {
            problems.append("Doelen staan niet op het formulier: die komen van elke leerling zelf.")
        }
        return problems
    }

    /// A stable key for an item typed by a person: the area and the folded text, so re-typing an unchanged line in a
    /// new version keeps its key (and the growth comparison with the previous round).
    public static func key(area: CompetencyArea, text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars.map { CharacterSet.alphanumerics.contains($0) ? Character($0) : "-" }
        let slug = String(folded).split(separator: "-").joined(separator: "-")
        return "\(area.rawValue).\(slug.prefix(60))"
    }
}

import Foundation
