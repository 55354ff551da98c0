import Fluent
import Plot
import StagelijnCore
import Vapor

/// The stage line on the home pages: a student or parent sees where they are on the line with a link to it (and a
/// year-2 praktijkonderwijs student the interest test); staff get a link to the overview. `HomeController` calls
/// `prepare` once; the home views call `block`.
enum StageLineHome {
    struct Line {
        let studentID: UUID
        let name: String
        let position: String
        let interestTestOpen: Bool
    }

    struct LinesKey: StorageKey { typealias Value = [Line] }

    static func prepare(_ req: Request) async throws {
        guard let user = req.currentUser, [.student, .parent].contains(user.role), !user.linkedStudentIDs.isEmpty else { return }
        let students = try await StudentModel.query(on: req.db).filter(\.$school.$id == user.schoolID)
            .filter(\.$id ~~ user.linkedStudentIDs).all()
        let service = StageLineService(db: req.db)
        var lines: [Line] = []
        for student in students {
            let id = try student.requireID()
            let programme = try await service.programme(school: user.schoolID, type: student.schoolType)
            let records = try await StageLineStepModel.query(on: req.db).filter(\.$student.$id == id).all().compactMap(\.record)
            let state = TrajectoryState(schoolYear: student.schoolYearLevel, birthDate: student.birth ?? req.today, today: req.today,
                                        records: records, decisions: [], readinessMet: false, groupStageHasRoom: false)
            let testStep = programme.steps.first { $0.kind == .interestTest && $0.inUse }
            let open = testStep.map { step in
                !state.isDone(step.key) && step.conditions.allSatisfy {
                    if case let .minimumYear(year) = $0 { return student.schoolYearLevel >= year }
                    return true
                }
            } ?? false
            lines.append(Line(studentID: id, name: student.firstName,
                              position: StageLineRules.position(programme, state).dutch(in: programme), interestTestOpen: open))
        }
        req.storage[LinesKey.self] = lines
    }

    static func block(_ req: Request) -> Node<HTML.BodyContext> {
        guard let user = req.currentUser else { return .empty }
        if [.coordinator, .supervisor].contains(user.role) {
            return .p(.a(.attr("href", StageLinePath.overview.path), .text("Stagelijn: waar staan de leerlingen? →")), .text(" · "),
                      .a(.attr("href", StageLinePath.groupStage.path), .text("Groepsstage →")))
        }
        guard let lines = req.storage[LinesKey.self], !lines.isEmpty else { return .empty }
        let student = user.role == .student
        return .group(.forEach(lines) { line in
            .div(.class("notice"),
                 .p(.strong(.text(student ? "Jouw stagelijn: " : "Stagelijn van \(line.name): ")), .text(line.position + ". "),
                    .a(.attr("href", StageLinePath.trajectory(line.studentID).path), .text(student ? "Bekijk je stagelijn" : "Bekijk de stagelijn"))),
                 .if(student && line.interestTestOpen,
                     .p(.a(.class("button"), .attr("href", StageLinePath.interestTest.path), .text("Doe de interessetest")))))
        })
    }
}
