import Fluent
import Foundation
import StagelijnCore

/// Demo reports, so the handlers' list, the home-page count and the figures have something to show: one report
/// waiting too long, some in progress with an answer and a step, some closed with an outcome, some only registered.
/// Deterministic. The first school's first report has the known follow-up code `STAG-DEMA-2345` for trying the
/// reporter's side (`/melden/volgen`); every other code is random and unknown.
struct DemoMeldpunt {
    let db: any Database
    let now: Date

    static let knownCode = "STAG-DEMA-2345"

    private struct Sample {
        let category: IncidentCategory, grounds: [DiscriminationGround], phase: IncidentPhase, mode: IncidentMode
        let daysAgo: Int, text: String, state: State
        enum State { case waiting, answered, closed(IncidentOutcome), registered }
    }

    private static let samples: [Sample] = [
        .init(category: .discrimination, grounds: [.origin], phase: .searching, mode: .followUp, daysAgo: 6,
              text: "Na het kennismakingsgesprek belden ze dat ik niet paste. Mijn vriend met een Nederlandse naam mocht wel komen.", state: .waiting),
        .init(category: .discrimination, grounds: [.religion], phase: .during, mode: .followUp, daysAgo: 12,
              text: "Ik mocht met mijn hoofddoek niet in de winkel staan, alleen achter in het magazijn.", state: .answered),
        .init(category: .discrimination, grounds: [.origin], phase: .searching, mode: .register, daysAgo: 20,
              text: "Bij drie bedrijven kreeg ik geen antwoord, mijn klasgenoten wel.", state: .registered),
        .init(category: .discrimination, grounds: [.disability], phase: .during, mode: .followUp, daysAgo: 35,
              text: "Omdat ik dyslexie heb, zegt mijn baas dat ik dom ben waar iedereen bij is.", state: .closed(.resolvedWithCompany)),
        .init(category: .discrimination, grounds: [.gender], phase: .searching, mode: .register, daysAgo: 40,
              text: "Ze zeiden dat ze in de werkplaats liever geen meisjes hebben.", state: .registered),
        .init(category: .discrimination, grounds: [.origin], phase: .during, mode: .followUp, daysAgo: 48,
              text: "Collega's maken steeds grappen over mijn afkomst.", state: .closed(.newPlacement)),
        .init(category: .socialUnsafety, grounds: [], phase: .during, mode: .followUp, daysAgo: 3,
              text: "Een collega schreeuwt elke dag tegen me.", state: .answered),
        .init(category: .stageAbuse, grounds: [], phase: .during, mode: .followUp, daysAgo: 26,
              text: "Ik sta elke zaterdag alleen in de winkel en niemand legt iets uit.", state: .closed(.companyNotPlaced)),
        .init(category: .unsafeWork, grounds: [], phase: .during, mode: .register, daysAgo: 15,
              text: "Ik moet zonder handschoenen met schoonmaakmiddel werken.", state: .registered),
    ]

    func record(school: SchoolModel) async throws {
        let schoolID = try school.requireID()
        let firstSchool = try await SchoolModel.query(on: db).sort(\.$code).first()?.id == schoolID
        let companies = try await CompanyModel.query(on: db).filter(\.$board.$id == school.$board.id).sort(\.$name).range(0..<4).all()
        let handler = try await MembershipModel.query(on: db).filter(\.$school.$id == schoolID).filter(\.$role == .coordinator)
            .with(\.$user).first()?.user
        let calendar = SchoolCalendar()
        for (index, sample) in Self.samples.enumerated() {
            let received = now.addingTimeInterval(-Double(sample.daysAgo) * 86400)
            let receivedOn = LocalDate(received)
            let report = IncidentReportModel()
            report.$school.id = schoolID
            report.codeHash = SecureToken.hash(index == 0 && firstSchool ? Self.knownCode : FollowUpCode.make())
            report.category = sample.category
            report.grounds = sample.grounds.map(\.rawValue).joined(separator: ",")
            report.phase = sample.phase
            report.mode = sample.mode
            report.reporterKind = index % 4 == 3 ? .parent : .student
            report.text = sample.text
            let company = companies.isEmpty ? nil : companies[index % companies.count]
            report.$company.id = company?.id
            report.companyName = company?.name
            report.sector = company?.sectorList.first
            report.schoolType = index % 3 == 0 ? .praktijkonderwijs : nil
            report.status = sample.mode == .followUp ? .new : .registered
            report.receivedAt = received
            report.receivedOn = receivedOn.iso
            report.responseDue = ResponseDeadline.due(receivedOn: receivedOn, calendar: calendar).iso
            try await report.create(on: db)
            let reportID = try report.requireID()
            let name = handler?.name ?? "Stagecoördinator"
            switch sample.state {
            case .waiting, .registered:
                break
            case .answered, .closed:
                let answered = received.addingTimeInterval(86400)
                report.firstResponseOn = LocalDate(answered).iso
                report.status = .inProgress
                try await IncidentEntryModel(report: reportID, kind: .toReporter, text: "Dank je dat je dit meldt. Kun je morgen in de pauze bij mij langskomen?",
                                             authorID: handler?.id, authorName: name, at: answered).create(on: db)
                try await IncidentEntryModel(report: reportID, kind: .step, step: .talkWithStudent, text: "Gesprek gehad; de leerling wil dat we het bedrijf bellen.",
                                             authorID: handler?.id, authorName: name, at: answered.addingTimeInterval(86400)).create(on: db)
                if case let .closed(outcome) = sample.state {
                    report.status = .closed
                    report.outcome = outcome
                    report.closedOn = LocalDate(answered.addingTimeInterval(7 * 86400)).iso
                }
                try await report.save(on: db)
            }
        }
    }
}
