import Testing
@testable import StagelijnCore

@Suite("Quality-care calendar: recurring activities, due dates per school year, overdue")
struct QualityCalendarTests {
    @Test func activitiesRecurEachSchoolYearOnTheirOwnDate() {
        let year = SchoolYear(parsing: "2026-2027")!
        let peildatum = QualityCalendar.defaults.first { $0.key == "uitstroommonitor" }!
        #expect(peildatum.dueDate(in: year) == LocalDate(year: 2026, month: 11, day: 1))
        #expect(peildatum.dueDate(in: SchoolYear(parsing: "2027-2028")!) == LocalDate(year: 2027, month: 11, day: 1))
        let curriculum = QualityCalendar.defaults.first { $0.key == "curriculum" }!
        #expect(curriculum.dueDate(in: year) == LocalDate(year: 2027, month: 6, day: 15))
        // every due date falls inside its school year
        for template in QualityCalendar.defaults {
            #expect(SchoolYear(containing: template.dueDate(in: year)) == year, "\(template.key)")
        }
        let keys = Set(QualityCalendar.defaults.map(\.key))
        #expect(keys.count == QualityCalendar.defaults.count)
        #expect(keys.isSuperset(of: ["uitstroommonitor", "jaarverslag-meldpunt", "curriculum", "evaluatieronde-1", "stageteam-najaar"]))
        let leap = QualityActivityTemplate(key: "x", title: "x", purpose: "", owner: .coordinator, dueMonth: 2, dueDay: 29)
        #expect(leap.dueDate(in: year) == LocalDate(year: 2027, month: 2, day: 28))
    }

    @Test func onlyOpenActivitiesPastTheirDateAreOverdue() {
        let due = LocalDate(year: 2026, month: 11, day: 1)!
        #expect(!QualityCalendar.isOverdue(status: .open, dueOn: due, today: due))
        #expect(QualityCalendar.isOverdue(status: .open, dueOn: due, today: due.adding(days: 1)))
        #expect(!QualityCalendar.isOverdue(status: .done, dueOn: due, today: due.adding(days: 30)))
        #expect(!QualityCalendar.isOverdue(status: .skipped, dueOn: due, today: due.adding(days: 30)))
    }

    @Test func doneNeedsEvidenceAndSkippedNeedsAReason() {
        #expect((try? QualityCalendar.readUpdate(status: "afgerond", notes: " ", decisions: "").get()) == nil)
        #expect((try? QualityCalendar.readUpdate(status: "afgerond", notes: "", decisions: "Bedrijf X niet meer").get())?.0 == .done)
        #expect((try? QualityCalendar.readUpdate(status: "vervallen", notes: "", decisions: "iets").get()) == nil)
        #expect((try? QualityCalendar.readUpdate(status: "onzin", notes: "", decisions: "").get()) == nil)
        #expect(QualityCalendar.years(around: LocalDate(year: 2026, month: 12, day: 2)!).map(\.name) == ["2025-2026", "2026-2027", "2027-2028"])
    }
}

@Suite("Quality care access: leadership and the coordinator change, staff and the inspector read, families nothing")
struct QualityCareAccessTests {
    @Test func whoMayReadAndChangeTheRequirementsAndCalendar() {
        for role in Role.allCases {
            let change = AccessPolicy.allows(role, .update, .qualityCare)
            let read = AccessPolicy.allows(role, .view, .qualityCare)
            #expect(change == [.coordinator, .leadership].contains(role), "\(role)")
            #expect(read == ![.student, .parent].contains(role), "\(role)")
        }
        // the dashboard's figures: leadership and the inspector read, only the coordinator also sees students
        #expect(AccessPolicy.scope(for: .inspector, .list, .qualityFigures) == .school)
        #expect(AccessPolicy.scope(for: .inspector, .view, .placement) == .none)
        #expect(AccessPolicy.scope(for: .leadership, .view, .placement) == .none)
    }
}
