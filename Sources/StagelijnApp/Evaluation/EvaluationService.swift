import Fluent
import Foundation
import SQLKit
import StagelijnCore
import Vapor

/// Who may open which evaluation, answering one, and the figures without names. A student reaches only their own
/// evaluation, the supervisor only theirs; the coordinator reads every answer of their school. Anything else is
/// "not found" (404), so nobody learns that another school's or student's evaluation exists.
struct EvaluationService {
    let db: any Database

    struct Sheet {
        let evaluation: EvaluationModel
        let placement: PlacementModel
        let items: [EvaluationItem]
        let answers: [String: EvaluationAnswers.Answer]
        var perspective: EvaluationPerspective { evaluation.evaluationPerspective }
    }

    /// The evaluations a user answers themselves (student, supervisor, coordinator), newest first.
    func mine(_ user: CurrentUser) async throws -> [EvaluationModel] {
        guard let query = mineQuery(user) else { return [] }
        return try await query.with(\.$placement) { $0.with(\.$student).with(\.$position) { $0.with(\.$company) } }
            .sort(\.$sentAt, .descending).all()
    }

    /// The user's evaluations still to answer, for the home page: how many, and the one waiting longest (with its
    /// stage's company loaded). Two small queries instead of every evaluation of the school with its stage.
    func openMine(_ user: CurrentUser) async throws -> (count: Int, oldest: EvaluationModel?) {
        guard let query = mineQuery(user) else { return (0, nil) }
        query.filter(\.$answeredAt == nil)
        let count = try await query.copy().count()
        guard count > 0 else { return (0, nil) }
        let oldest = try await query.with(\.$placement) { $0.with(\.$position) { $0.with(\.$company) } }
            .sort(\.$sentAt, .ascending).first()
        return (count, oldest)
    }

    /// The evaluations a user answers: a student their own, a supervisor those of their stages, the coordinator the
    /// school's coordinator evaluations; nil for other roles.
    private func mineQuery(_ user: CurrentUser) -> QueryBuilder<EvaluationModel>? {
        guard user.scope(.list, .evaluation) != .none else { return nil }
        let query = EvaluationModel.query(on: db).filter(\.$school.$id == user.schoolID)
            .join(PlacementModel.self, on: \EvaluationModel.$placement.$id == \PlacementModel.$id)
        switch user.role {
        case .student: query.filter(\.$perspective == EvaluationPerspective.student.rawValue)
            .filter(PlacementModel.self, \.$student.$id ~~ user.linkedStudentIDs)
        case .supervisor: query.filter(\.$perspective == EvaluationPerspective.supervisor.rawValue)
            .filter(PlacementModel.self, \.$supervisorID == user.userID)
        case .coordinator: query.filter(\.$perspective == EvaluationPerspective.coordinator.rawValue)
        default: return nil
        }
        return query
    }

    /// One evaluation the user may see, or 404.
    func sheet(_ id: UUID, for user: CurrentUser) async throws -> Sheet {
        _ = try user.require(.view, .evaluation)
        guard let evaluation = try await EvaluationModel.query(on: db).filter(\.$id == id).filter(\.$school.$id == user.schoolID).first(),
              let placement = try await AgreementAutomation.loadPlacement(evaluation.$placement.id, on: db),
              Self.reaches(user, evaluation, placement)
        else { throw Abort(.notFound, reason: "Deze evaluatie bestaat niet of is niet voor u.") }
        return try await sheet(evaluation, placement: placement)
    }

    func sheet(_ evaluation: EvaluationModel, placement: PlacementModel) async throws -> Sheet {
        guard let bank = try await EvaluationBankModel.find(evaluation.$bank.id, on: db) else { throw Abort(.notFound) }
        let stored = try await EvaluationAnswerModel.query(on: db).filter(\.$evaluation.$id == evaluation.requireID()).all()
        return Sheet(evaluation: evaluation, placement: placement, items: bank.content.items(for: evaluation.evaluationPerspective),
                     answers: Dictionary(stored.map { ($0.itemKey, EvaluationAnswers.Answer(score: $0.score, text: $0.text)) },
                                         uniquingKeysWith: { first, _ in first }))
    }

    static func reaches(_ user: CurrentUser, _ evaluation: EvaluationModel, _ placement: PlacementModel) -> Bool {
        switch user.role {
        case .coordinator: true
        case .student: evaluation.evaluationPerspective == .student && user.linkedStudentIDs.contains(placement.$student.id)
        case .supervisor: evaluation.evaluationPerspective == .supervisor && placement.supervisorID == user.userID
        default: false
        }
    }

    /// Whether this user answers this evaluation (a coordinator reads the others but answers only the coordinator's).
    static func answers(_ user: CurrentUser, _ evaluation: EvaluationModel) -> Bool {
        switch (user.role, evaluation.evaluationPerspective) {
        case (.coordinator, .coordinator), (.student, .student), (.supervisor, .supervisor): true
        default: false
        }
    }

