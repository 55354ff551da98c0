/// Checks a decision before it is recorded; every problem names its form field.
public enum LineDecisionRules {
    /// `profiles`: the school's VSO profiles. `participants`: who took part in the decision.
    public static func problems(kind: LineDecisionKind, outcome: String, reason: String, participants: [DecisionParticipant],
                                schoolType: SchoolType, profiles: [String], state: TrajectoryState) -> [FieldError] {
        var errors: [FieldError] = []
        let fail = { (field: String, label: String, message: String) in errors.append(FieldError(field: field, label: label, message: message)) }
        if !kind.applies(to: schoolType) {
            fail("kind", "Soort besluit", "Dit besluit hoort niet bij \(schoolType.dutchName).")
        }
        let valid: Bool = switch kind {
        case .sectorChoice: Sector(rawValue: outcome) != nil
        case .profile: profiles.contains(outcome)
        default: kind.outcomes?.contains(outcome) ?? false
        }
        if !valid { fail("outcome", "Besluit", "Kies een van de mogelijkheden.") }
        if reason.trimmingCharacters(in: .whitespacesAndNewlines).count < 3 {
            fail("reason", "Waarom", "Schrijf kort op waarom dit besloten is.")
        }
        if participants.isEmpty { fail("participants", "Besproken met", "Kies met wie dit besproken is.") }
        // Seed 004: the way back to an individual stage is decided by parents, mentor and supervisor together.
        if kind == .readyForIndividual, outcome == "ja",
           !Set([DecisionParticipant.parents, .mentor, .supervisor]).isSubset(of: participants) {
            fail("participants", "Besproken met", "Dit besluiten ouders, mentor en stagebegeleider samen: kies alle drie.")
        }
        // Seed 004: the provisional advice is discussed with the student (and parents).
        if kind == .provisionalAdvice, !participants.contains(.student) {
            fail("participants", "Besproken met", "Het voorlopig advies wordt met de leerling besproken: kies ‘leerling’.")
        }
        // VSO: a step up follows the line; BES before ZES.
        if kind == .stepUp, valid {
            if outcome == "bes", !(state.isInProgress("bis") || state.isDone("bis")) {
                fail("outcome", "Besluit", "Doorstromen naar BES kan na de BIS.")
            }
            if outcome == "zes", !(state.isInProgress("bes") || state.isDone("bes")) {
                fail("outcome", "Besluit", "Doorstromen naar ZES kan na de BES.")
            }
            if outcome != "blijft", (state.profile ?? "").isEmpty {
                fail("outcome", "Besluit", "Kies eerst een profiel; BES en ZES lopen binnen een profiel.")
            }
        }
        return errors
    }
}
