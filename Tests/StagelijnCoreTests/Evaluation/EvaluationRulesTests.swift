import Foundation
import Testing
@testable import StagelijnCore

@Suite("Evaluation rules: question bank, when due, who gets it, reminders, answers, figures with < 5")
struct EvaluationRulesTests {
    let start = LocalDate(year: 2026, month: 9, day: 28)!
    let day = { (m: Int, d: Int) in LocalDate(year: 2026, month: m, day: d)! }

    @Test func everyPerspectiveGetsTheSameCoreItemsPlusItsOwn() {
        let bank = StandardEvaluationBank.content
        let core = bank.items.filter(\.isCore).map(\.key)
        for perspective in EvaluationPerspective.allCases {
            let keys = bank.items(for: perspective).map(\.key)
            #expect(Array(keys.prefix(core.count)) == core, "\(perspective)")
            #expect(keys.count > core.count, "\(perspective) has extra items")
        }
        // the BPV-monitor themes, one mark and two open questions are core
        #expect(Set(bank.items.filter(\.isCore).map(\.theme)) == Set(EvaluationTheme.allCases))
        #expect(bank.problems().isEmpty)
    }

    @Test func aBankWithoutTheMarkOrOpenQuestionsIsRefused() {
        var bank = StandardEvaluationBank.content
        bank.items.removeAll { $0.kind == .mark || $0.key == "beter" }
        #expect(bank.problems().contains("De vragenlijst heeft precies één rapportcijfer voor iedereen."))
        #expect(bank.problems().contains("De vragenlijst heeft twee open vragen voor iedereen."))
    }

    @Test func aBankInUseBecomesANewVersionWhenEdited() {
        var edited = StandardEvaluationBank.content
        edited.title = "Evaluatie 2027"
        let bank = StandardEvaluationBank.content
        #expect(FormVersioning.edit(current: bank, version: 2, inUse: true, proposed: edited) == .newVersion(number: 3))
        #expect(FormVersioning.edit(current: bank, version: 2, inUse: false, proposed: edited) == .editInPlace)
        #expect(FormVersioning.edit(current: bank, version: 2, inUse: true, proposed: bank) == .unchanged)
    }

    @Test func aShortStageIsEvaluatedOnlyWhenCompleted() {
        let end = start.adding(days: 69) // exactly 10 weeks
        #expect(EvaluationSchedule.midpoint(start: start, end: end) == nil)
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .active, today: end).isEmpty)
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .completed, today: end) == [.final])
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .terminated, today: end).isEmpty)
    }

    @Test func aLongStageIsAlsoEvaluatedHalfway() throws {
        let end = day(12, 18) // 82 days
        let middle = try #require(EvaluationSchedule.midpoint(start: start, end: end))
        #expect(middle == day(11, 7))
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .active, today: middle.adding(days: -1)).isEmpty)
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .active, today: middle) == [.midpoint])
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .completed, today: end) == [.midpoint, .final])
        #expect(EvaluationSchedule.dueMoments(start: start, end: end, status: .agreement, today: end).isEmpty)
    }

    @Test func theStudentAndCoordinatorAlwaysGetItTheOthersWhenKnown() {
        #expect(EvaluationSchedule.perspectives(workplaceMentorHasEmail: false, hasSupervisor: false) == [.student, .coordinator])
        #expect(EvaluationSchedule.perspectives(workplaceMentorHasEmail: true, hasSupervisor: true) == EvaluationPerspective.allCases)
    }

    @Test func atMostTwoRemindersSevenDaysApart() {
        let sent = Date(timeIntervalSince1970: 1_800_000_000)
        let days = { (n: Double) in sent.addingTimeInterval(n * 24 * 3600) }
        #expect(!EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: nil, remindersSent: 0, answered: false, now: days(6.9)))
        #expect(EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: nil, remindersSent: 0, answered: false, now: days(7)))
        #expect(!EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: days(7), remindersSent: 1, answered: false, now: days(13)))
        #expect(EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: days(7), remindersSent: 1, answered: false, now: days(14)))
        #expect(!EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: days(14), remindersSent: 2, answered: false, now: days(60)))
        #expect(!EvaluationSchedule.reminderDue(sentAt: sent, lastReminderAt: nil, remindersSent: 0, answered: true, now: days(8)))
    }

    @Test func wrongAnswersGetADutchMessagePerItem() {
        let items = StandardEvaluationBank.content.items(for: .student)
        var values = Dictionary(uniqueKeysWithValues: items.map { ($0.key, $0.kind == .open ? "" : "4") })
        values["cijfer"] = "11"
        values["afspraken"] = ""
        values["werk"] = "6"
        guard case let .failure(problems) = EvaluationAnswers.read(values, items: items) else {
            Issue.record("accepted a wrong form")
            return
        }
        #expect(problems.byItem == ["cijfer": "Geef een cijfer van 1 tot en met 10.", "afspraken": "Kies een antwoord.",
                                    "werk": "Kies een antwoord van 1 tot en met 5."])
        #expect(problems.summary == "3 vragen zijn nog niet goed ingevuld.")
        values["cijfer"] = "8"
        values["afspraken"] = "5"
        values["werk"] = "3"
        values["goed"] = "  De collega's  "
        let answers = try? EvaluationAnswers.read(values, items: items).get()
        #expect(answers?["cijfer"] == .init(score: 8))
        #expect(answers?["goed"] == .init(text: "De collega's"))
        #expect(answers?["beter"] == nil, "an empty open answer is optional")
    }

    @Test func anAverageNeedsFiveAnswers() {
        #expect(EvaluationFigures.averageText([4, 4, 5, 5]) == "< 5 antwoorden")
        #expect(EvaluationFigures.averageText([]) == "< 5 antwoorden")
        #expect(EvaluationFigures.averageText([4, 4, 5, 5, 3]) == "4,2")
        let items = StandardEvaluationBank.content.items(for: .workplaceMentor)
        let rows = EvaluationFigures.compare(items: items, own: ["afspraken": 2], all: ["afspraken": [2, 3, 4, 5, 5], "werk": [5]])
        let agreements = rows.first { $0.item.key == "afspraken" }
        #expect(agreements?.own == 2 && agreements?.average == "3,8")
        #expect(rows.first { $0.item.key == "werk" }?.average == "< 5 antwoorden")
        #expect(!rows.contains { $0.item.kind == .open })
    }

    @Test func responseIsCountedPerPerspective() {
        let response = EvaluationFigures.response([(.student, true), (.student, false), (.student, true), (.workplaceMentor, false)])
        #expect(response[.student] == .init(sent: 3, answered: 2))
        #expect(response[.student]?.text == "67 % (2 van 3)")
        #expect(response[.workplaceMentor]?.percent == 0)
        #expect(response[.supervisor]?.text == "nog niets verstuurd")
    }
}
