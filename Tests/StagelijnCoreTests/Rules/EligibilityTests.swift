import Testing
@testable import StagelijnCore

@Suite("Placement eligibility and readiness")
struct EligibilityTests {
    static let start = d("2026-09-01")
    static let alkmaar = GeoPoint(lat: 52.6324, lon: 4.7534)
    static let heiloo = GeoPoint(lat: 52.6000, lon: 4.7000)       // about 5 km from Alkmaar
    static let amsterdam = GeoPoint(lat: 52.3676, lon: 4.9041)    // about 32 km

    static let student = EligibilityStudent(birthDate: d("2011-09-01"), schoolType: .praktijkonderwijs, location: alkmaar,
                                            maxDistanceKm: 10, certificates: ["vca-basis"])
    static let position = EligibilityPosition(companyID: "c1", location: heiloo, minimumAge: 15,
                                              requiredCertificates: ["vca-basis"], companySBBStatus: .notRecognised)

    func codes(_ student: EligibilityStudent = student, _ position: EligibilityPosition = position,
               policy: SchoolPlacementPolicy = .init()) -> [String] {
        PlacementEligibility.reasons(student, position, on: Self.start, policy: policy).map(\.code)
    }

    @Test func eligibleWhenEveryRuleHolds() {
        #expect(codes().isEmpty)
    }

    @Test func minimumAgeOnTheStartDateWithTheBirthdayCounting() {
        var young = Self.student
        young.birthDate = d("2011-09-02")   // 14 on the start date, 15 a day later
        #expect(codes(young) == ["minimumAge"])
        #expect(PlacementEligibility.reasons(young, Self.position, on: Self.start).first?.dutchMessage
                == "De leerling is op de begindatum 14 jaar; deze plek vraagt minstens 15 jaar.")
    }

    @Test func requiredCertificatesSuchAsVCA() {
        var without = Self.student
        without.certificates = []
        #expect(codes(without) == ["requiredCertificates"])
        #expect(PlacementEligibility.reasons(without, Self.position, on: Self.start).first?.dutchMessage
                == "De leerling mist het certificaat VCA Basis.")
    }

    @Test func sbbRecognitionOnlyForLwtEntreeAndMbo() {
        var lwt = Self.student
        lwt.schoolType = .leerWerkTraject
        #expect(codes(lwt) == ["sbbRecognition"])
        var recognised = Self.position
        recognised.companySBBStatus = .recognised
        #expect(codes(lwt, recognised).isEmpty)
        lwt.schoolType = .mbo
        #expect(codes(lwt) == ["sbbRecognition"])
    }

    @Test(arguments: CompanyExclusion.allCases)
    func excludedCompanies(reason: CompanyExclusion) {
        var excluded = Self.student
        excluded.excludedCompanies = ["c1": reason]
        #expect(codes(excluded) == ["excludedCompany"])
        #expect(codes(excluded, EligibilityPosition(companyID: "c2", location: Self.heiloo)).isEmpty)
    }

    @Test func deliveryServicesAreConfigurablePerSchool() {
        var delivery = Self.position
        delivery.isDeliveryService = true
        #expect(codes(Self.student, delivery) == ["deliveryService"])
        #expect(codes(Self.student, delivery, policy: .init(excludeDeliveryServices: false)).isEmpty)
    }

    @Test func distanceAboveTheStudentsMaximum() {
        var far = Self.position
        far.location = Self.amsterdam
        #expect(codes(Self.student, far) == ["distance"])
        #expect(PlacementEligibility.reasons(Self.student, far, on: Self.start).first?.dutchMessage.hasPrefix("Het bedrijf ligt 3") == true)
        var traveller = Self.student
        traveller.maxDistanceKm = 40
        #expect(codes(traveller, far).isEmpty)
    }

    @Test func everyReasonIsListed() {
        let nobody = EligibilityStudent(birthDate: d("2013-01-01"), schoolType: .mbo, location: Self.alkmaar, maxDistanceKm: 1,
                                        excludedCompanies: ["c1": .familyMember])
        var delivery = Self.position
        delivery.isDeliveryService = true
        #expect(codes(nobody, delivery) == ["minimumAge", "requiredCertificates", "sbbRecognition", "excludedCompany",
                                            "deliveryService", "distance"])
    }

    @Test func readinessNeedsEveryCriterionAndTheLatestDecisionCounts() {
        let birth = d("2011-09-01")
        let yes = ReadinessCriterion.judged.map { ReadinessDecision(criterion: $0, met: true, decidedBy: "mentor", decidedOn: d("2026-06-01")) }
        #expect(Readiness.isReady(birthDate: birth, decisions: yes, on: d("2026-06-02")))
        #expect(!Readiness.isReady(birthDate: d("2012-07-01"), decisions: yes, on: d("2026-06-02")))   // 13
        #expect(!Readiness.isReady(birthDate: birth, decisions: Array(yes.dropLast()), on: d("2026-06-02")))
        let revoked = yes + [ReadinessDecision(criterion: .workAttitude, met: false, decidedBy: "docent", decidedOn: d("2026-06-01"))]
        #expect(!Readiness.isReady(birthDate: birth, decisions: revoked, on: d("2026-06-02")))
        let list = Readiness.checklist(birthDate: birth, decisions: revoked, on: d("2026-06-02"))
        #expect(list.first { $0.criterion == .workAttitude }?.decision?.decidedBy == "docent")
    }
}

