import Fluent
import StagelijnCore

/// The one place the quality dashboard asks for outflow figures (placement rate, still placed after 1 and 2 years,
/// school dropouts): the stage-end part (issue 15) keeps the uitstroommonitor. Returns nil while that part offers no
/// read function, and the dashboard then shows "nog niet beschikbaar" for these requirements.
enum QualityOutflowSource {
    struct Figures {
        var ratios: [QualityIndicator: QualityRatio]
        var leavers: Int
        var dropouts: Int?
    }

    static func load(school: UUID, schoolYear: String, today: LocalDate, on db: any Database) async throws -> Figures? {
        nil
    }
}
