import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("AVG: the per-person export of a full stage line")
struct PersonalExportSpeedTests {
    /// The demo student with the most hour entries (a full stage line: placements, agreement, signatures, hours,
    /// visits, assessments): JSON and PDF. Prints the measured time for docs/performance.md (a measurement, not an
    /// assertion: speed is judged from the printed number, never by a timed test).
    @Test func theFullestDemoStudentExportsEveryPart() async throws {
        try await withTestApp { app, _, _ in
            try await app.autoRevert()
            try await app.autoMigrate()
            _ = try await DemoLoader(db: app.db, now: Fixture.now).load()
            let hours = try await HourEntryModel.query(on: app.db).with(\.$placement).all()
            let counts = Dictionary(grouping: hours, by: { $0.placement.$student.id }).mapValues(\.count)
            let (studentID, hourCount) = try #require(counts.max { $0.value < $1.value })
            let student = try #require(try await StudentModel.find(studentID, on: app.db))
            let started = ContinuousClock.now
            let result = try await PersonalExport.gather(studentID, school: student.$school.id, now: Date(), on: app.db)
            let json = result.json.encoded()
            let html = PersonalExportDocument.html(result)
            var pdfBytes = 0
            if let weasyprint = PDFRenderer.executable {
                pdfBytes = try PDFRenderer.pdf(fromHTML: html, using: weasyprint).count
            }
            let elapsed = ContinuousClock.now - started
            let rows = result.sections.map(\.rows.count).reduce(0, +)
            print("personal export: \(rows) rows in \(result.sections.count) tables, \(hourCount) hour entries, JSON \(json.count) bytes, PDF \(pdfBytes) bytes, \(elapsed)")
            #expect(result.sections.count >= 6)
            #expect(!json.isEmpty)
            #expect(PDFRenderer.executable == nil || pdfBytes > 0)
        }
    }
}
