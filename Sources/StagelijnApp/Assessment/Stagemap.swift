import Fluent
import Foundation
import StagelijnCore

/// The stagemap (portfolio, seed 004): every placement of one student across the stage line with its goals, practical
/// assignments, completed assessments, visit reports and confirmed hours. The student and parents read it too, so
/// the staff-only concerns of visit reports are never in it.
struct Stagemap {
    struct Stage {
        let placementID: UUID
        let company: String
        let position: String
        let period: String
        let status: PlacementStatus
        let goals: [(text: String, personal: Bool, latest: Score?)]
        let assessments: [(kind: AssessmentKind, completedOn: LocalDate, groups: [(area: CompetencyArea, items: [(text: String, score: Score?)])], comment: String)]
        let assignments: [AssignmentSummary]
        let visits: [(date: LocalDate, kind: SupervisionKind, progress: String, nextStep: String, goals: [GoalProgress])]
        let confirmedMinutes: Int
    }

    let studentID: UUID
    let student: String
    let schoolName: String
    let stages: [Stage]

    static func load(student: StudentModel, placements: [PlacementModel], schoolName: String, today: LocalDate,
                     on db: any Database) async throws -> Stagemap {
        let ids = placements.compactMap(\.id)
        let goals = GoalService(db: db)
        let assignments = try await AssignmentQueries.forPlacements(ids, on: db)
        let records = ids.isEmpty ? [] : try await SupervisionRecordModel.query(on: db).filter(\.$placement.$id ~~ ids).sort(\.$doneOn).all()
        var stages: [Stage] = []
        for placement in placements.sorted(by: { $0.period.start < $1.period.start }) {
            let id = try placement.requireID()
            let completed = try await AssessmentModel.query(on: db).filter(\.$placement.$id == id).filter(\.$completedOn != nil)
                .sort(\.$dueOn).all()
            var sheets: [Stage.Assessment] = []
            // The goals show the school's score of the latest completed assessment: where the student stands now.
            var latestSchoolScores: [String: Score] = [:]
            for assessment in completed {
                let sheet = try await AssessmentSheet.load(assessment, placement: placement, today: today, on: db)
                let school = sheet.parts[.school]
                latestSchoolScores = school?.scores ?? latestSchoolScores
                sheets.append((sheet.kind, sheet.completedOn ?? sheet.dueOn,
                               sheet.groups.map { group in (group.area, group.items.map { ($0.text, school?.scores[$0.key]) }) },
                               school?.comment ?? ""))
            }
            let entries = try await HoursService.entries(placement: id, on: db)
            stages.append(Stage(
                placementID: id, company: placement.position.company.name, position: placement.position.title,
                period: placement.period.label, status: placement.status,
                goals: try await goals.goals(of: placement).map { ($0.text, $0.kind == .personal, $0.itemKey.flatMap { latestSchoolScores[$0] }) },
                assessments: sheets, assignments: assignments[id] ?? [],
                visits: records.filter { $0.$placement.id == id }.compactMap { record in
                    record.done.map { ($0.on, $0.kind, record.progress, record.nextStep, record.goalProgress) }
                },
                confirmedMinutes: entries.filter { $0.confirmedAt != nil }.reduce(0) { $0 + $1.workedMinutes }))
        }
        return Stagemap(studentID: try student.requireID(), student: student.fullName, schoolName: schoolName, stages: stages)
    }
}

extension Stagemap.Stage {
    typealias Assessment = (kind: AssessmentKind, completedOn: LocalDate, groups: [(area: CompetencyArea, items: [(text: String, score: Score?)])], comment: String)
}
