import Fluent
import Foundation
import SQLKit
import StagelijnCore

/// Removes a student from Stagelijn (AVG art. 17, or the end of the student file's retention) without orphans and
/// without changing the school's figures:
/// 1. a new record without personal data takes the student's place (same school, school type, year and class, the
///    birth year only), and every column that refers to the student — found in the live schema, declared or by
///    name — is pointed at it, so placements, hours and assessments still count;
/// 2. what only serves to reach the person goes: guardians, the accounts' access to this student, the departure;
///    accounts left without any school are closed and stripped of name and e-mail;
/// 3. the name, number, e-mail addresses and id of the student and the guardians' names and addresses are replaced
///    in every text column of every table (agreement texts, signatures, messages, the audit log); the first name on
///    its own in the rows about the student (`StudentTextScrub`);
/// 4. the student's record itself is deleted. One transaction: all or nothing.
enum StudentAnonymiser {
    struct Outcome: Sendable {
        let replacementID: UUID
        let repointed: [String: Int]
    }

    static let placeholder = "verwijderde leerling"

    static func anonymise(_ studentID: UUID, school: UUID, actor: Actor, reason: String, at date: Date,
                          on db: any Database) async throws -> Outcome {
        let schema = try await SchemaIntrospection.read(db)
        return try await db.transaction { tx in
            guard let sql = tx as? any SQLDatabase,
                  let student = try await StudentModel.query(on: tx).filter(\.$id == studentID).filter(\.$school.$id == school).first()
            else { throw PrivacyError.notFound }
            let replacement = StudentModel()
            let replacementID = UUID()
            replacement.id = replacementID
            replacement.$school.id = school
            replacement.studentNumber = "verwijderd-\(replacementID.uuidString.prefix(8).lowercased())"
            replacement.firstName = "Verwijderde"
            replacement.lastName = "leerling"
            replacement.birthDate = "\(student.birthDate.prefix(4))-01-01"
            replacement.schoolType = student.schoolType
            replacement.schoolYearLevel = student.schoolYearLevel
            replacement.className = student.className
            replacement.$mentor.id = student.$mentor.id
            replacement.sectorInterests = student.sectorInterests
            replacement.needsSupport = false
            replacement.postcode = ""
            replacement.maxDistanceKm = student.maxDistanceKm
            replacement.certificates = student.certificates
            replacement.searchText = placeholder
            try await replacement.create(on: tx)

            // What to wipe from free text: the student's and the guardians' names and addresses, and the id.
            let guardians = try await GuardianModel.query(on: tx).filter(\.$student.$id == studentID).all()
            var secrets = [student.fullName, "\(student.lastName), \(student.firstName)", studentID.uuidString,
                           studentID.uuidString.lowercased()]
            secrets += [student.email, student.street].compactMap { $0 }
            secrets += guardians.flatMap { [$0.name, $0.email, $0.phone].compactMap { $0 } }
            if student.studentNumber.count >= 5 { secrets.append(student.studentNumber) }

            // 1. Every reference to the student now points at the replacement.
            var repointed: [String: Int] = [:]
            for reference in schema.studentReferences {
                let rows = try await sql.update(reference.table)
                    .set(SQLIdentifier(reference.column), to: SQLBind(replacementID))
                    .where(SQLIdentifier(reference.column), .equal, SQLBind(studentID))
                    .returning(SQLLiteral.numeric("1")).all()
                if !rows.isEmpty { repointed["\(reference.table).\(reference.column)"] = rows.count }
            }

            // 2. Ways to reach the person.
            try await GuardianModel.query(on: tx).filter(\.$student.$id == replacementID).delete()
            try await StudentDepartureModel.query(on: tx).filter(\.$student.$id == replacementID).delete()
            let memberships = try await MembershipModel.query(on: tx).filter(\.$student.$id == replacementID).all()
            let accounts = Set(memberships.map { $0.$user.id })
            try await MembershipModel.query(on: tx).filter(\.$student.$id == replacementID).delete()
            for account in accounts where try await MembershipModel.query(on: tx).filter(\.$user.$id == account).count() == 0 {
                guard let user = try await UserModel.find(account, on: tx) else { continue }
                secrets += [user.name, user.email]
                user.name = "Verwijderd account"
                user.email = "verwijderd-\(account.uuidString.prefix(8).lowercased())@stagelijn.invalid"
                user.passwordHash = ""
                user.isActive = false
                try await user.save(on: tx)
            }

            // 3. Names, addresses and the id out of every text column.
            let words = Array(Set(secrets.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count >= 3 }))
                .sorted { $0.count > $1.count }
            for (table, columns) in schema.textColumns where SQLIdentifierCheck.isPlain(table) {
                for column in columns where SQLIdentifierCheck.isPlain(column) {
                    for word in words {
                        try await sql.raw("""
                            UPDATE \(ident: table) SET \(ident: column) = REPLACE(\(ident: column), \(bind: word), \(bind: placeholder))
                            WHERE \(ident: column) LIKE \(bind: "%" + Self.escapeLike(word) + "%") ESCAPE '\\'
                            """).run()
                    }
                }
            }

            // 3b. The first name on its own, in the rows about this student only; the audit entries about the
            // student now name the nameless record.
            _ = try await StudentTextScrub.firstName(student.firstName, replacement: replacementID, formerID: studentID,
                                                     placeholder: placeholder, schema: schema, on: sql)
            try await sql.update(AuditEntryModel.schema).set(SQLIdentifier("entity_id"), to: SQLBind(replacementID))
                .where(SQLIdentifier("entity_id"), .equal, SQLBind(studentID)).run()

            // 4. The record itself.
            try await StudentModel.query(on: tx).filter(\.$id == studentID).delete()
            try await AuditLog.record(on: tx, actor: actor, entity: "student", id: replacementID, action: .delete,
                                      before: nil as [String: String]?,
                                      after: ["geanonimiseerd": "ja", "reden": reason,
                                              "verwijzingen": String(repointed.values.reduce(0, +))], at: date)
            return Outcome(replacementID: replacementID, repointed: repointed)
        }
    }

    static func escapeLike(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
