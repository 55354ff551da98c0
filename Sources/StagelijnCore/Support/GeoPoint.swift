import Foundation

/// A WGS84 coordinate. Used for travel distance between a student's home and a company.
public struct GeoPoint: Hashable, Sendable, Codable {
    public var lat: Double
    public var lon: Double

    public init(lat: Double, lon: Double) {
        self.lat = lat
        self.lon = lon
    }

    public static let earthRadiusKm = 6371.0

    /// Great-circle distance (haversine) in kilometres.
    public func distanceKm(to other: GeoPoint) -> Double {
        let toRadians = Double.pi / 180
        let dLat = (other.lat - lat) * toRadians
        let dLon = (other.lon - lon) * toRadians
        let a = sin(dLat / 2) * sin(dLat / 2)
            + cos(lat * toRadians) * cos(other.lat * toRadians) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * GeoPoint.earthRadiusKm * asin(min(1, sqrt(a)))
    }

    public var isValid: Bool { (-90...90).contains(lat) && (-180...180).contains(lon) }
}
