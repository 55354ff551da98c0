import Fluent
import Foundation
import StagelijnCore

/// Every write of practical assignments, each in one transaction with its audit entry. The order of the chain
/// (hand in → confirm → assess) and what an edit withdraws are Core rules (`AssignmentProgress`).
enum AssignmentService {
    static let entity = "assignment"
    static let templateEntity = "assignmentTemplate"

    enum Refused: Error { case refused(AssignmentProgress.Refusal) }

    // MARK: library

    static func createTemplate(_ input: AssignmentTemplateInput, school: UUID, actor: Actor, at now: Date,
                               on db: any Database) async throws -> AssignmentTemplateModel {
        try await db.transaction { tx in
            let template = AssignmentTemplateModel()
            template.$school.id = school
            template.archived = false
            template.apply(input)
            try await template.create(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: templateEntity, id: try template.requireID(), action: .create,
                                      before: nil as [String: String]?, after: template.formValues, at: now)
            return template
        }
    }

    static func updateTemplate(_ template: AssignmentTemplateModel, _ input: AssignmentTemplateInput, archived: Bool,
                               actor: Actor, at now: Date, on db: any Database) async throws {
        try await db.transaction { tx in
            var before = template.formValues
            before["niet meer aanbieden"] = template.archived ? "ja" : "nee"
            template.apply(input)
            template.archived = archived
            try await template.save(on: tx)
            var after = template.formValues
            after["niet meer aanbieden"] = archived ? "ja" : "nee"
            try await AuditLog.record(on: tx, actor: actor, entity: templateEntity, id: try template.requireID(), action: .update,
                                      before: before, after: after, at: now)
        }
    }

    // MARK: a placement's assignments

    struct Slot { let template: AssignmentTemplateModel; let part: Int; let due: LocalDate }

    /// Gives the placement a copy of each chosen library assignment with its part and due date.
    static func assign(_ slots: [Slot], to placement: PlacementModel, actor: Actor, at now: Date,
                       on db: any Database) async throws {
        let placementID = try placement.requireID()
        try await db.transaction { tx in
            for slot in slots {
                let assignment = PlacementAssignmentModel()
                assignment.$school.id = placement.$school.id
                assignment.$placement.id = placementID
                assignment.templateID = slot.template.id
                assignment.kind = slot.template.kind
                assignment.title = slot.template.title
                assignment.instructions = slot.template.instructions
                assignment.part = slot.part
                assignment.dueDate = slot.due.iso
                assignment.hasPhoto = false
                try await assignment.create(on: tx)
                try await AuditLog.record(on: tx, actor: actor, entity: entity, id: try assignment.requireID(), action: .create,
                                          before: nil as [String: String]?,
                                          after: ["stage": placementID.uuidString, "titel": slot.template.title,
                                                  "deel": String(slot.part), "inleverdatum": slot.due.dutch], at: now)
            }
        }
    }

    /// Removes an assignment nobody has worked on yet (given by mistake).
    static func remove(_ assignment: PlacementAssignmentModel, actor: Actor, at now: Date, on db: any Database) async throws {
        guard assignment.handedInAt == nil, assignment.assessedAt == nil else { throw Refused.refused(.alreadyAssessed) }
        try await db.transaction { tx in
            try await AuditLog.record(on: tx, actor: actor, entity: entity, id: try assignment.requireID(), action: .delete,
                                      before: ["titel": assignment.title, "inleverdatum": assignment.dueDate],
                                      after: nil as [String: String]?, at: now)
            try await assignment.delete(on: tx)
        }
    }

    /// The student's hand-in, with an optional photo that replaces an earlier one. Returns whether the company's
    /// confirmation was withdrawn (the page says so).
    static func handIn(_ assignment: PlacementAssignmentModel, text: String, photo: (type: PhotoType, data: Data)?,
                       actor: Actor, at now: Date, on db: any Database) async throws -> Bool {
        if let refusal = assignment.progress.handInRefusal { throw Refused.refused(refusal) }
        let assignmentID = try assignment.requireID()
        let (progress, withdrew) = assignment.progress.handingIn(at: now)
        return try await db.transaction { tx in
            if let photo {
                try await AssignmentPhotoModel.query(on: tx).filter(\.$assignment.$id == assignmentID).delete()
                let stored = AssignmentPhotoModel()
                stored.$assignment.id = assignmentID
                stored.contentType = photo.type.contentType
                stored.bytes = photo.data
                stored.size = photo.data.count
                stored.uploadedAt = now
                try await stored.create(on: tx)
                assignment.hasPhoto = true
            }
            let before = ["tekst": assignment.handInText ?? "", "bevestigd": assignment.confirmedBy ?? ""]
            assignment.handInText = text
            assignment.handedInAt = progress.handedInAt
            assignment.confirmedAt = nil
            assignment.confirmedBy = nil
            assignment.companyComment = nil
            try await assignment.save(on: tx)
            var after = ["tekst": text, "bevestigd": ""]
            if let photo { after["foto"] = "\(photo.type.contentType), \(photo.data.count) bytes" }
            try await AuditLog.record(on: tx, actor: actor, entity: entity, id: assignmentID, action: .update,
                                      before: before, after: after, at: now)
            return withdrew
        }
    }

    /// The praktijkbegeleider confirms the work was done at the workplace.
    static func confirm(_ assignment: PlacementAssignmentModel, by name: String, comment: String, actor: Actor, at now: Date,
                        on db: any Database) async throws {
        if let refusal = assignment.progress.confirmRefusal { throw Refused.refused(refusal) }
        try await db.transaction { tx in
            assignment.confirmedAt = now
            assignment.confirmedBy = name
            assignment.companyComment = comment.isEmpty ? nil : comment
            try await assignment.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: entity, id: try assignment.requireID(), action: .update,
                                      before: ["bevestigd": ""], after: ["bevestigd": name, "opmerking bedrijf": comment], at: now)
        }
    }

    /// The supervisor's assessment closes the assignment.
    static func assess(_ assignment: PlacementAssignmentModel, _ input: AssignmentAssessmentInput, by name: String, actor: Actor,
                       at now: Date, on db: any Database) async throws {
        if let refusal = assignment.progress.assessRefusal { throw Refused.refused(refusal) }
        try await db.transaction { tx in
            assignment.score = input.score.rawValue
            assignment.assessmentComment = input.comment
            assignment.assessedAt = now
            assignment.assessedBy = name
            try await assignment.save(on: tx)
            try await AuditLog.record(on: tx, actor: actor, entity: entity, id: try assignment.requireID(), action: .update,
                                      before: ["beoordeling": ""],
                                      after: ["beoordeling": input.score.dutch, "toelichting": input.comment], at: now)
        }
    }

    /// The photo of an assignment (only after the caller has checked the assignment may be seen).
    static func photo(of assignmentID: UUID, on db: any Database) async throws -> AssignmentPhotoModel? {
        try await AssignmentPhotoModel.query(on: db).filter(\.$assignment.$id == assignmentID).first()
    }
}
