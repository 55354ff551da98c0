/// "1 bezoek", "3 bezoeken": a number with the right singular or plural, never "bezoek(en)". The one place that
/// chooses; pages, messages and the supervision summary all call it.
public enum DutchPlural {
    public static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) \(number == 1 ? singular : plural)"
    }
}
