import Foundation
import Testing
@testable import StagelijnCore

@Suite("Privacy rules: retention and references")
struct PrivacyRulesTests {
    @Test func aSchoolsChoiceCountsOnlyWithinTheAllowedRange() {
        #expect(RetentionPolicy.days(.studentFile, chosen: [:]) == 730)
        #expect(RetentionPolicy.days(.studentFile, chosen: [.studentFile: 365]) == 365)
        #expect(RetentionPolicy.days(.studentFile, chosen: [.studentFile: 5]) == 730, "below the minimum: the default")
        #expect(RetentionPolicy.days(.auditLog, chosen: [.auditLog: 10_000]) == 1825)
        for category in DataCategory.allCases {
            #expect(category.allowedDays.contains(category.defaultDays), "\(category)")
            #expect(!category.purpose.isEmpty && !category.legalBasis.isEmpty)
        }
    }

    @Test func aStudentFileExpiresTheDayAfterItsPeriod() throws {
        let left = try #require(LocalDate(iso: "2024-06-30"))
        let chosen: [DataCategory: Int] = [.studentFile: 730]
        #expect(!RetentionPolicy.studentFileExpired(leftOn: left, chosen: chosen, today: left.adding(days: 730)))
        #expect(RetentionPolicy.studentFileExpired(leftOn: left, chosen: chosen, today: left.adding(days: 731)))
        #expect(!RetentionPolicy.studentFileExpired(leftOn: nil, chosen: chosen, today: left.adding(days: 5000)))
        #expect(RetentionPolicy.dutchPeriod(days: 730) == "2 jaar" && RetentionPolicy.dutchPeriod(days: 1) == "1 dag")
    }

    @Test func referencesAreFoundDeclaredAndByName() {
        let declared = [ColumnReference(table: "placements", column: "student_id", referencedTable: "students"),
                        ColumnReference(table: "agreements", column: "placement_id", referencedTable: "placements"),
                        ColumnReference(table: "signatures", column: "agreement_id", referencedTable: "agreements"),
                        ColumnReference(table: "placements", column: "school_id", referencedTable: "schools")]
        let columns = ["placements": ["id", "student_id", "school_id"], "notes": ["id", "student_id"],
                       "students": ["id"], "other": ["id", "students_count"]]
        let direct = ReferenceGraph.references(to: "students", declared: declared, columnsByTable: columns)
        #expect(direct.map(\.table) == ["notes", "placements"])
        let reachable = ReferenceGraph.reachable(from: "students", declared: declared).map(\.table)
        #expect(reachable == ["placements", "agreements", "signatures"])
    }
}
