import StagelijnCore

/// Reads the programme editor's form onto a programme: names, sizes, "in use", the minimum year and age of each
/// step, and the VSO profiles. Other conditions (advice, decisions, earlier steps) stay as they are.
enum ProgrammeForm {
    static func values(_ programme: StageLineProgramme) -> [String: String] {
        var values: [String: String] = ["profiles": programme.profiles.joined(separator: ", ")]
        for (index, phase) in programme.phases.enumerated() {
            values["phase-\(index)-name"] = phase.name
            values["phase-\(index)-when"] = phase.when
        }
        for step in programme.steps {
            let p = "step-\(step.key)-"
            values[p + "name"] = step.name
            values[p + "description"] = step.description
            values[p + "days"] = "\(step.daysPerWeek)"
            values[p + "hours"] = "\(step.hoursPerDay)"
            values[p + "weeks"] = "\(step.weeks)"
            values[p + "inuse"] = step.inUse ? "ja" : ""
            for condition in step.conditions {
                if case let .minimumYear(year) = condition { values[p + "year"] = "\(year)" }
                if case let .minimumAge(age) = condition { values[p + "age"] = "\(age)" }
            }
        }
        return values
    }

    /// The edited programme, or the fields that are not numbers.
    static func apply(_ values: [String: String], to original: StageLineProgramme) -> Result<StageLineProgramme, FieldErrors> {
        var programme = original
        var errors: [FieldError] = []
        let text = { (key: String, limit: Int) in String((values[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(limit)) }
        let number = { (key: String, label: String) -> Int? in
            let raw = text(key, 10)
            if raw.isEmpty { return nil }
            guard let value = Int(raw) else {
                errors.append(FieldError(field: key, label: label, message: "Vul een heel getal in.")); return nil
            }
            return value
        }
        for index in programme.phases.indices {
            programme.phases[index].name = text("phase-\(index)-name", 80)
            programme.phases[index].when = text("phase-\(index)-when", 80)
            for s in programme.phases[index].steps.indices {
                var step = programme.phases[index].steps[s]
                let p = "step-\(step.key)-"
                step.name = text(p + "name", 80)
                step.description = text(p + "description", 400)
                step.daysPerWeek = number(p + "days", "\(step.name): dagen per week") ?? step.daysPerWeek
                step.hoursPerDay = number(p + "hours", "\(step.name): uren per dag") ?? step.hoursPerDay
                step.weeks = number(p + "weeks", "\(step.name): weken") ?? step.weeks
                step.inUse = ["ja", "on"].contains(values[p + "inuse"] ?? "")
                let year = number(p + "year", "\(step.name): vanaf leerjaar")
                let age = number(p + "age", "\(step.name): vanaf leeftijd")
                step.conditions.removeAll {
                    if case .minimumYear = $0 { return true }
                    if case .minimumAge = $0 { return true }
                    return false
                }
                if let age { step.conditions.insert(.minimumAge(age), at: 0) }
                if let year { step.conditions.insert(.minimumYear(year), at: 0) }
                programme.phases[index].steps[s] = step
            }
        }
        if programme.schoolType == .vso {
            programme.profiles = text("profiles", 400).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if programme.profiles.isEmpty {
                errors.append(FieldError(field: "profiles", label: "Profielen", message: "Noem minstens één profiel."))
            }
        }
        return errors.isEmpty ? .success(programme) : .failure(FieldErrors(errors))
    }
}
