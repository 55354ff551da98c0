import Fluent
import Plot
import StagelijnCore
import Vapor

/// Issue 15 on the home pages: open dropouts (coordinator: the school's; mentor: their class's; supervisor: their
/// caseload's) until a next step is recorded, and a supervisor's aftercare contacts that are due now.
/// `HomeController` calls `prepare` once; the home views call `block`.
enum StageEndHome {
    struct Summary {
        var openDropouts: [DropoutModel] = []
        var dueContacts: [AftercareContactModel] = []
        var schoolDueContacts = 0
    }

    struct SummaryKey: StorageKey { typealias Value = Summary }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser, [.coordinator, .mentor, .supervisor].contains(user.role) else { return }
        var summary = Summary()
        let visibility = try user.visibility(.list, .dropout)
        summary.openDropouts = try await DropoutQueries.open(visibility, supervisor: user.role == .supervisor ? user.userID : nil, on: req.db)
        if user.role == .supervisor {
            summary.dueContacts = try await AftercareQueries.due(school: user.schoolID, supervisor: user.userID, today: req.today, on: req.db)
        } else if user.role == .coordinator {
            summary.schoolDueContacts = try await AftercareQueries.dueCount(school: user.schoolID, today: req.today, on: req.db)
        }
        req.storage[SummaryKey.self] = summary
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        guard let summary = req.storage[SummaryKey.self],
              !summary.openDropouts.isEmpty || !summary.dueContacts.isEmpty || summary.schoolDueContacts > 0 else { return .empty }
        return .section(.class("stage-end-home"),
            .if(!summary.openDropouts.isEmpty, .group(
                .h2(.text("Afgebroken stages zonder vervolgstap")),
                .ul(.class("todo"), .forEach(summary.openDropouts) { dropout in
                    .li(.a(.attr("href", StageEndPath.dropout(dropout.id ?? UUID()).path),
                           .text("\(dropout.student.fullName) (\(dropout.student.className)), \(dropout.placement.position.company.name)")),
                        .span(.class("muted"), .text(" — nog: " + dropout.progress.missing.joined(separator: ", "))))
                }))),
            .if(!summary.dueContacts.isEmpty, .group(
                .h2(.text("Nazorg: nu bellen of bezoeken")),
                .ul(.class("todo"), .forEach(summary.dueContacts) { contact in
                    .li(.a(.attr("href", StageEndPath.leaver(contact.$outflow.id).path + "#contact-\(contact.id?.uuidString ?? "")"),
                           .text("\(contact.outflow.student.fullName): \(AftercareLabels.contactName(contact))")),
                        .span(.attr("class", contact.state(today: req.today) == .missed ? "bad" : "muted"),
                              .text(" — " + AftercareLabels.windowText(contact, today: req.today))))
                }))),
            .if(summary.schoolDueContacts > 0, .p(.a(.attr("href", StageEndPath.leavers.path),
                .text(DutchFormat.count(summary.schoolDueContacts, "nazorgcontact staat", "nazorgcontacten staan") + " open bij de begeleiders →")))))
    }
}

enum AftercareLabels {
    static func contactName(_ contact: AftercareContactModel) -> String {
        "nazorg jaar \(contact.year), contact \(contact.number) van \(AftercareSchedule.contactsPerYear)"
    }

    static func windowText(_ contact: AftercareContactModel, today: LocalDate) -> String {
        switch contact.state(today: today) {
        case .done: "gedaan op \(contact.recordedOn.flatMap(LocalDate.init(iso:))?.dutch ?? "")"
        case .missed: "gemist (uiterlijk \(contact.window.upperBound.dutch))"
        case .due: "gepland \(contact.planned.dutch), uiterlijk \(contact.window.upperBound.dutch)"
        case .upcoming: "gepland \(contact.planned.dutch) (\(contact.window.lowerBound.dutch) – \(contact.window.upperBound.dutch))"
        }
    }
}
