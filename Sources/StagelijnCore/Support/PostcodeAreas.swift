/// Centres of the four-digit postcode areas of North Holland that Stagelijn knows without a geocoding service.
/// Enough to estimate travel distance when an import has no coordinates; used by the demo data as well.
public enum PostcodeAreas {
    public struct Town: Sendable {
        public let name: String
        public let areas: ClosedRange<Int>
        public let centre: GeoPoint
    }

    public static let towns: [Town] = [
        Town(name: "Alkmaar", areas: 1811...1817, centre: GeoPoint(lat: 52.6324, lon: 4.7534)),
        Town(name: "Heerhugowaard", areas: 1701...1706, centre: GeoPoint(lat: 52.6700, lon: 4.8400)),
        Town(name: "Hoorn", areas: 1621...1628, centre: GeoPoint(lat: 52.6425, lon: 5.0597)),
        Town(name: "Den Helder", areas: 1781...1789, centre: GeoPoint(lat: 52.9563, lon: 4.7601)),
        Town(name: "Purmerend", areas: 1441...1448, centre: GeoPoint(lat: 52.5050, lon: 4.9597)),
        Town(name: "Zaandam", areas: 1501...1509, centre: GeoPoint(lat: 52.4420, lon: 4.8292)),
        Town(name: "Haarlem", areas: 2011...2037, centre: GeoPoint(lat: 52.3874, lon: 4.6462)),
        Town(name: "Beverwijk", areas: 1941...1948, centre: GeoPoint(lat: 52.4833, lon: 4.6567)),
        Town(name: "Heemskerk", areas: 1961...1969, centre: GeoPoint(lat: 52.5108, lon: 4.6715)),
        Town(name: "Castricum", areas: 1901...1902, centre: GeoPoint(lat: 52.5483, lon: 4.6692)),
        Town(name: "Schagen", areas: 1741...1742, centre: GeoPoint(lat: 52.7875, lon: 4.7986)),
        Town(name: "Enkhuizen", areas: 1601...1602, centre: GeoPoint(lat: 52.7040, lon: 5.2942)),
        Town(name: "Medemblik", areas: 1671...1671, centre: GeoPoint(lat: 52.7717, lon: 5.1056)),
        Town(name: "Amsterdam-Noord", areas: 1021...1035, centre: GeoPoint(lat: 52.3885, lon: 4.9200)),
        Town(name: "Hilversum", areas: 1211...1223, centre: GeoPoint(lat: 52.2292, lon: 5.1669)),
        Town(name: "Volendam", areas: 1131...1131, centre: GeoPoint(lat: 52.4950, lon: 5.0708)),
        Town(name: "Edam", areas: 1135...1135, centre: GeoPoint(lat: 52.5133, lon: 5.0483)),
        Town(name: "Uitgeest", areas: 1911...1911, centre: GeoPoint(lat: 52.5292, lon: 4.7094)),
        Town(name: "Broek op Langedijk", areas: 1721...1721, centre: GeoPoint(lat: 52.6733, lon: 4.8000)),
        Town(name: "Bergen", areas: 1861...1862, centre: GeoPoint(lat: 52.6694, lon: 4.7042)),
        Town(name: "IJmuiden", areas: 1971...1976, centre: GeoPoint(lat: 52.4583, lon: 4.6194)),
        Town(name: "Wormerveer", areas: 1521...1521, centre: GeoPoint(lat: 52.4914, lon: 4.7889)),
        Town(name: "Krommenie", areas: 1561...1562, centre: GeoPoint(lat: 52.4997, lon: 4.7631)),
        Town(name: "Hoofddorp", areas: 2131...2136, centre: GeoPoint(lat: 52.3025, lon: 4.6889)),
        Town(name: "Heiloo", areas: 1851...1852, centre: GeoPoint(lat: 52.6000, lon: 4.7000)),
    ]

    /// The centre of the town of a postcode, or nil when the area is not in the table.
    public static func centre(of postcode: String) -> GeoPoint? {
        guard let area = Int(Postcode.area(postcode)) else { return nil }
        return towns.first { $0.areas.contains(area) }?.centre
    }
}
