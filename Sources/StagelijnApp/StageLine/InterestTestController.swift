import Fluent
import StagelijnCore
import Vapor

/// The interest test for a student on a phone: one statement per page with three big buttons, no JavaScript. Only
/// a student does their own test; the result feeds their sector interests.
struct InterestTestController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("interessetest", use: intro)
        routes.post("interessetest", "start", use: start)
        routes.get("interessetest", "vraag", ":n", use: question)
        routes.post("interessetest", "vraag", ":n", use: answer)
        routes.get("interessetest", "uitslag", use: result)
    }

    private func student(_ req: Request) async throws -> (CurrentUser, StudentModel) {
        let user = try req.user()
        guard user.role == .student else {
            throw Abort(.forbidden, reason: "De interessetest doet een leerling zelf, met zijn of haar eigen account.")
        }
        guard let id = user.linkedStudentIDs.first,
              let student = try await req.students.find(id, try user.visibility(.update, .interestTest))
        else { throw Abort(.notFound) }
        return (user, student)
    }

    func intro(req: Request) async throws -> Response {
        let (_, student) = try await student(req)
        let items = try await InterestTestService(db: req.db).items(school: student.$school.id)
        let last = try await InterestTestModel.query(on: req.db).filter(\.$student.$id == student.requireID())
            .filter(\.$finishedAt != nil).sort(\.$finishedAt, .descending).first()
        return InterestTestPages.intro(req, count: items.count, last: last)
    }

    func start(req: Request) async throws -> Response {
        let (user, student) = try await student(req)
        let service = InterestTestService(db: req.db)
        let test = try await service.openTest(for: student, actor: user.actor, at: req.now)
        let items = try await service.items(school: student.$school.id)
        let answers = try await service.answers(test)
        let first = (items.firstIndex { answers[$0.key] == nil } ?? 0) + 1
        return req.redirect(to: StageLinePath.interestQuestion(first).path, redirectType: .normal)
    }

    func question(req: Request) async throws -> Response {
        let (user, student) = try await student(req)
        let service = InterestTestService(db: req.db)
        let items = try await service.items(school: student.$school.id)
        guard let n = req.parameters.get("n", as: Int.self), items.indices.contains(n - 1) else { throw Abort(.notFound) }
        let test = try await service.openTest(for: student, actor: user.actor, at: req.now)
        return InterestTestPages.question(req, item: items[n - 1], number: n, total: items.count,
                                          given: try await service.answers(test)[items[n - 1].key])
    }

    func answer(req: Request) async throws -> Response {
        let (user, student) = try await student(req)
        let service = InterestTestService(db: req.db)
        let items = try await service.items(school: student.$school.id)
        guard let n = req.parameters.get("n", as: Int.self), items.indices.contains(n - 1) else { throw Abort(.notFound) }
        guard let answer = try req.formValues()["answer"].flatMap(InterestAnswer.init(rawValue:)) else {
            return InterestTestPages.question(req, item: items[n - 1], number: n, total: items.count, given: nil,
                                              problem: "Kies een van de drie knoppen.", status: .badRequest)
        }
        let test = try await service.openTest(for: student, actor: user.actor, at: req.now)
        try await service.answer(test, item: items[n - 1].key, answer, actor: user.actor, at: req.now)
        let answers = try await service.answers(test)
        if let next = items.indices.first(where: { $0 >= n && answers[items[$0].key] == nil })
            ?? items.indices.first(where: { answers[items[$0].key] == nil }) {
            return req.redirect(to: StageLinePath.interestQuestion(next + 1).path, redirectType: .normal)
        }
        _ = try await service.finish(test, student: student, actor: user.actor, today: req.today, at: req.now)
        return req.redirect(to: StageLinePath.interestResult.path, redirectType: .normal)
    }

    func result(req: Request) async throws -> Response {
        let (_, student) = try await student(req)
        guard let test = try await InterestTestModel.query(on: req.db).filter(\.$student.$id == student.requireID())
            .filter(\.$finishedAt != nil).sort(\.$finishedAt, .descending).first()
        else { return req.redirect(to: StageLinePath.interestTest.path, redirectType: .normal) }
        return InterestTestPages.result(req, test: test, student: student)
    }
}
