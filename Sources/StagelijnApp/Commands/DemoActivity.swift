import Fluent
import StagelijnCore
import Vapor

/// What a running demo stage has done so far, so every home page has something real to show: hours written on the
/// stage days (most weeks confirmed by the company, the latest open, one week sent back, one day too long), and
/// visits and contact moments recorded by the supervisor (the most recent one left undone on some stages).
/// Deterministic: the choices follow the position of the placement in the list.
struct DemoActivity {
    let db: any Database
    let today: LocalDate
    let now: Date

    func record(placements: [PlacementModel], school: SchoolModel) async throws {
        // Running and completed stages have a history; one ended early stopped before its records matter here.
        let running = placements.filter { $0.status == .active || $0.status == .completed }
        for (index, placement) in running.enumerated() {
            try await hours(placement, index: index)
            try await supervision(placement, school: school, index: index)
        }
    }

    /// Two stage days a week (Tuesday, Thursday) from the start until yesterday.
    private func hours(_ placement: PlacementModel, index: Int) async throws {
        let placementID = try placement.requireID()
        let lastDay = min(today.adding(days: -1), placement.period.end)
        var day = placement.period.start
        var entries: [HourEntryModel] = []
        while day <= lastDay {
            if day.isoWeekday == 2 || day.isoWeekday == 4 {
                let entry = HourEntryModel()
                entry.$placement.id = placementID
                entry.date = day.iso
                // Every seventh stage works one long day in its latest week: the check flags it (9 hours, no break).
                let long = index % 7 == 3 && day.isoWeekMonday == lastDay.isoWeekMonday
                entry.start = long ? "08:00" : "09:00"
                entry.end = long ? "17:00" : "15:00"
                entry.breakMinutes = long ? 0 : 30
                entry.activities = ["Meegewerkt in de winkel", "Klanten geholpen", "Opgeruimd en schoongemaakt",
                                    "Bestellingen klaargezet", "Gereedschap onderhouden"][(index + day.dayNumber) % 5]
                entry.violations = ""
                let weekAge = lastDay.isoWeekMonday.dayNumber - day.isoWeekMonday.dayNumber
                if weekAge >= 7 && !(index % 5 == 1 && weekAge < 14) {
                    entry.confirmedAt = now.addingTimeInterval(-Double(weekAge - 3) * 86_400)
                    entry.confirmedBy = placement.position.company.contactName ?? "Praktijkbegeleider"
                } else if index % 5 == 1 && weekAge >= 7 {
                    entry.companyComment = "Deze week was de leerling op dinsdag om 14:00 al weg."
                }
                entries.append(entry)
            }
            day = day.adding(days: 1)
        }
        for entry in entries { try await entry.create(on: db) }
        _ = try await HoursService.recheck(placement: placement, on: db)
    }

    /// Visits and contact moments by the plan up to today; every fourth stage misses its latest visit.
    private func supervision(_ placement: PlacementModel, school: SchoolModel, index: Int) async throws {
        let placementID = try placement.requireID()
        let plan = try await SupervisionService.items(for: [placement], school: school, today: today, on: db)[placementID] ?? []
        let past = plan.filter { $0.dueDate <= today }
        let lastVisit = past.last { $0.kind == .visit }
        for item in past where !(index % 4 == 2 && item == lastVisit) {
            let record = SupervisionRecordModel()
            record.$placement.id = placementID
            record.kind = item.kind.rawValue
            record.doneOn = min(item.dueDate.adding(days: 2), today).iso
            record.present = item.kind == .visit ? "leerling, praktijkbegeleider, stagebegeleider" : "leerling, stagebegeleider"
            record.progress = ["Werkt zelfstandiger; vraagt nu zelf om uitleg.", "Komt op tijd en houdt de pauzes aan.",
                               "Werkt netjes, maar nog te langzaam volgens het bedrijf."][(index + past.count) % 3]
            record.concerns = index % 6 == 0 ? "Voelt zich soms niet op zijn gemak bij één collega." : ""
            record.nextStep = "Volgende keer: klantcontact oefenen."
            record.recordedByName = "Stagebegeleider (demo)"
            try await record.create(on: db)
        }
    }
}
