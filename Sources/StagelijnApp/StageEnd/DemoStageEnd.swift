import Fluent
import Foundation
import StagelijnCore

/// Demo data for issue 15: the demo's ended stages as dropouts (the first one still without a next step, so it is on
/// the coordinator's and the mentor's home page), leavers in their first and second aftercare year with contacts
/// done, due and missed, and allowances on about two thirds of the agreed stages plus a school norm.
struct DemoStageEnd {
    let db: any Database
    let now: Date

    func record(placements: [PlacementModel], school: SchoolModel) async throws {
        let schoolID = try school.requireID()
        let actor = Actor.system("demo", schoolID: schoolID)
        let today = LocalDate(now)
        try await dropouts(placements, actor: actor, today: today)
        try await leavers(school: school, placements: placements, actor: actor, today: today)
        try await allowances(placements, school: schoolID, actor: actor)
    }

    private func dropouts(_ placements: [PlacementModel], actor: Actor, today: LocalDate) async throws {
        let ended = placements.filter { $0.status == .terminated }
        // The open one: preferably a student of the first mentor (the demo's mentor login).
        let mentor = try await UserModel.query(on: db).filter(\.$email ~~ ["mentor1@dewerkplaats.demo", "mentor1@vakcollege.demo"]).all(\.$id)
        let openIndex = ended.firstIndex { $0.student.$mentor.id.map(mentor.contains) ?? false } ?? 0
        for (index, placement) in ended.enumerated() {
            guard let dropout = try await DropoutService.openIfDropout(
                placement: placement, previous: .active, reason: "Uitval: leerling kon niet wennen aan de werkdruk (demo).",
                actor: actor, today: today.adding(days: -3 - index * 9), at: now, baseURL: "", on: db) else { continue }
            let ended = LocalDate(iso: dropout.endedOn) ?? today
            dropout.cause = [.match, .student, .company, .safety][index % 4]
            dropout.talkOn = ended.adding(days: 1).iso
            dropout.talkNote = "Leerling vertelt dat het tempo te hoog lag en dat hij zich niet durfde te melden bij de leidinggevende."
            if index != openIndex {
                dropout.companyContactedOn = ended.adding(days: 2).iso
                dropout.companyNote = "Bedrijf gebeld: herkent het beeld, staat open voor een andere leerling met meer begeleiding."
                dropout.nextStep = [.backToGroupStage, .newPlacement, .alternativeProgramme][index % 3]
                dropout.supportTeamConsulted = dropout.nextStep == .alternativeProgramme
                dropout.nextStepOn = ended.adding(days: 5).iso
            }
            try await dropout.save(on: db)
        }
    }

    /// Former students added per school (their records stay for the aftercare).
    static var formerStudentsPerSchool: Int { leaverNames.count }

    private static let leaverNames = [("Jayden", "Kok"), ("Sanne", "Meijer"), ("Milan", "Bos"), ("Lotte", "Vos"),
                                      ("Thijs", "Peters"), ("Fleur", "Hendriks"), ("Bram", "Dekker"), ("Iris", "Brouwer")]

    /// Four leavers of the last school year (first aftercare year) and four of the year before (second year).
    private func leavers(school: SchoolModel, placements: [PlacementModel], actor: Actor, today: LocalDate) async throws {
        let schoolID = try school.requireID()
        guard let type = placements.first?.student.schoolType else { return }
        let supervisor = try await MembershipModel.query(on: db).filter(\.$school.$id == schoolID).filter(\.$role == .supervisor)
            .with(\.$user).all().min { $0.user.email < $1.user.email }?.$user.id
        let calendar = try await MeldpuntSettingsModel.query(on: db).filter(\.$school.$id == schoolID).first()?.calendar ?? SchoolCalendar()
        let summer = SchoolYear(containing: today).startYear
        let destinations: [OutflowDestination] = [.work, .mboBOL, .dayActivities, .workWithBBL, .shelteredWork, .none, .work, .otherSchool]
        for (index, name) in Self.leaverNames.enumerated() {
            let student = StudentModel()
            student.$school.id = schoolID
            student.apply(StudentInput(studentNumber: "OUD\(school.code.prefix(3))\(index)", firstName: name.0, lastName: name.1,
                                       birthDate: LocalDate(year: summer - 18 - index % 2, month: 1 + index, day: 10)!,
                                       schoolType: type, schoolYearLevel: 5, className: "uitgestroomd", mentorEmail: nil, sectorInterests: [],
                                       needsSupport: false, street: nil, postcode: "1811 AB", city: school.town, email: nil, maxDistanceKm: 10),
                          mentorID: nil)
            try await student.create(on: db)
            let leftOn = LocalDate(year: summer - (index < 4 ? 0 : 1), month: 7, day: 10)!
            let outflow = try await OutflowService.record(
                .init(student: student, leftOn: leftOn, profile: [.work, .learning, .dayActivities, .work][index % 4],
                      destination: destinations[index], note: nil, aftercareRequested: true, schoolChooses: true, supervisor: supervisor),
                calendar: calendar, actor: actor, at: now, on: db)
            // Contacts whose window has passed are done, except one missed; the current one is left open (due).
            // The leaver without work or school finds a job at the third contact and keeps it.
            let contacts = try await AftercareQueries.contacts(outflow: outflow.requireID(), on: db)
            var current = destinations[index]
            for (number, contact) in contacts.enumerated() where contact.window.upperBound < today && !(index == 5 && number == 1) {
                let day = contact.planned < today ? contact.planned : contact.window.lowerBound
                if index == 5 && number == 2 { current = .work }
                try await OutflowService.recordContact(.init(day: day, party: [.formerStudent, .employer, .nextSchool][number % 3],
                                                             minute: current == .none ? "Zit thuis, zoekt werk; doorverwezen naar het jongerenloket."
                                                                                      : "Gaat goed, werkt of leert; wil graag zo doorgaan.",
                                                             destination: current),
                                                       contact: contact, actor: actor, at: now, on: db)
            }
        }
    }

    private func allowances(_ placements: [PlacementModel], school: UUID, actor: Actor) async throws {
        try await AllowanceService.saveNorm(AllowanceNorm(minimumCentsPerMonth: 10000, requiresCostReimbursement: true),
                                            school: school, actor: actor, at: now, on: db)
        let agreed = placements.filter { [.agreement, .active, .completed].contains($0.status) }
        for (index, placement) in agreed.enumerated() where index % 3 != 2 {
            let value = index % 3 == 0
                ? Allowance(amountCents: 25000, unit: .perMonth, source: .cao, costReimbursementCentsPerMonth: 4000)
                : Allowance(amountCents: 350, unit: .perHour, source: .companyPolicy, costReimbursementCentsPerMonth: index % 2 == 0 ? 0 : 2500)
            try await AllowanceService.save(value, note: index % 3 == 0 ? "cao (demo)" : nil, placement: placement, actor: actor, at: now, on: db)
        }
    }
}
