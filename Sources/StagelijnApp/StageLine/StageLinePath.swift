import Foundation
import Plot

/// The URLs of the stage line, in one place (like `SitePath`), so routes and links agree.
enum StageLinePath {
    case trajectory(UUID), startStep(UUID), closeStep(student: UUID, step: UUID), decide(UUID)
    case overview, programme(String), interestItems
    case interestTest, interestStart, interestQuestion(Int), interestResult
    case groupStage, groupLocations, groupLocation(UUID), groupPlan, groupSlots, groupSlotEnd(UUID), groupAttendance
    case stylesheet

    var path: String {
        switch self {
        case let .trajectory(id): "/leerlingen/\(id)/stagelijn"
        case let .startStep(id): "/leerlingen/\(id)/stagelijn/stap"
        case let .closeStep(student, step): "/leerlingen/\(student)/stagelijn/stap/\(step)/afronden"
        case let .decide(id): "/leerlingen/\(id)/stagelijn/besluit"
        case .overview: "/stagelijn"
        case let .programme(type): "/stagelijn/programma/\(type)"
        case .interestItems: "/stagelijn/interessetest"
        case .interestTest: "/interessetest"
        case .interestStart: "/interessetest/start"
        case let .interestQuestion(number): "/interessetest/vraag/\(number)"
        case .interestResult: "/interessetest/uitslag"
        case .groupStage: "/groepsstage"
        case .groupLocations: "/groepsstage/locaties"
        case let .groupLocation(id): "/groepsstage/locaties/\(id)"
        case .groupPlan: "/groepsstage/plannen"
        case .groupSlots: "/groepsstage/indeling"
        case let .groupSlotEnd(id): "/groepsstage/indeling/\(id)/stoppen"
        case .groupAttendance: "/groepsstage/aanwezigheid"
        case .stylesheet: "/assets/stagelijn-lijn.css"
        }
    }

    /// The stage line's own styles, linked from its pages (the shared stylesheet stays untouched).
    static func styles<C: HTML.BodyContext>() -> Node<C> {
        .raw("<link rel=\"stylesheet\" href=\"\(StageLinePath.stylesheet.path)\">")
    }
}

enum StageLineStyles {
    static let css = """
    ol.line{list-style:none;margin:12px 0;padding:0 0 0 18px;border-left:4px solid var(--line)}
    ol.line>li{position:relative;margin:0 0 14px;padding-left:10px}
    ol.line>li::before{content:"";position:absolute;left:-29px;top:4px;width:18px;height:18px;border-radius:50%;background:#fff;border:3px solid var(--line)}
    ol.line>li.done::before{background:var(--ok);border-color:var(--ok)}ol.line>li.now::before{background:var(--accent);border-color:var(--accent)}
    ol.line>li.now{font-weight:600}ol.line .when{color:var(--muted);font-weight:normal}
    ul.steps{list-style:none;padding:0;margin:4px 0}ul.steps li{padding:4px 0;font-weight:normal}
    .state{display:inline-block;min-width:6.5em;font-size:.85rem;border-radius:10px;padding:1px 8px;margin-right:6px;background:#eceff3}
    .state.afgerond{background:#e3f1e6}.state.bezig{background:#dfe9f7}.state.gestopt{background:#fbe6e4}
    .where{background:#fff;border:2px solid var(--accent);border-radius:10px;padding:10px 14px;margin:12px 0;font-size:1.1rem}
    ul.checks{list-style:none;padding:0}ul.checks li{padding:2px 0}ul.checks .yes{color:var(--ok)}ul.checks .no{color:var(--bad)}
    .next{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
    .bar{background:#eceff3;border-radius:6px;height:14px;overflow:hidden}.bar span{display:block;height:14px;background:var(--accent)}
    .question{text-align:center;max-width:32rem;margin:0 auto}.question .picture{font-size:5rem;line-height:1.2;margin:8px 0}
    .question .statement{font-size:1.5rem;line-height:1.35;margin:8px 0 18px}
    .answers{display:grid;gap:12px}.answers button{font-size:1.3rem;min-height:64px;border-radius:12px;width:100%}
    .answers button.like{background:var(--ok)}.answers button.unsure{background:#5b6573}.answers button.dislike{background:#8a2d24}
    .progress{color:var(--muted);text-align:center}
    table.grid td,table.grid th{text-align:center;padding:4px}table.grid input{width:3.2em}
    .full{color:var(--bad);font-weight:600}table.grid ul{list-style:none;padding:0;margin:0}
    .phone-label{display:none}@media (max-width:640px){.phone-label{display:inline}}
    """
}

extension StageLineStyles {
    static let extra = """
    .sr-only{position:absolute;left:-9999px}details.decide{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 12px;margin:8px 0}
    details.decide summary{font-weight:600;cursor:pointer;min-height:32px}
    .bar span.w0{width:0%}.bar span.w1{width:10%}.bar span.w2{width:20%}.bar span.w3{width:30%}.bar span.w4{width:40%}.bar span.w5{width:50%}.bar span.w6{width:60%}.bar span.w7{width:70%}.bar span.w8{width:80%}.bar span.w9{width:90%}.bar span.w10{width:100%}
    ul.checks li .bar{max-width:20rem}ul.checks.left{text-align:left}
    """
}
