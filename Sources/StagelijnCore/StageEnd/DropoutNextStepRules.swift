/// Which next steps are open after a dropout, each with the reason when it is not (seed 004 §4.5).
public struct DropoutSituation: Equatable, Sendable {
    public var schoolType: SchoolType
    /// Whether the group stage has a free place on the student's stage days. The group stage's capacity is
    /// somebody else's rule (5 students per dagdeel); here it is a plain input.
    public var groupStageHasRoom: Bool
    /// Whether the (stage) support team was consulted — an alternative programme comes only after that.
    public var supportTeamConsulted: Bool
    /// For an Entree student: can the 650 hours still be made? nil for other school types.
    public var entree: EntreeOutlook?

    public init(schoolType: SchoolType, groupStageHasRoom: Bool, supportTeamConsulted: Bool, entree: EntreeOutlook?) {
        self.schoolType = schoolType
        self.groupStageHasRoom = groupStageHasRoom
        self.supportTeamConsulted = supportTeamConsulted
        self.entree = entree
    }
}

/// Entree (mbo-1 inside the school): the hours done so far plus what the remaining weeks can still hold, against
/// the one 650-hour target of `EntreeHourTarget`.
public struct EntreeOutlook: Equatable, Sendable {
    public var doneHours: Double
    public var remainingWeeks: Int
    public var hoursPerWeek: Double

    public init(doneHours: Double, remainingWeeks: Int, hoursPerWeek: Double) {
        self.doneHours = max(0, doneHours)
        self.remainingWeeks = max(0, remainingWeeks)
        self.hoursPerWeek = max(0, hoursPerWeek)
    }

    public var reachableHours: Double { doneHours + Double(remainingWeeks) * hoursPerWeek }
    public var canStillReachTarget: Bool { reachableHours >= EntreeHourTarget.requiredHours }

    public var dutchSummary: String {
        "\(hours(doneHours)) gemaakt; met \(DutchPlural.count(remainingWeeks, "week", "weken")) van \(hours(hoursPerWeek)) "
            + "komt de leerling op \(hours(reachableHours)) van de \(hours(EntreeHourTarget.requiredHours))."
    }
}

public enum DropoutNextStepRules {
    public struct Option: Equatable, Sendable {
        public let step: DropoutNextStep
        /// nil when the step can be chosen; otherwise why not, in Dutch.
        public let refusal: String?
        public var isAvailable: Bool { refusal == nil }
    }

    public static func options(_ situation: DropoutSituation) -> [Option] {
        DropoutNextStep.allCases.compactMap { step in
            // The Entree extension is only offered to Entree students.
            if step == .entreeExtension && situation.schoolType != .entree { return nil }
            return Option(step: step, refusal: refusal(step, situation))
        }
    }

    /// Why `step` cannot be chosen in `situation`, or nil when it can.
    public static func refusal(_ step: DropoutNextStep, _ situation: DropoutSituation) -> String? {
        switch step {
        case .backToGroupStage:
            // Seed 004: "Indien er geen plaats is, wordt de stage anders ingevuld."
            return situation.groupStageHasRoom ? nil
                : "De groepsstage is vol op de stagedagen van de leerling; kies een andere vervolgstap."
        case .alternativeProgramme:
            return situation.supportTeamConsulted ? nil
                : "Een alternatief programma komt er pas na overleg met het (stage)ondersteuningsteam; vink aan dat dat overleg er was."
        case .newPlacement:
            return nil
        case .entreeExtension:
            guard situation.schoolType == .entree else { return "Verlenging geldt alleen voor de Entree-opleiding." }
            guard let outlook = situation.entree else { return "De stage-uren van de leerling zijn niet bekend." }
            return outlook.canStillReachTarget
                ? "De 650 uur zijn nog haalbaar (\(hours(outlook.reachableHours))); verlenging is niet nodig."
                : nil
        }
    }

    /// Recording a next step also needs the procedure's earlier steps: the talk with the student and the company
    /// contacted (seed 004: "Zij bespreken samen de oorzaak en nemen contact op met het stagebedrijf").
    public static func problems(choosing step: DropoutNextStep, _ situation: DropoutSituation,
                                progress: DropoutProgress) -> [String] {
        var problems: [String] = []
        if !progress.talkRecorded { problems.append("Leg eerst het gesprek met de leerling vast.") }
        if !progress.companyContacted { problems.append("Leg eerst vast dat het bedrijf is gebeld of gesproken.") }
        if let refusal = refusal(step, situation) { problems.append(refusal) }
        return problems
    }
}
