import Foundation

/// Companies, positions, periods and placements of the board generator.
extension BoardGenerator {
    mutating func makeCompanies(count: Int) -> [DemoDataset.Company] {
        var usedNames = Set<String>()
        var result: [DemoDataset.Company] = []
        while result.count < count {
            let town = PostcodeAreas.towns.randomElement(using: &random) ?? PostcodeAreas.towns[0]
            let sector = Sector.allCases.randomElement(using: &random) ?? .green
            let kind = pick(DemoNames.companyKinds(for: sector))
            var name = "\(kind) \(pick(DemoNames.surnames).capitalizedFirst)"
            // A board region has many bakeries called after a family: the second one gets its street's number.
            if usedNames.contains("\(name)|\(town.name)") { name += " \(result.count)" }
            usedNames.insert("\(name)|\(town.name)")
            let recognised = Int.random(in: 0..<100, using: &random) < 70
            let input = CompanyInput(
                name: name, street: "\(pick(DemoNames.streets)) \(Int.random(in: 1...250, using: &random))",
                postcode: postcode(in: town), city: town.name, location: jitter(town.centre, km: 3), sectors: [sector],
                sbbNumber: recognised ? String(Int.random(in: 100_000...999_999, using: &random)) : nil,
                sbbStatus: recognised ? .recognised : .notRecognised, contactName: personName(),
                contactEmail: "stage\(result.count)@\(name.lowercased().filter { $0.isLetter }).demo",
                contactPhone: "072-\(Int.random(in: 5_000_000...5_999_999, using: &random))",
                isDeliveryService: false, notes: nil)
            result.append(.init(id: uuid(), input: input))
        }
        return result
    }

    mutating func makePositions(for companies: [DemoDataset.Company]) -> [DemoDataset.Position] {
        var result: [DemoDataset.Position] = []
        for company in companies {
            for _ in 0..<([1, 1, 2, 2, 2, 3].randomElement(using: &random) ?? 1) {
                let sector = company.input.sectors[0]
                let technical = sector == .constructionAndInfra || sector == .productionTechnology
                let input = PositionInput(
                    companyReference: nil, title: pick(DemoNames.positionTitles(for: sector)), sector: sector,
                    capacity: Int.random(in: 1...3, using: &random), daysPerWeek: Int.random(in: 2...3, using: &random),
                    hoursPerDay: Int.random(in: 5...7, using: &random), minimumAge: technical ? 16 : 14,
                    requiredCertificates: [], description: nil)
                result.append(.init(id: uuid(), companyID: company.id, input: input))
            }
        }
        return result
    }

    /// Autumn (running or done) and spring (ahead) of the current school year, like the demo.
    mutating func makePeriods(for school: DemoDataset.School) -> [DemoDataset.Period] {
        DemoGenerator.periodInputs(today: today).map { .init(id: uuid(), schoolCode: school.code, input: $0) }
    }

    /// Upper years: most have an autumn stage (every status); of the rest, many have one arranged for spring.
    /// Positions are looked up per sector, so a board of 10,000 students is placed in well under a second.
    mutating func makePlacements(students: [DemoDataset.Student], positions: [DemoDataset.Position],
                                 periods: [DemoDataset.Period], featured: Set<UUID>) -> [DemoDataset.Placement] {
        var bySector: [Sector: [Int]] = [:]
        for (index, position) in positions.enumerated() { bySector[position.input.sector, default: []].append(index) }
        let periodsOf = Dictionary(grouping: periods, by: \.schoolCode)
        let capacities = positions.map(\.input.capacity)
        var remaining = Dictionary(uniqueKeysWithValues: periods.map { ($0.id, capacities) })
        let autumnStatuses: [PlacementStatus] = [.active, .active, .active, .active, .agreement, .introduction, .completed, .terminated]
        let springStatuses: [PlacementStatus] = [.proposed, .introduction, .agreement]
        var result: [DemoDataset.Placement] = []
        for student in students where student.input.schoolYearLevel >= 3 {
            guard let schoolPeriods = periodsOf[student.schoolCode], schoolPeriods.count == 2 else { continue }
            let draw = Int.random(in: 0..<100, using: &random)
            let isFeatured = featured.contains(student.id)
            let (period, status): (DemoDataset.Period, PlacementStatus)
            if isFeatured || draw < 65 {
                period = schoolPeriods[0]
                status = isFeatured ? .agreement : autumnStatuses.randomElement(using: &random) ?? .active
            } else if draw < 85 {
                period = schoolPeriods[1]
                status = springStatuses.randomElement(using: &random) ?? .proposed
            } else { continue }
            var chosen: Int?
            for attempt in 0..<12 {
                let sectors = attempt < 8 ? student.input.sectorInterests : Sector.allCases
                guard let sector = sectors.randomElement(using: &random), let list = bySector[sector], !list.isEmpty,
                      let index = list.randomElement(using: &random) else { continue }
                if remaining[period.id, default: []][index] > 0, DemoGenerator.fits(student.input, positions[index].input, on: period.input.startDate) {
                    chosen = index
                    break
                }
            }
            guard let index = chosen else { continue }
            remaining[period.id, default: []][index] -= 1
            result.append(.init(id: uuid(), studentID: student.id, positionID: positions[index].id, periodID: period.id,
                                status: status))
        }
        return result
    }

    // MARK: - Helpers

    mutating func uuid() -> UUID {
        let a = random.next(), b = random.next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i)); bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i)) }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }

    mutating func pick(_ list: [String]) -> String { list.randomElement(using: &random) ?? "" }

    mutating func personName() -> String { "\(pick(DemoNames.firstNames)) \(pick(DemoNames.surnames))" }

    mutating func postcode(in town: PostcodeAreas.Town) -> String {
        let letters = Array("ABCDEGHJKLMNPRSTVWXZ")
        let area = Int.random(in: town.areas, using: &random)
        return "\(area) \(letters.randomElement(using: &random) ?? "A")\(letters.randomElement(using: &random) ?? "B")"
    }

    mutating func jitter(_ point: GeoPoint, km: Double) -> GeoPoint {
        let degreesLat = km / 111.0, degreesLon = km / 68.0
        return GeoPoint(lat: point.lat + Double.random(in: -degreesLat...degreesLat, using: &random),
                        lon: point.lon + Double.random(in: -degreesLon...degreesLon, using: &random))
    }
}
