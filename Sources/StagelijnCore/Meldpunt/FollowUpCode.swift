/// The code a reporter keeps to read the answer — also for anonymous reports, where it is the only key.
/// 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), in groups of four: `K7PM-3QXD-9TWR`,
/// about 59 bits; only its hash is stored, and lookups are rate-limited per address.
public enum FollowUpCode {
    public static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
    public static let length = 12

    public static func make<G: RandomNumberGenerator>(using generator: inout G) -> String {
        let characters = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }
        return stride(from: 0, to: length, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }

    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return make(using: &generator)
    }

    /// What the reporter typed, as the canonical code: upper case, spaces and dashes ignored, o→0-free alphabet
    /// (an O typed for a 0 cannot occur, so it stays wrong rather than guessed). Nil when it cannot be a code.
    public static func normalise(_ typed: String) -> String? {
        guard typed.count <= 40 else { return nil }
        let compact = typed.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        guard compact.count == length, compact.allSatisfy({ alphabet.contains($0) }) else { return nil }
        let characters = Array(compact)
        return stride(from: 0, to: length, by: 4).map { String(characters[$0..<$0 + 4]) }.joined(separator: "-")
    }
}
