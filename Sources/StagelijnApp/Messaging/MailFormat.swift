import Foundation
import StagelijnCore

/// Builds an RFC 5322 message for sendmail `-t`, which reads the recipients from the headers. Nothing from data is
/// ever concatenated raw into a header: addresses must pass the project's e-mail rule (no CR/LF, spaces or
/// separators, so one address per header), and subjects are RFC 2047 encoded-words, which cannot contain a line
/// break. A name like `Jan\r\nBcc: attacker@…` therefore stays text inside the subject.
enum MailFormat {
    struct InvalidAddress: Error, CustomStringConvertible {
        let field: String
        var description: String { "Ongeldig e-mailadres in \(field); het bericht is niet verstuurd." }
    }

    static func message(from: String, to: String, subject: String, body: String) throws -> String {
        guard FieldReader.isEmail(from) else { throw InvalidAddress(field: "From") }
        guard FieldReader.isEmail(to) else { throw InvalidAddress(field: "To") }
        let text = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        return "From: \(from)\r\nTo: \(to)\r\nSubject: \(encodedHeader(subject))\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text
    }

    /// RFC 2047: plain printable ASCII stays as it is; anything else becomes `=?UTF-8?B?…?=` words of at most
    /// 75 characters, folded onto continuation lines. Control characters become spaces first.
    static func encodedHeader(_ value: String) -> String {
        let cleaned = String(String.UnicodeScalarView(value.unicodeScalars.map { InputText.isControl($0) ? " " : $0 }))
        let plain = cleaned.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
        if plain && cleaned.count <= 900 && !cleaned.contains("=?") { return cleaned }
        // 45 bytes of UTF-8 per word → 60 base64 characters + 12 for `=?UTF-8?B?` and `?=` = 72 ≤ 75.
        var words: [String] = []
        var chunk = Data()
        for character in cleaned {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }
}
