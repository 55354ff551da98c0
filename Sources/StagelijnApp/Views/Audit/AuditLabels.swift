import Foundation
import StagelijnCore

/// The audit log in the school's words: Dutch names for what changed and for each field, instead of code names.
enum AuditLabels {
    static func entity(_ code: String) -> String {
        [
            "student": "leerling", "company": "bedrijf", "position": "stageplaats", "placement": "stage", "period": "stageperiode",
            "agreement": "stageovereenkomst", "schedule": "rooster", "hours": "uren", "supervision": "begeleiding",
            "readiness": "stagegeschiktheid", "preferences": "voorkeuren", "matching": "matching",
            "cooperation": "samenwerkingsovereenkomst", "school": "school", "inloggen": "inloggen", "guardian": "ouder/verzorger",
            "incidentReport": "melding (meldpunt)", "incidentEntry": "bericht of stap bij een melding",
            "meldpuntSettings": "instellingen meldpunt", "meldpuntHandler": "behandelaar meldpunt",
            "companyPlacementBlock": "bedrijf niet plaatsen", "incidentSummary": "gedeelde samenvatting van een melding",
            "assignment": "praktijkopdracht", "assignmentTemplate": "opdracht in de bibliotheek",
            "evaluation": "evaluatie van een stage", "evaluationBank": "vragenlijst evaluatie",
        ][code] ?? code
    }

    static func action(_ code: String) -> String {
        ["create": "aangemaakt", "update": "gewijzigd", "delete": "verwijderd", "status": "status gewijzigd", "read": "bekeken"][code] ?? code
    }

    /// Field codes of the input forms (their Dutch labels) and a few keys written by services.
    private static let fields: [String: String] = {
        var labels: [String: String] = ["seed": "loting", "algorithm": "methode", "period": "periode", "student": "leerling",
                                        "position": "stageplaats", "status": "status"]
        for spec in StudentInput.fields + CompanyInput.fields + PositionInput.fields + StagePeriodInput.fields
                        + AssignmentTemplateInput.fields {
            labels[spec.code] = spec.label
        }
        return labels
    }()

    static func field(_ code: String) -> String { fields[code] ?? code }

    /// "veld: oud → nieuw" lines from the stored JSON (field → [old, new]); a value that did not change is not there.
    static func changes(_ json: String) -> [String] {
        guard let object = try? JSONDecoder().decode([String: [String]].self, from: Data(json.utf8)) else { return [] }
        return object.sorted { $0.key < $1.key }.compactMap { key, values in
            guard values.count == 2 else { return nil }
            let (old, new) = (values[0], values[1])
            let label = field(key).capitalizedFirstLetter
            if old.isEmpty { return "\(label): \(new)" }
            if new.isEmpty { return "\(label): \(old) → (leeg)" }
            return "\(label): \(old) → \(new)"
        }
    }
}