    /// Stores the answers once, audited; a second answer (another tab, another coordinator) is refused.
    func answer(_ sheet: Sheet, values: [String: String], by name: String, actor: Actor, at date: Date) async throws
        -> Result<Void, EvaluationAnswers.Problems> {
        if sheet.evaluation.answeredAt != nil {
            return .failure(.init(byItem: ["": "Deze evaluatie is al ingevuld."]))
        }
        let answers: [String: EvaluationAnswers.Answer]
        switch EvaluationAnswers.read(values, items: sheet.items) {
        case let .failure(problems): return .failure(problems)
        case let .success(read): answers = read
        }
        let id = try sheet.evaluation.requireID()
        let stored = try await db.transaction { tx -> Bool in
            guard try await SQLClaim.setOnce(EvaluationModel.schema, id: id, column: "answered_at", to: date,
                                             alsoSetting: [("answered_by_name", name)], on: tx) else { return false }
            for (key, answer) in answers {
                let model = EvaluationAnswerModel()
                model.$evaluation.id = id
                model.itemKey = key
                model.score = answer.score
                model.text = answer.text
                try await model.create(on: tx)
            }
            try await AuditLog.record(on: tx, actor: actor, entity: "evaluation", id: id, action: .update,
                                      before: ["ingevuld": "nee"], after: ["ingevuld": "ja", "antwoorden": "\(answers.count)"], at: date)
            return true
        }
        return stored ? .success(()) : .failure(.init(byItem: ["": "Deze evaluatie is al ingevuld."]))
    }

    /// The school's answers per item, over every perspective (the core items are the same for all): (count, sum).
    func schoolScores(school: UUID) async throws -> [String: (count: Int, sum: Int)] {
        guard let sql = db as? any SQLDatabase else { return [:] }
        struct Row: Decodable { let item_key: String; let answers: Int; let total: Int }
        let rows = try await sql.select().column(SQLColumn("item_key", table: "a"))
            .column(SQLFunction("COUNT", args: SQLColumn("score", table: "a")), as: "answers")
            // PostgreSQL sums a BIGINT column to NUMERIC, which does not decode as Int: cast it back (SQLite keeps integers).
            .column(SQLRaw("COALESCE(CAST(SUM(a.score) AS BIGINT), 0)"), as: "total")
            .from(SQLAlias(SQLIdentifier(EvaluationAnswerModel.schema), as: SQLIdentifier("a")))
            .join(SQLAlias(SQLIdentifier(EvaluationModel.schema), as: SQLIdentifier("e")), method: SQLJoinMethod.inner,
                  on: SQLColumn("evaluation_id", table: "a"), .equal, SQLColumn("id", table: "e"))
            .where(SQLColumn("school_id", table: "e"), .equal, SQLBind(school))
            .where(SQLColumn("score", table: "a"), .isNot, SQLLiteral.null)
            .groupBy(SQLColumn("item_key", table: "a"))
            .all(decoding: Row.self)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0.item_key, (count: $0.answers, sum: $0.total)) })
    }

    /// Response per period and perspective: (period name, perspective, sent, answered), counted by the database.
    func response(school: UUID) async throws -> [(period: String, perspective: EvaluationPerspective, response: EvaluationFigures.Response)] {
        guard let sql = db as? any SQLDatabase else { return [] }
        struct Row: Decodable { let name: String; let start_date: String; let perspective: String; let sent: Int; let answered: Int }
        let rows = try await sql.select().column(SQLColumn("name", table: "p")).column(SQLColumn("start_date", table: "p"))
            .column(SQLColumn("perspective", table: "e"))
            .column(SQLFunction("COUNT", args: SQLColumn("id", table: "e")), as: "sent")
            .column(SQLFunction("COUNT", args: SQLColumn("answered_at", table: "e")), as: "answered")
            .from(SQLAlias(SQLIdentifier(EvaluationModel.schema), as: SQLIdentifier("e")))
            .join(SQLAlias(SQLIdentifier(PlacementModel.schema), as: SQLIdentifier("pl")), method: SQLJoinMethod.inner,
                  on: SQLColumn("placement_id", table: "e"), .equal, SQLColumn("id", table: "pl"))
            .join(SQLAlias(SQLIdentifier(StagePeriodModel.schema), as: SQLIdentifier("p")), method: SQLJoinMethod.inner,
                  on: SQLColumn("period_id", table: "pl"), .equal, SQLColumn("id", table: "p"))
            .where(SQLColumn("school_id", table: "e"), .equal, SQLBind(school))
            .groupBy(SQLColumn("id", table: "p")).groupBy(SQLColumn("name", table: "p")).groupBy(SQLColumn("start_date", table: "p"))
            .groupBy(SQLColumn("perspective", table: "e"))
            .all(decoding: Row.self)
        return rows.sorted { ($0.start_date, $0.perspective) > ($1.start_date, $1.perspective) }.compactMap { row in
            EvaluationPerspective(rawValue: row.perspective).map {
                (period: row.name, perspective: $0, response: EvaluationFigures.Response(sent: row.sent, answered: row.answered))
            }
        }
    }
}
