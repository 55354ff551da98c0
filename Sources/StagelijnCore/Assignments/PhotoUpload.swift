import Foundation

/// A photo a student hands in with an assignment. The type is decided by the file's first bytes, never by the name
/// or the content type the browser sent (both are the sender's claim); only formats every browser shows inline are
/// accepted, so the photo can be served back with a fixed, strict content type.
public enum PhotoType: String, CaseIterable, Sendable {
    case jpeg = "image/jpeg"
    case png = "image/png"
    case webp = "image/webp"

    public var contentType: String { rawValue }

    /// Reads the magic bytes: JPEG `FF D8 FF`, PNG `89 50 4E 47 0D 0A 1A 0A`, WebP `RIFF....WEBP`.
    public init?(magic bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(12))
        if head.count >= 3, head[0] == 0xFF, head[1] == 0xD8, head[2] == 0xFF {
            self = .jpeg
        } else if head.count >= 8, head[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] {
            self = .png
        } else if head.count >= 12, head[0..<4] == Array("RIFF".utf8)[...], head[8..<12] == Array("WEBP".utf8)[...] {
            self = .webp
        } else {
            return nil
        }
    }
}

public enum PhotoUpload {
    /// 5 MB: a phone photo fits; the database (which keeps the photo, since app servers are stateless) stays small.
    public static let maxBytes = 5 * 1024 * 1024

    public enum Problem: Error, Equatable, Sendable {
        case empty, tooLarge(bytes: Int), notAPhoto

        public var dutchMessage: String {
            switch self {
            case .empty: "Het gekozen bestand is leeg. Kies de foto opnieuw."
            case let .tooLarge(bytes):
                "De foto is te groot (\(megabytes(bytes)) MB); het mag hoogstens 5 MB zijn. Maak de foto kleiner of kies een andere."
            case .notAPhoto: "Dit bestand is geen foto die we kunnen tonen. Kies een JPG-, PNG- of WebP-foto."
            }
        }
    }

    /// Checks a file's size and real type; `declaredType` (what the browser said) must agree when it names an image.
    public static func check(_ data: Data, declaredType: String?) -> Result<PhotoType, Problem> {
        guard !data.isEmpty else { return .failure(.empty) }
        guard data.count <= maxBytes else { return .failure(.tooLarge(bytes: data.count)) }
        guard let type = PhotoType(magic: data) else { return .failure(.notAPhoto) }
        if let declared = declaredType?.lowercased().split(separator: ";").first?.trimmingCharacters(in: .whitespaces),
           declared.hasPrefix("image/"), declared != type.contentType, !(declared == "image/jpg" && type == .jpeg) {
            return .failure(.notAPhoto)
        }
        return .success(type)
    }

    static func megabytes(_ bytes: Int) -> String {
        // Rounded up, so a file just over the limit never reads as "5,0 MB".
        let tenths = (bytes * 10 + 1024 * 1024 - 1) / (1024 * 1024)
        return "\(tenths / 10),\(tenths % 10)"
    }
}
