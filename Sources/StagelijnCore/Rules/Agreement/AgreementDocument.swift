/// The exact text of a stage agreement that people read and sign. Signatures record the SHA-256 of this text, so
/// it must be deterministic: the same content always gives the same characters.
public struct StagePlan: Equatable, Sendable {
    public var aim, content, size, structure, organisation: String

    public init(aim: String = "", content: String = "", size: String = "", structure: String = "", organisation: String = "") {
        self.aim = aim
        self.content = content
        self.size = size
        self.structure = structure
        self.organisation = organisation
    }
}

/// Who the agreement is between, beyond what `AgreementContent` holds: the names on the parties table.
public struct AgreementParties: Equatable, Sendable {
    public var schoolName: String
    public var schoolTown: String
    public var studentName: String
    /// The praktijkbegeleider named by the company, when known.
    public var workplaceMentor: String
    /// The parent or guardian who signs for a minor, when known.
    public var parent: String

    public init(schoolName: String, schoolTown: String = "", studentName: String, workplaceMentor: String = "", parent: String = "") {
        self.schoolName = schoolName
        self.schoolTown = schoolTown
        self.studentName = studentName
        self.workplaceMentor = workplaceMentor
        self.parent = parent
    }
}

/// The agreement as a document: parties, numbered articles (WVO art. 35 lid 2a–f and 3) and the stage plan annex
/// (art. 33). The plain text and the printed/PDF page are both made from this one structure.
public struct AgreementDocumentParts: Equatable, Sendable {
    public struct Party: Equatable, Sendable {
        public let role: String
        public let name: String
        public let details: String
    }

    public struct Article: Equatable, Sendable {
        public let number: Int
        public let title: String
        public let paragraphs: [String]
        public let items: [String]
    }

    public let title: String
    public let subtitle: String
    public let parties: [Party]
    public let articles: [Article]
    public let annexTitle: String
    public let annex: [(label: String, value: String)]

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.title == rhs.title && lhs.parties == rhs.parties && lhs.articles == rhs.articles
            && lhs.annex.map(\.label) == rhs.annex.map(\.label) && lhs.annex.map(\.value) == rhs.annex.map(\.value)
    }
}

public enum AgreementDocument {
    static let open = "(nog niet ingevuld)"

    public static func parts(_ content: AgreementContent, plan: StagePlan, parties: AgreementParties) -> AgreementDocumentParts {
        func orOpen(_ text: String) -> String { text.isFilled ? text : open }
        let start = content.startDate?.dutch ?? open, end = content.endDate?.dutch ?? open
        let locations = content.positionLocations.isEmpty ? open : content.positionLocations.joined(separator: "; ")
        var people: [AgreementDocumentParts.Party] = [
            .init(role: "School (bevoegd gezag)", name: parties.schoolName, details: parties.schoolTown),
            .init(role: "Leerling", name: parties.studentName,
                  details: content.studentBirthDate.map { "geboren \($0.dutch)" } ?? ""),
            .init(role: "Stagebedrijf", name: orOpen(content.company), details: locations),
            .init(role: "Praktijkbegeleider", name: orOpen(parties.workplaceMentor), details: "namens het stagebedrijf"),
        ]
        if parties.parent.isFilled {
            people.append(.init(role: "Ouder of verzorger", name: parties.parent, details: "tekent voor de minderjarige leerling"))
        }
        let articles: [AgreementDocumentParts.Article] = [
            .init(number: 1, title: "Leeractiviteiten en plaats",
                  paragraphs: ["\(content.positionLocations.count > 1 ? "Plaatsen" : "Plaats") van de werkzaamheden: \(locations).",
                               "De leerling voert daar deze leeractiviteiten uit:"],
                  items: content.learningActivities.isEmpty ? [open] : content.learningActivities),
            .init(number: 2, title: "Duur en werktijden",
                  paragraphs: ["De stage begint op \(start) en eindigt op \(end).", "Dagen en tijden: \(orOpen(content.schedule))"], items: []),
            .init(number: 3, title: "Begeleiding",
                  paragraphs: ["Door de school (stagebegeleider): \(orOpen(content.schoolSupervisionShare))",
                               "Door het stagebedrijf (praktijkbegeleider): \(orOpen(content.companySupervisionShare))"], items: []),
            .init(number: 4, title: "Beoordeling", paragraphs: [orOpen(content.assessmentByCompany)], items: []),
            .init(number: 5, title: "Toezicht door de inspectie", paragraphs: [orOpen(content.inspectionArrangement)], items: []),
            .init(number: 6, title: "Verzekering",
                  paragraphs: ["De ongevallen- en aansprakelijkheidsverzekering sluit af: \(content.accidentAndLiabilityBy?.dutchName ?? open).",
                               "De premie betaalt: \(content.premiumPaidBy?.dutchName ?? open)."], items: []),
            .init(number: 7, title: "Ondertekening",
                  paragraphs: ["School, leerling en stagebedrijf tekenen deze overeenkomst. Voor een minderjarige leerling tekent ook een ouder of verzorger."],
                  items: []),
        ]
        // The plan's period is the stage's own (the dates of article 2), never the school's period: a stage that
        // starts later than the period must not show the period's dates in its signed plan.
        let annex: [(label: String, value: String)] = [
            ("Periode", "\(start) tot en met \(end)"), ("Doel", orOpen(plan.aim)), ("Inhoud", orOpen(plan.content)),
            ("Omvang", orOpen(plan.size)), ("Opbouw", orOpen(plan.structure)), ("Organisatie", orOpen(plan.organisation)),
        ]
        return AgreementDocumentParts(title: "Stageovereenkomst", subtitle: "artikel 35 Wet op het voortgezet onderwijs",
                                      parties: people, articles: articles, annexTitle: "Bijlage: stageplan (artikel 33 WVO)",
                                      annex: annex)
    }

    /// The plain text that is signed: every part of the document, in order, one fact per line.
    public static func text(_ content: AgreementContent, plan: StagePlan, parties: AgreementParties) -> String {
        let document = parts(content, plan: plan, parties: parties)
        var lines = ["\(document.title.uppercased()) (\(document.subtitle))", "", "Partijen:"]
        lines += document.parties.map { "- \($0.role): \($0.name)" + ($0.details.isEmpty ? "" : " (\($0.details))") }
        for article in document.articles {
            lines += ["", "Artikel \(article.number). \(article.title)"]
            lines += article.paragraphs.map { "   \($0)" }
            lines += article.items.map { "   - \($0)" }
        }
        lines += ["", document.annexTitle]
        lines += document.annex.map { "   \($0.label): \($0.value)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The earlier form, kept for callers that know only the school and the student.
    public static func text(_ content: AgreementContent, plan: StagePlan = StagePlan(), schoolName: String,
                            studentName: String) -> String {
        text(content, plan: plan, parties: AgreementParties(schoolName: schoolName, studentName: studentName))
    }
}
