import Foundation
import Testing
@testable import StagelijnCore

@Suite("Rules JSON: reading input, naming the wrong field")
struct RulesJSONTests {
    static let example = """
        { "birthDate": "2011-05-01", "stageKind": "beroepsstage",
          "shifts": [ { "date": "2026-03-02", "start": "08:30", "end": "15:30", "breaks": [30], "schoolDay": true } ],
          "exceptions": ["sundayInherentToWork", "parentalConsentSunday", "sundayAgreedInContract"] }
        """

    func readSchedule(_ json: String) throws(FieldErrors) -> WorkSchedule { try ScheduleJSON.read(Data(json.utf8)) }

    func scheduleError(_ json: String) -> String? {
        do { _ = try readSchedule(json); return nil } catch { return error.errors.first?.field }
    }

    @Test func readsTheExampleOfTheIssue() throws {
        let schedule = try readSchedule(Self.example)
        #expect(schedule.birthDate == d("2011-05-01"))
        #expect(schedule.stageKind == .vocational)
        #expect(schedule.shifts == [shift("2026-03-02", "08:30", "15:30", breaks: [30], schoolDay: true)])
        #expect(schedule.exceptions == Set(ScheduleException.allCases))
        #expect(ScheduleCheck.check(schedule).isEmpty)     // 14 years old, 6.5 hours with a 30-minute break
    }

    @Test(arguments: [
        (#"{"stageKind": "beroepsstage", "shifts": []}"#, "birthDate"),
        (#"{"birthDate": "01-05-2011", "stageKind": "beroepsstage", "shifts": []}"#, "birthDate"),
        (#"{"birthDate": "2011-05-01", "stageKind": "snuffelstage", "shifts": []}"#, "stageKind"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage"}"#, "shifts"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": {}}"#, "shifts"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "25:00", "end": "26:00"}]}"#, "shifts[0].start"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "07:00"}]}"#, "shifts[0].end"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "12:00", "breaks": ["30"]}]}"#, "shifts[0].breaks[0]"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "12:00", "schoolDay": "ja"}]}"#, "shifts[0].schoolDay"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "12:00"}, {"date": "2026-03-02", "start": "13:00", "end": "14:00"}]}"#, "shifts[1].date"),
        (#"{"birthDate": "2011-05-01", "stageKind": "beroepsstage", "shifts": [], "exceptions": ["always"]}"#, "exceptions[0]"),
        (#"{"birthDate": "2011-05-01", "#, "(bestand)"),
        (#"[]"#, "(bestand)"),
    ])
    func badInputNamesTheField(json: String, field: String) {
        #expect(scheduleError(json) == field)
    }

    @Test func theResultIsStableJSON() throws {
        let schedule = try readSchedule(#"{"birthDate": "2012-01-01", "stageKind": "beroepsstage", "shifts": [{"date": "2026-03-02", "start": "08:00", "end": "16:00", "breaks": [30]}]}"#)
        let json = JSONOutput.encode(ScheduleJSON.result(ScheduleCheck.check(schedule)))
        #expect(json.hasPrefix(#"{"compliant":false,"violations":[{"date":"2026-03-02","message":"Gewerkt 7 uur en 30 minuten"#))
        #expect(json.contains(#""rule":"maxHoursPerDay","source":""#))
    }

    @Test func readsAnAgreement() throws {
        let json = """
            { "learningActivities": ["Vakken vullen"], "company": {"name": "Jumbo Heiloo"}, "positionLocations": ["Heiloo"],
              "startDate": "2026-03-02", "endDate": "2026-06-26", "schedule": {"days": ["ma", "di"], "times": "08:30-15:00"},
              "supervision": {"schoolShare": "bezoek elke 3 weken", "companyShare": ""},
              "assessmentByCompany": "eindbeoordeling", "inspectionArrangement": "toegang",
              "insurance": {"accidentAndLiabilityBy": "school", "premiumPaidBy": "company"},
              "student": {"birthDate": "2010-06-01"},
              "signatures": [{"role": "school", "name": "A. de Boer", "signedAt": "2026-02-20T10:15:00+01:00"}] }
            """
        let content = try AgreementJSON.read(Data(json.utf8))
        #expect(content.company == "Jumbo Heiloo")
        #expect(content.premiumPaidBy == .company)
        #expect(content.signatures.first?.signedAt == d("2026-02-20"))
        #expect(AgreementCompleteness.missing(content, today: d("2026-03-01"))
                == [.supervision, .signatureStudent, .signatureCompany, .signatureParent])
    }

    @Test(arguments: [
        (#"{"student": {}}"#, "student.birthDate"),
        (#"{"student": {"birthDate": "2010-06-01"}, "insurance": {"premiumPaidBy": "ouders"}}"#, "insurance.premiumPaidBy"),
        (#"{"student": {"birthDate": "2010-06-01"}, "learningActivities": "vullen"}"#, "learningActivities"),
        (#"{"student": {"birthDate": "2010-06-01"}, "startDate": "2 maart"}"#, "startDate"),
        (#"{"student": {"birthDate": "2010-06-01"}, "signatures": [{"role": "oom", "name": "X", "signedAt": "2026-01-01"}]}"#, "signatures[0].role"),
        (#"{"student": {"birthDate": "2010-06-01"}, "signatures": [{"role": "school", "name": "X", "signedAt": "gisteren"}]}"#, "signatures[0].signedAt"),
    ])
    func badAgreementInputNamesTheField(json: String, field: String) {
        do {
            _ = try AgreementJSON.read(Data(json.utf8))
            Issue.record("expected an error for \(field)")
        } catch {
            #expect(error.errors.first?.field == field)
        }
    }
}
