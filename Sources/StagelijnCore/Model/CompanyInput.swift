/// A company (stagegever / leerbedrijf) as entered or imported. Companies are shared by the schools of one board.
public struct CompanyInput: FieldInput, Equatable, Codable {
    public var name: String
    public var street: String
    public var postcode: String
    public var city: String
    public var location: GeoPoint?
    public var sectors: [Sector]
    public var sbbNumber: String?
    public var sbbStatus: SBBStatus
    public var contactName: String?
    public var contactEmail: String?
    public var contactPhone: String?
    public var isDeliveryService: Bool
    public var notes: String?

    public init(name: String, street: String, postcode: String, city: String, location: GeoPoint?, sectors: [Sector], sbbNumber: String?, sbbStatus: SBBStatus, contactName: String?, contactEmail: String?, contactPhone: String?, isDeliveryService: Bool, notes: String?) {
        self.name = name
        self.street = street
        self.postcode = postcode
        self.city = city
        self.location = location
        self.sectors = sectors
        self.sbbNumber = sbbNumber
        self.sbbStatus = sbbStatus
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.isDeliveryService = isDeliveryService
        self.notes = notes
    }

    public static let fields: [FieldSpec] = [
        FieldSpec("name", "naam", aliases: ["bedrijfsnaam", "bedrijf"], required: true),
        FieldSpec("street", "adres", aliases: ["straat", "straat en huisnummer"], required: true),
        FieldSpec("postcode", "postcode", required: true),
        FieldSpec("city", "plaats", aliases: ["vestigingsplaats", "woonplaats"], required: true),
        FieldSpec("lat", "breedtegraad", aliases: ["latitude", "lat"]),
        FieldSpec("lon", "lengtegraad", aliases: ["longitude", "lon", "lng"]),
        FieldSpec("sectors", "sectoren", aliases: ["sector"], required: true),
        FieldSpec("sbbNumber", "sbb-nummer", aliases: ["sbb nummer", "sbbnummer", "leerbedrijf-id"]),
        FieldSpec("sbbStatus", "sbb-erkenning", aliases: ["erkenning", "sbb status", "erkend"]),
        FieldSpec("contactName", "contactpersoon", aliases: ["contact"]),
        FieldSpec("contactEmail", "e-mail", aliases: ["email", "e-mailadres"]),
        FieldSpec("contactPhone", "telefoon", aliases: ["telefoonnummer", "tel"]),
        FieldSpec("isDeliveryService", "bezorgdienst", aliases: ["bezorging"]),
        FieldSpec("notes", "notities", aliases: ["opmerkingen"]),
    ]

    public static func read(_ values: [String: String], today: LocalDate) -> Result<CompanyInput, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        let name = reader.text("name", maxLength: 120)
        let street = reader.text("street", maxLength: 120)
        let postcode = reader.postcode("postcode")
        let city = reader.text("city", maxLength: 80)
        let lat = reader.double("lat", in: 50.5...53.7)
        let lon = reader.double("lon", in: 3.2...7.3)
        if (lat == nil) != (lon == nil) && reader.errors.isEmpty {
            reader.fail(lat == nil ? "lat" : "lon", "Vul breedte- én lengtegraad in, of geen van beide.")
        }
        let sectors = reader.list("sectors", of: Sector.self, named: "sector")
        let sbbNumber = reader.optionalText("sbbNumber", maxLength: 20)
        let sbbStatus = reader.value("sbbStatus", as: SBBStatus.self, named: "SBB-erkenning")
            ?? (sbbNumber == nil ? .notRecognised : .recognised)
        if sbbStatus == .recognised && sbbNumber == nil {
            reader.fail("sbbNumber", "Een erkend leerbedrijf heeft een SBB-nummer.")
        }
        let contactName = reader.optionalText("contactName", maxLength: 120)
        let contactEmail = reader.email("contactEmail")
        let contactPhone = reader.optionalText("contactPhone", maxLength: 30)
        let isDeliveryService = reader.bool("isDeliveryService")
        let notes = reader.optionalMultiLineText("%s", maxLength: 2000)
        if let errors = reader.result { return .failure(errors) }
        guard let postcode else { return .failure(FieldErrors([])) }
        let location = lat.flatMap { lat in lon.map { GeoPoint(lat: lat, lon: $0) } }
            ?? PostcodeAreas.centre(of: postcode)
        return .success(CompanyInput(
            name: name, street: street, postcode: postcode, city: city, location: location, sectors: sectors,
            sbbNumber: sbbNumber, sbbStatus: sbbStatus, contactName: contactName, contactEmail: contactEmail,
            contactPhone: contactPhone, isDeliveryService: isDeliveryService, notes: notes))
    }
}
