import Fluent
import Foundation
import Testing
import Vapor
@testable import StagelijnApp

@Suite("CSV import: preview, all-or-nothing, every problem named")
struct ImportTests {
    static let header = "leerlingnummer;voornaam;tussenvoegsel;achternaam;geboortedatum;schooltype;leerjaar;klas;mentor;sectoren;extra ondersteuning;postcode;woonplaats;kolom die we niet kennen"
    static func row(_ number: String, birth: String = "01-05-2011", sectors: String = "Groen, Logistiek",
                    mentor: String = Fixture.email("mentor"), level: String = "3") -> String {
        "\(number);Fatima;el;Amrani;\(birth);Praktijkonderwijs;\(level);3A;\(mentor);\(sectors);ja;1811 AB;Alkmaar;x"
    }
    static let goodFile = "\u{FEFF}" + [header, row("5001"), row("5002"), "", row("1001")].joined(separator: "\r\n") + "\r\n"

    func studentCount(_ app: Application) async throws -> Int { try await StudentModel.query(on: app.db).count() }

    @Test func aGoodFileIsPreviewedThenImportedCompletely() async throws {
        try await withTestApp { app, fixture, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let before = try await studentCount(app)
            let upload = try await browser.upload("/import", fields: [("kind", "leerlingen")], fileName: "export.csv",
                                                  file: Data(Self.goodFile.utf8))
            #expect(upload.status == .seeOther)
            let previewPath = try #require(upload.location)
            let preview = try await browser.get(previewPath)
            #expect(preview.status == .ok)
            #expect(preview.body.contains("2 nieuw, 1 bijwerken"))
            #expect(preview.body.contains("kolom die we niet kennen"))
            #expect(try await studentCount(app) == before, "nothing is stored before confirmation")

            let confirm = try await browser.post(previewPath + "/bevestigen")
            #expect(confirm.status == .seeOther)
            #expect(try await studentCount(app) == before + 2)
            let imported = try #require(try await StudentModel.query(on: app.db).filter(\.$studentNumber == "5001").first())
            #expect(imported.lastName == "el Amrani")
            #expect(imported.sectors == [.green, .logistics])
            #expect(imported.$mentor.id == fixture.users["mentor"])
            let updated = try #require(try await StudentModel.find(fixture.ownStudent, on: app.db))
            #expect(updated.firstName == "Fatima", "an existing student number updates that student")
            #expect(try await AuditEntryModel.query(on: app.db).filter(\.$entity == "student").count() == 3)
        }
    }

    /// Each bad file: the expected line, column and part of the Dutch message — and nothing stored.
    static let badFiles: [(name: String, content: String, line: Int, column: String, message: String)] = [
        ("missing column", "leerlingnummer;voornaam\n1;Piet\n", 1, "achternaam", "verplichte kolom ‘achternaam’ ontbreekt"),
        ("impossible date", [header, row("6001"), row("6002", birth: "30-02-2011")].joined(separator: "\n"), 3, "geboortedatum", "geen geldige datum"),
        ("unknown sector", [header, row("6001", sectors: "Ruimtevaart")].joined(separator: "\n"), 2, "sectoren", "Onbekende sector ‘Ruimtevaart’"),
        ("field count", [header, row("6001") + ";extra"].joined(separator: "\n"), 2, "", "heeft 15 velden, de kopregel 14"),
        ("duplicate number", [header, row("6001"), row("6001")].joined(separator: "\n"), 3, "leerlingnummer", "staat ook al op regel 2"),
        ("unknown mentor", [header, row("6001", mentor: "nobody@example.org")].joined(separator: "\n"), 2, "mentor", "geen mentor met e-mailadres"),
        ("level out of range", [header, row("6001", level: "9")].joined(separator: "\n"), 2, "leerjaar", "Moet tussen 1 en 6 liggen"),
        ("only a header", header + "\n", 2, "", "geen gegevensregels"),
    ]