@Suite("Stage-hour limits: pro 50 % / 80 %, Entree 650 hours")
struct StageHourLimitTests {
    static func weeks(_ count: Int, from monday: String, instruction: Double, stage: Double) -> [WeekPlan] {
        (0..<count).map { WeekPlan(monday: d(monday).adding(days: 7 * $0), instructionHours: instruction, stageHours: stage) }
    }

    @Test func theCourseAverageMayBeFiftyPercent() {
        let birth = d("2012-01-01")
        #expect(ProStageHourLimit.warnings(birthDate: birth, weeks: Self.weeks(10, from: "2026-09-07", instruction: 26, stage: 13)).isEmpty)
        let over = Self.weeks(10, from: "2026-09-07", instruction: 26, stage: 13) + [WeekPlan(monday: d("2026-11-16"), instructionHours: 26, stageHours: 14)]
        #expect(ProStageHourLimit.warnings(birthDate: birth, weeks: over).count == 1)
    }

    @Test func partialCompulsorySchoolAgeIsTheSchoolYearAfterTurning16() {
        // Turns 16 on 1 March 2026 (school year 2025–26): partially compulsory from 1 August 2026 to 31 July 2027.
        let birth = d("2010-03-01")
        #expect(!ProStageHourLimit.isPartiallyCompulsory(birthDate: birth, on: d("2026-07-31")))
        #expect(ProStageHourLimit.isPartiallyCompulsory(birthDate: birth, on: d("2026-08-01")))
        #expect(ProStageHourLimit.isPartiallyCompulsory(birthDate: birth, on: d("2027-07-31")))
        #expect(!ProStageHourLimit.isPartiallyCompulsory(birthDate: birth, on: d("2027-08-01")))
    }

    @Test func whilePartiallyCompulsoryEachWeekAtMost80Percent() {
        let birth = d("2010-03-01")
        let weeks = [WeekPlan(monday: d("2026-09-07"), instructionHours: 25, stageHours: 20),
                     WeekPlan(monday: d("2026-09-14"), instructionHours: 25, stageHours: 21),
                     WeekPlan(monday: d("2026-09-21"), instructionHours: 25, stageHours: 0),
                     WeekPlan(monday: d("2026-09-28"), instructionHours: 25, stageHours: 0)]
        let warnings = ProStageHourLimit.warnings(birthDate: birth, weeks: weeks)
        #expect(warnings == [.partialCompulsoryWeek(monday: d("2026-09-14"), stageHours: 21, instructionHours: 25)])
        #expect(warnings.first?.dutchMessage.contains("84 %") == true)
        // A year younger: not partially compulsory yet, so the same weeks only count towards the course average.
        #expect(ProStageHourLimit.warnings(birthDate: d("2011-03-01"), weeks: weeks).isEmpty)
    }

    @Test func entreeProjectsTheCurrentPace() {
        // 20 weeks; after 10 weeks 300 hours done → 30 h/week → 600 projected: 50 short, 35 h/week needed.
        let progress = EntreeHourTarget.progress(doneHours: 300, start: d("2026-09-07"), end: d("2027-01-24"), today: d("2026-11-15"))
        #expect(progress.weeksElapsed == 10 && progress.weeksRemaining == 10)
        #expect(progress.projectedHours == 600)
        #expect(!progress.isOnTrack)
        #expect(progress.neededPerRemainingWeek == 35)
        #expect(progress.dutchSummary == "300 uur van 650 uur stage-uren gemaakt; in dit tempo (30 uur per week) wordt het 600 uur, 50 uur te weinig; nodig is 35 uur per week.")
        let fast = EntreeHourTarget.progress(doneHours: 330, start: d("2026-09-07"), end: d("2027-01-24"), today: d("2026-11-15"))
        #expect(fast.isOnTrack)
    }
}
