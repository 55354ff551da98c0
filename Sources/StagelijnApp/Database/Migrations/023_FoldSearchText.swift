import Fluent
import StagelijnCore

/// Issue 10: search ignores accents ("zoe" finds "Zoë"). Stored search texts are folded the same way as the search
/// words (`SearchText`); this rewrites the texts stored before. Revert keeps them: folded text still finds everything
/// the old lower-case text found.
struct FoldSearchText: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for student in try await StudentModel.query(on: database).all() {
            student.searchText = SearchText.of([student.firstName, student.lastName, student.studentNumber, student.className,
                                                student.city ?? ""])
            try await student.save(on: database)
        }
        for company in try await CompanyModel.query(on: database).all() {
            company.searchText = SearchText.of([company.name, company.city, company.postcode, company.sbbNumber ?? "",
                                                company.contactName ?? ""])
            try await company.save(on: database)
        }
    }

    func revert(on database: any Database) async throws {}
}
