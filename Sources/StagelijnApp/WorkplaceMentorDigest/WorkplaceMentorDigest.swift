import Fluent
import Foundation
import StagelijnCore

/// The weekly e-mail per praktijkbegeleider (issue 10): on the school's weekday (default Monday) one message per
/// praktijkbegeleider — one address within one school — naming each student with open weeks and carrying one
/// personal link to all of them (`/uren-overzicht/…`). Nothing is sent when nothing waits; at most one mail a week,
/// kept by a unique row per school, address and week (migration 024). Run by the outbox worker with the app's clock.
enum WorkplaceMentorDigest {
    struct Recipient: Hashable { let school: UUID; let email: String }

    /// Enqueues the mails that are due at `now`; returns how many.
    @discardableResult
    static func runDue(now: Date, on db: any Database) async throws -> Int {
        let today = LocalDate(now)
        let week = today.isoWeekMonday
        let open = try await WorkplaceMentorHours.openDays(on: db).filter { FieldReader.isEmail($0.mentor_email ?? "", maxLength: 200) }
        guard !open.isEmpty else { return 0 }
        let groups = Dictionary(grouping: open) { Recipient(school: $0.school_id, email: $0.mentor_email ?? "") }
        let done = Set(try await WorkplaceMentorDigestModel.query(on: db).filter(\.$week == week.iso).all()
            .map { Recipient(school: $0.$school.id, email: $0.recipientEmail) })
        var weekdays: [UUID: Int] = [:]
        var sent = 0
        for (recipient, days) in groups.sorted(by: { ($0.key.school.uuidString, $0.key.email) < ($1.key.school.uuidString, $1.key.email) })
        where !done.contains(recipient) {
            let weekday: Int
            if let known = weekdays[recipient.school] { weekday = known } else {
                weekday = try await MessageSettingsModel.query(on: db).filter(\.$school.$id == recipient.school).first()?
                    .hoursDigestWeekday ?? WorkplaceMentorDigestRules.defaultWeekday
                weekdays[recipient.school] = weekday
            }
            guard WorkplaceMentorDigestRules.isDue(today: today, weekday: weekday) else { continue }
            do {
                try await db.transaction { tx in try await send(to: recipient, days: days, week: week, at: now, on: tx) }
                sent += 1
            } catch {
                // Another server sent this week's mail first (the unique key refused ours): nothing to do.
                let raced = try await WorkplaceMentorDigestModel.query(on: db).filter(\.$school.$id == recipient.school)
                    .filter(\.$recipientEmail == recipient.email).filter(\.$week == week.iso).count() > 0
                if !raced { throw error }
            }
        }
        return sent
    }

    private static func send(to recipient: Recipient, days: [WorkplaceMentorHours.OpenDay], week: LocalDate, at now: Date,
                             on db: any Database) async throws {
        let perPlacement = Dictionary(grouping: days, by: \.placement_id)
        let students = perPlacement.values.compactMap { days -> WorkplaceMentorDigestMail.Student? in
            guard let first = days.first else { return nil }
            let weeks = WorkplaceMentorDigestRules.openWeeks(days.compactMap { LocalDate(iso: $0.date) })
            return .init(name: first.studentName, openWeeks: weeks.count)
        }.sorted { $0.name < $1.name }
        // Any of their placements says which school the link belongs to; the page looks up the rest by address.
        guard let anchor = perPlacement.keys.min(by: { $0.uuidString < $1.uuidString }), !students.isEmpty,
              let school = try await SchoolModel.find(recipient.school, on: db) else { return }
        let name = days.compactMap(\.mentor_name).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? "praktijkbegeleider"

        let digest = WorkplaceMentorDigestModel()
        digest.$school.id = recipient.school
        digest.recipientEmail = recipient.email
        digest.week = week.iso
        digest.students = students.count
        digest.openWeeks = students.map(\.openWeeks).reduce(0, +)
        try await digest.create(on: db)                                   // first: the unique key guards the week

        try await revokeEarlierLinks(of: recipient, at: now, on: db)
        let link = try await AccessLinks.create(placement: anchor, role: SignatoryRole.company.rawValue, purpose: .confirmHoursDigest,
                                                name: name, email: recipient.email, createdBy: nil, at: now, on: db)
        digest.$accessLink.id = try link.requireID()
        try await digest.save(on: db)
        let mail = WorkplaceMentorDigestMail.compose(mentorName: name, students: students, schoolName: school.name,
                                                     validUntil: LocalDate(link.expiresAt))
        try await Outbox.enqueue(school: recipient.school, to: recipient.email, subject: mail.subject, body: mail.body,
                                 link: link, at: now, on: db)
        try await AuditLog.record(on: db, actor: .system(AgreementAutomation.actorName, schoolID: recipient.school), entity: "hours",
                                  id: try digest.requireID(), action: .create, before: nil as [String: String]?,
                                  after: ["weekbericht aan praktijkbegeleider": name, "e-mail": recipient.email, "week van": week.dutch,
                                          "leerlingen": String(digest.students), "open weken": String(digest.openWeeks)],
                                  at: now)
    }

    /// Last week's link stops working when this week's is made: one working weekly link per praktijkbegeleider.
    private static func revokeEarlierLinks(of recipient: Recipient, at now: Date, on db: any Database) async throws {
        let ids = try await AccessLinkModel.query(on: db)
            .join(PlacementModel.self, on: \AccessLinkModel.$placement.$id == \PlacementModel.$id)
            .filter(PlacementModel.self, \.$school.$id == recipient.school)
            .filter(\.$purpose == AccessLinkModel.Purpose.confirmHoursDigest.rawValue)
            .filter(\.$recipientEmail == recipient.email).filter(\.$revokedAt == nil).all(\.$id)
        guard !ids.isEmpty else { return }
        try await AccessLinkModel.query(on: db).filter(\.$id ~~ ids).set(\.$revokedAt, to: now).update()
    }
}
