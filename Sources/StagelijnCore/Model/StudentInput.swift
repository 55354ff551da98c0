/// The data of a student as entered in a form or imported from the student administration.
public struct StudentInput: FieldInput, Equatable, Codable {
    public var studentNumber: String
    public var firstName: String
    public var lastName: String
    public var birthDate: LocalDate
    public var schoolType: SchoolType
    public var schoolYearLevel: Int
    public var className: String
    /// E-mail of the mentor's account; the app resolves it to the user.
    public var mentorEmail: String?
    public var sectorInterests: [Sector]
    public var needsSupport: Bool
    public var street: String?
    public var postcode: String
    public var city: String?
    public var email: String?
    public var maxDistanceKm: Int
    /// Certificates the student holds (VCA, hygiënecode …): some positions require them.
    public var certificates: [Certificate]

    public init(studentNumber: String, firstName: String, lastName: String, birthDate: LocalDate, schoolType: SchoolType, schoolYearLevel: Int, className: String, mentorEmail: String?, sectorInterests: [Sector], needsSupport: Bool, street: String?, postcode: String, city: String?, email: String?, maxDistanceKm: Int, certificates: [Certificate] = []) {
        self.studentNumber = studentNumber
        self.firstName = firstName
        self.lastName = lastName
        self.birthDate = birthDate
        self.schoolType = schoolType
        self.schoolYearLevel = schoolYearLevel
        self.className = className
        self.mentorEmail = mentorEmail
        self.sectorInterests = sectorInterests
        self.needsSupport = needsSupport
        self.street = street
        self.postcode = postcode
        self.city = city
        self.email = email
        self.maxDistanceKm = maxDistanceKm
        self.certificates = certificates
    }

    public static let fields: [FieldSpec] = [
        FieldSpec("studentNumber", "leerlingnummer", aliases: ["leerlingnr", "lln", "studentnummer"], required: true),
        FieldSpec("firstName", "voornaam", aliases: ["roepnaam"], required: true),
        FieldSpec("lastNamePrefix", "tussenvoegsel", aliases: ["tussenv.", "voorvoegsel"]),
        FieldSpec("lastName", "achternaam", aliases: ["naam"], required: true),
        FieldSpec("birthDate", "geboortedatum", aliases: ["geb.datum", "geboren"], required: true),
        FieldSpec("schoolType", "schooltype", aliases: ["onderwijstype", "leerweg"], required: true),
        FieldSpec("schoolYearLevel", "leerjaar", required: true),
        FieldSpec("className", "klas", aliases: ["groep", "stamgroep"], required: true),
        FieldSpec("mentorEmail", "mentor", aliases: ["mentor e-mail", "e-mail mentor"]),
        FieldSpec("sectorInterests", "sectoren", aliases: ["interesse", "sectorinteresse"]),
        FieldSpec("needsSupport", "extra ondersteuning", aliases: ["ondersteuning", "zorg"]),
        FieldSpec("street", "adres", aliases: ["straat", "straat en huisnummer"]),
        FieldSpec("postcode", "postcode", required: true),
        FieldSpec("city", "woonplaats", aliases: ["plaats"]),
        FieldSpec("email", "e-mail", aliases: ["email", "e-mailadres"]),
        FieldSpec("maxDistanceKm", "max reisafstand km", aliases: ["max reisafstand", "reisafstand"]),
        FieldSpec("certificates", "certificaten", aliases: ["certificaat", "diploma's"]),
    ]

    /// Default travel distance: within cycling distance (seed 004), generous for rural North Holland.
    public static let defaultMaxDistanceKm = 15

    public static func read(_ values: [String: String], today: LocalDate) -> Result<StudentInput, FieldErrors> {
        var reader = FieldReader(values, fields: fields)
        let studentNumber = reader.text("studentNumber", maxLength: 20)
        let firstName = reader.text("firstName", maxLength: 60)
        var lastName = reader.text("lastName", maxLength: 80)
        if let prefix = values["lastNamePrefix"]?.trimmingCharacters(in: .whitespaces), !prefix.isEmpty {
            lastName = "\(prefix) \(lastName)"
        }
        let birthDate = reader.date("birthDate")
        if let birthDate, !(8...30).contains(birthDate.age(on: today)) {
            reader.fail("birthDate", "Een leerling is tussen 8 en 30 jaar; controleer de geboortedatum \(birthDate.dutch).")
        }
        let schoolType = reader.value("schoolType", as: SchoolType.self, named: "schooltype")
        let level = reader.int("schoolYearLevel", in: 1...6)
        let className = reader.text("className", maxLength: 20)
        let mentorEmail = reader.email("mentorEmail")
        let sectors = reader.list("sectorInterests", of: Sector.self, named: "sector")
        let needsSupport = reader.bool("needsSupport")
        let street = reader.optionalText("street", maxLength: 120)
        let postcode = reader.postcode("postcode")
        let city = reader.optionalText("city", maxLength: 80)
        let email = reader.email("email")
        let maxDistance = reader.int("maxDistanceKm", in: 1...100, default: defaultMaxDistanceKm)
        let certificates = reader.list("certificates", of: Certificate.self, named: "certificaat")
        if let errors = reader.result { return .failure(errors) }
        guard let birthDate, let schoolType, let level, let postcode, let maxDistance else {
            return .failure(FieldErrors([]))
        }
        return .success(StudentInput(
            studentNumber: studentNumber, firstName: firstName, lastName: lastName, birthDate: birthDate,
            schoolType: schoolType, schoolYearLevel: level, className: className, mentorEmail: mentorEmail,
            sectorInterests: sectors, needsSupport: needsSupport, street: street, postcode: postcode,
            city: city, email: email, maxDistanceKm: maxDistance, certificates: certificates))
    }
}

extension StudentInput {
    public var fullName: String { "\(firstName) \(lastName)" }
}
