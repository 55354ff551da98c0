/// At the start of a placement the company marks the items it cannot offer (no customers at a warehouse, no
/// machines at a shop). DOMAIN.md: no "n.v.t." on the form — every such item gets an agreed alternative instead, and
/// the item is then assessed on that alternative.
public struct OfferGap: Equatable, Sendable {
    public let itemKey: String
    public let alternative: String

    public init(itemKey: String, alternative: String) {
        self.itemKey = itemKey
        self.alternative = alternative
    }
}

public enum OfferGaps {
    /// Words that are not an alternative but "not applicable" in disguise.
    static let notAnAlternative: Set<String> = ["nvt", "n.v.t.", "n.v.t", "niet van toepassing", "geen", "-", "nee", "kan niet"]

    /// Per item key the Dutch problem with its alternative, or nothing when every marked item has a real one.
    public static func problems(marked: [String], alternatives: [String: String], knownKeys: Set<String>) -> [String: String] {
        var problems: [String: String] = [:]
        for key in marked {
            guard knownKeys.contains(key) else { problems[key] = "Dit onderdeel staat niet op het formulier."; continue }
            let text = (alternatives[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || notAnAlternative.contains(text.lowercased()) {
                problems[key] = "Spreek een alternatief af: wat doet de leerling in plaats hiervan? \"n.v.t.\" kan niet."
            } else if text.count < 10 {
                problems[key] = "Beschrijf het alternatief in minstens 10 tekens, zodat iedereen weet wat er beoordeeld wordt."
            } else if text.count > 500 {
                problems[key] = "Het alternatief is hoogstens 500 tekens."
            }
        }
        return problems
    }
}

import Foundation
