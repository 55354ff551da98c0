/// An assignment in the school's library, as typed by a coordinator or supervisor.
public struct AssignmentTemplateInput: Equatable, Sendable {
    public var kind: AssignmentKind
    /// Nil: for every sector (e.g. "Stel jezelf voor aan je collega's").
    public var sector: Sector?
    /// The programme phase in the school's own words ("pro jaar 4-5", "VSO BES").
    public var phase: String
    /// Which of the three parts of the stage it is meant for (seed 004), if any.
    public var suggestedPart: Int?
    public var title: String
    public var instructions: String

    public init(kind: AssignmentKind, sector: Sector?, phase: String, suggestedPart: Int?, title: String, instructions: String) {
        self.kind = kind
        self.sector = sector
        self.phase = phase
        self.suggestedPart = suggestedPart
        self.title = title
        self.instructions = instructions
    }

    public static let fields: [FieldSpec] = [
        FieldSpec("kind", "soort", required: true), FieldSpec("sector", "sector"), FieldSpec("phase", "fase"),
        FieldSpec("suggestedPart", "deel van de stage"), FieldSpec("title", "titel", required: true),
        FieldSpec("instructions", "opdracht", required: true),
    ]

    public static func read(_ values: [String: String]) -> Result<Self, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        let kind = AssignmentKind(rawValue: values["kind"] ?? "")
        if kind == nil { reader.fail("kind", "Kies leertaak of werktaak.") }
        let sectorText = (values["sector"] ?? "").trimmingCharacters(in: .whitespaces)
        let sector = sectorText.isEmpty ? nil : Sector(parsing: sectorText)
        if !sectorText.isEmpty && sector == nil { reader.fail("sector", "Kies een sector uit de lijst.") }
        let phase = reader.text("phase", maxLength: 40)
        let part = reader.int("suggestedPart", in: 1...AssignmentPlanning.defaultParts)
        let title = reader.text("title", maxLength: 120)
        let instructions = reader.multiLineText("instructions", maxLength: 4000)
        if let errors = reader.result { return .failure(errors) }
        guard let kind else { return .failure(FieldErrors([])) }
        return .success(Self(kind: kind, sector: sector, phase: phase, suggestedPart: part, title: title, instructions: instructions))
    }
}

/// What a student hands in: their own words (required), a photo is optional and checked separately.
public enum HandInInput {
    public static let maxLength = 4000

    public static func read(_ text: String) -> Result<String, FieldErrors> {
        var reader = FieldReader(["text": text], fields: [FieldSpec("text", "wat heb je gedaan", required: true)])
        let value = reader.multiLineText("text", maxLength: maxLength)
        if value.count < 10 && reader.errors.isEmpty {
            reader.fail("text", "Schrijf in een paar zinnen wat je hebt gedaan en hoe het ging.")
        }
        if let errors = reader.result { return .failure(errors) }
        return .success(value)
    }
}

/// The supervisor's assessment: a score on the four-point scale and a comment for the student.
public struct AssignmentAssessmentInput: Equatable, Sendable {
    public var score: Score
    public var comment: String

    public init(score: Score, comment: String) {
        self.score = score
        self.comment = comment
    }

    public static func read(_ values: [String: String]) -> Result<Self, FieldErrors> {
        var reader = FieldReader(values, fields: [FieldSpec("score", "beoordeling", required: true),
                                                  FieldSpec("comment", "toelichting", required: true)])
        let score = Score(word: (values["score"] ?? "").trimmingCharacters(in: .whitespaces))
        if score == nil { reader.fail("score", "Kies nooit, oefenen, voldoende of goed.") }
        let comment = reader.multiLineText("comment", maxLength: 2000)
        if let errors = reader.result { return .failure(errors) }
        guard let score else { return .failure(FieldErrors([])) }
        return .success(Self(score: score, comment: comment))
    }
}
