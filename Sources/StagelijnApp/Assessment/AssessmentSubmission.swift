import Fluent
import StagelijnCore
import Vapor

/// Reads a submitted assessment part and applies it: the one path for the student's, the praktijkbegeleider's (via
/// the link) and the school's part, so every writer follows the same rules.
enum AssessmentSubmission {
    static let maxComment = 2000

    /// Saves (and, when asked, approves) a part. Returns the page's problem and what was typed when refused.
    static func handle(_ req: Request, assessment: AssessmentModel, placement: PlacementModel, part: AssessmentPerspective,
                       name: String, actor: Actor) async throws -> (problem: String?, typed: [String: String]?, message: String?) {
        let form = try req.formValues()
        let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: req.today, on: req.db)
        var scores: [String: Score] = [:]
        var typed: [String: String] = ["comment": form["comment"] ?? ""]
        for key in sheet.requiredKeys {
            guard let raw = form["score.\(key)"], !raw.isEmpty else { continue }
            typed[key] = raw
            guard let score = Score(word: raw) else { return ("Kies bij elk onderdeel nooit, oefenen, voldoende of goed.", typed, nil) }
            scores[key] = score
        }
        let comment = (form["comment"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if comment.count > maxComment || !InputText.isMultiLine(comment) {
            return ("De toelichting is hoogstens \(maxComment) tekens, zonder stuurtekens.", typed, nil)
        }
        let approving = form["action"] == "goedkeuren"
        if approving, scores.count < sheet.requiredKeys.count {
            let missing = sheet.requiredKeys.count - scores.count
            return ("Nog \(DutchFormat.count(missing, "onderdeel", "onderdelen")) zonder score. Kies bij elk onderdeel een score, dan kunt u goedkeuren.", typed, nil)
        }
        let (finalScores, finalTyped) = (scores, typed)
        return try await req.db.transaction { db in
            let service = AssessmentService(db: db)
            let saved = try await service.save(assessment, part: part, scores: finalScores, comment: comment, by: name, actor: actor, at: req.now)
            guard case let .saved(withdrawn) = saved else {
                if case let .refused(problem) = saved { return (problem, finalTyped, nil) }
                return (nil, nil, nil)
            }
            var message = "Opgeslagen."
            let others = withdrawn.filter { $0 != part }
            if !others.isEmpty {
                message += " Omdat dit deel is veranderd, is de goedkeuring ingetrokken van: "
                    + others.map(\.dutchName).joined(separator: ", ") + "."
            }
            if approving {
                if let problem = try await service.approve(assessment, part: part, requiredKeys: sheet.requiredKeys, by: name,
                                                           actor: actor, today: req.today, at: req.now) {
                    return (nil, nil, "Opgeslagen, maar nog niet goedgekeurd: \(problem)")
                }
                message = message.replacingOccurrences(of: "Opgeslagen.", with: "Opgeslagen en goedgekeurd.")
            }
            return (nil, nil, message)
        }
    }
}
