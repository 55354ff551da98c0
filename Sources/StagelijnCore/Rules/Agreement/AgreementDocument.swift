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

public enum AgreementDocument {
    public static func text(_ content: AgreementContent, plan: StagePlan = StagePlan(), schoolName: String,
                            studentName: String) -> String {
        func orOpen(_ text: String) -> String { text.isFilled ? text : "(nog niet ingevuld)" }
        let dates = [content.startDate?.dutch, content.endDate?.dutch].map { $0 ?? "(nog niet ingevuld)" }
        var lines = [
            "STAGEOVEREENKOMST (artikel 35 Wet op het voortgezet onderwijs)",
            "",
            "School (bevoegd gezag): \(schoolName)",
            "Leerling: \(studentName)" + (content.studentBirthDate.map { ", geboren \($0.dutch)" } ?? ""),
            "Stagebedrijf: \(orOpen(content.company))",
            "Plaats(en) van de werkzaamheden: \(content.positionLocations.isEmpty ? "(nog niet ingevuld)" : content.positionLocations.joined(separator: "; "))",
            "",
            "1. Leeractiviteiten bij het stagebedrijf:",
        ]
        lines += content.learningActivities.isEmpty ? ["   (nog niet ingevuld)"] : content.learningActivities.map { "   - \($0)" }
        lines += [
            "2. Begindatum: \(dates[0]); einddatum: \(dates[1]).",
            "   Dagen en tijden: \(orOpen(content.schedule))",
            "3. Begeleiding door de school (stagebegeleider): \(orOpen(content.schoolSupervisionShare))",
            "   Begeleiding door het bedrijf (praktijkbegeleider): \(orOpen(content.companySupervisionShare))",
            "4. Beoordeling door het bedrijf: \(orOpen(content.assessmentByCompany))",
            "5. Toezicht door de inspectie: \(orOpen(content.inspectionArrangement))",
            "6. Ongevallen- en aansprakelijkheidsverzekering afgesloten door: \(content.accidentAndLiabilityBy?.dutchName ?? "(nog niet ingevuld)");"
                + " premie betaald door: \(content.premiumPaidBy?.dutchName ?? "(nog niet ingevuld)").",
            "7. Voor een minderjarige leerling tekent ook een ouder of verzorger.",
            "",
            "Bijlage: stageplan (artikel 33 WVO)",
            "   Doel: \(orOpen(plan.aim))",
            "   Inhoud: \(orOpen(plan.content))",
            "   Omvang: \(orOpen(plan.size))",
            "   Opbouw: \(orOpen(plan.structure))",
            "   Organisatie: \(orOpen(plan.organisation))",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