    @Test(arguments: badFiles.indices)
    func aBadFileIsRejectedWithLineColumnAndReasonAndStoresNothing(index: Int) async throws {
        let bad = Self.badFiles[index]
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let before = try await studentCount(app)
            let upload = try await browser.upload("/import", fields: [("kind", "leerlingen")], fileName: "bad.csv",
                                                  file: Data(bad.content.utf8))
            let preview = try await browser.get(try #require(upload.location))
            #expect(preview.status == .unprocessableEntity, "\(bad.name)")
            #expect(preview.body.contains("Er is niets geïmporteerd"), "\(bad.name)")
            #expect(preview.body.contains("<td>\(bad.line)</td><td>\(bad.column.isEmpty ? "–" : bad.column)</td>"), "\(bad.name)")
            #expect(preview.body.contains(bad.message), "\(bad.name)")
            // confirming anyway stores nothing
            try await browser.post(try #require(upload.location) + "/bevestigen")
            #expect(try await studentCount(app) == before, "\(bad.name)")
        }
    }

    @Test func aFileThatIsNotUTF8OrNotCSVIsRefusedAtUpload() async throws {
        try await withTestApp { app, _, _ in
            let browser = Browser(app)
            try await browser.login("coordinator")
            let latin1 = try await browser.upload("/import", fields: [("kind", "leerlingen")], fileName: "export.csv",
                                                  file: Data([0x6E, 0x61, 0x61, 0x6D, 0x3B, 0xE9, 0xFF, 0x0A]))
            #expect(latin1.status == .badRequest)
            #expect(latin1.body.contains("geen UTF-8"))
            let excel = try await browser.upload("/import", fields: [("kind", "leerlingen")], fileName: "export.xlsx",
                                                 file: Data("x".utf8))
            #expect(excel.status == .badRequest)
            #expect(excel.body.contains("Alleen CSV-bestanden"))
        }
    }

    @Test func companiesThenPositionsImportWithCommaSeparators() async throws {
        try await withTestApp { app, fixture, _ in
            let service = ImportService(db: app.db, schoolID: fixture.schoolA1, boardID: fixture.boardA,
                                        actor: .system("test"), now: Fixture.now)
            let companies = """
            naam,adres,postcode,plaats,sectoren,sbb-nummer,contactpersoon
            Kwekerij De Tuin,Tuinbouwweg 4,1721 AB,Broek op Langedijk,Groen,445566,Anna
            "Garage Smit, Bakker & Zn",Industrieweg 1,1703 CD,Heerhugowaard,Technisch onderhoud,,
            """
            let result = try await service.commit(.companies, text: companies)
            #expect(result.newCount == 2)
            let garage = try #require(try await CompanyModel.query(on: app.db).filter(\.$name == "Garage Smit, Bakker & Zn").first())
            #expect(garage.sbbStatus == .notRecognised)
            #expect(garage.lat != nil, "coordinates come from the postcode area")

            let positions = "bedrijf,functie,sector,plaatsen,certificaten\n445566,Medewerker kwekerij,Groen,2,\nOnbekend BV,Monteur,Technisch onderhoud,1,VCA Basis\n"
            await #expect(throws: ImportService.Rejected.self) { try await service.commit(.positions, text: positions) }
            #expect(try await PositionModel.query(on: app.db).filter(\.$title == "Medewerker kwekerij").count() == 0,
                    "the good row of a rejected file is not stored either")
            let fixed = "bedrijf,functie,sector,plaatsen,certificaten\n445566,Medewerker kwekerij,Groen,2,\nGarage Smit, Bakker & Zn,Monteur,Technisch onderhoud,1,VCA Basis\n"
            await #expect(throws: ImportService.Rejected.self, "an unquoted comma shifts the fields") {
                try await service.commit(.positions, text: fixed)
            }
            let quoted = "bedrijf;functie;sector;plaatsen;certificaten\n445566;Medewerker kwekerij;Groen;2;\nGarage Smit, Bakker & Zn;Monteur;Technisch onderhoud;1;VCA Basis\n"
            #expect(try await service.commit(.positions, text: quoted).newCount == 2)
            let monteur = try #require(try await PositionModel.query(on: app.db).filter(\.$title == "Monteur").first())
            #expect(monteur.certificates == [.vcaBasic])
        }
    }
}
