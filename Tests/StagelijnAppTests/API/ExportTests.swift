import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("Exports: CSV of every list page")
struct ExportTests {
    @Test func cellsAreQuotedAndFormulasNeutralised() {
        #expect(CSVWriter.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVWriter.cell("+31 6") == "'+31 6")
        #expect(CSVWriter.cell("-1") == "'-1")
        #expect(CSVWriter.cell("@cmd") == "'@cmd")
        #expect(CSVWriter.cell("\tx") == "'\tx")
        #expect(CSVWriter.cell("a;b") == "\"a;b\"")
        #expect(CSVWriter.cell("zei \"ja\"") == "\"zei \"\"ja\"\"\"")
        #expect(CSVWriter.cell("=a;b") == "\"'=a;b\"")
        #expect(CSVWriter.cell("Sem de Vries") == "Sem de Vries")
        let document = CSVWriter.document(header: ["naam", "klas"], rows: [["Ömer", "3A"]])
        #expect(document.hasPrefix("\u{FEFF}naam;klas\r\n"))
        #expect(Array(document.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func everyListPageLinksItsDownloadWithTheSameScope() async throws {
        try await withTestApp { app, f, _ in
            let student = try #require(try await StudentModel.find(f.otherStudent, on: app.db))
            student.firstName = "=HYPERLINK(\"http://x\")"
            try await student.save(on: app.db)
            let coordinator = Browser(app)
            try await coordinator.login("coordinator")
            for (page, file) in [("/leerlingen", "leerlingen.csv"), ("/bedrijven", "bedrijven.csv"), ("/stageplaatsen", "stageplaatsen.csv"),
                                 ("/stageperiodes", "stageperiodes.csv"), ("/stages", "stages.csv")] {
                let list = try await coordinator.get(page)
                #expect(list.body.contains("/export/\(file)"), "\(page) links its CSV")
                let csv = try await coordinator.get("/export/\(file)")
                #expect(csv.status == .ok)
                #expect(csv.headers.contentType?.subType == "csv")
                #expect(csv.headers.first(name: .contentDisposition)?.contains(file) == true)
                #expect(csv.body.hasPrefix("\u{FEFF}"))
                #expect(csv.body.split(separator: "\r\n").count >= 2, "\(file) has rows")
            }
            let students = try await coordinator.get("/export/leerlingen.csv")
            #expect(students.body.contains("'=HYPERLINK"))
            #expect(students.body.contains("Sem") && !students.body.contains("Daan") && !students.body.contains("Emma"))
            // Filters carry over: the search narrows the download like the page.
            let filtered = try await coordinator.get("/export/leerlingen.csv?q=Sem")
            #expect(filtered.body.contains("1001") && !filtered.body.contains("1002"))
            // A mentor's download holds only their own class, as their list does; a parent only their child.
            let mentor = Browser(app)
            try await mentor.login("mentor")
            let own = try await mentor.get("/export/leerlingen.csv")
            #expect(own.body.contains("1001") && !own.body.contains("1002"))
            let parent = Browser(app)
            try await parent.login("parent")
            let child = try await parent.get("/export/leerlingen.csv")
            #expect(child.body.contains("1001") && !child.body.contains("1002"))
            let leadership = Browser(app)
            try await leadership.login("leadership")
            #expect(try await leadership.get("/export/leerlingen.csv").status == .forbidden)
            // The API gives the same list as JSON.
            let caller = try await APICaller.make(app, school: f.schoolA1)
            let json = try await caller.get("/api/v1/students?q=Sem")
            #expect(json.json?["total"] == 1)
        }
    }
}
