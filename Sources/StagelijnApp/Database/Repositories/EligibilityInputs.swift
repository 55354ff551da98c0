import Fluent
import Foundation
import StagelijnCore

/// Turns stored students and positions into the values the rules engine judges, so the placement form, the
/// matching pages and the CLI all use `PlacementEligibility`.
enum EligibilityInputs {
    /// Companies where the student had a stage before (running, finished or broken off): not twice at the same company.
    static func earlierCompanies(student: UUID, excludingPeriod period: UUID?, on db: any Database) async throws -> Set<UUID> {
        let earlier = try await PlacementModel.query(on: db).filter(\.$student.$id == student)
            .filter(\.$status ~~ [.active, .completed, .terminated])
            .with(\.$position).all()
        return Set(earlier.filter { $0.$period.id != period }.map { $0.position.$company.id })
    }

    static func student(_ model: StudentModel, earlierCompanies: Set<UUID>) -> EligibilityStudent? {
        guard let birth = model.birth else { return nil }
        return EligibilityStudent(
            birthDate: birth, schoolType: model.schoolType,
            location: model.lat.flatMap { lat in model.lon.map { GeoPoint(lat: lat, lon: $0) } },
            maxDistanceKm: Double(model.maxDistanceKm), certificates: Set(model.certificateList.map(\.rawValue)),
            excludedCompanies: Dictionary(earlierCompanies.map { ($0.uuidString, CompanyExclusion.earlierStage) },
                                          uniquingKeysWith: { a, _ in a }))
    }

    /// `position.company` must be eager-loaded.
    static func position(_ model: PositionModel) -> EligibilityPosition {
        let company = model.company
        return EligibilityPosition(
            companyID: company.id?.uuidString ?? "", location: company.lat.flatMap { lat in company.lon.map { GeoPoint(lat: lat, lon: $0) } },
            minimumAge: model.minimumAge, requiredCertificates: Set(model.requiredCertificates.split(separator: ",").map(String.init)),
            companySBBStatus: company.sbbStatus, isDeliveryService: company.isDeliveryService)
    }
}
