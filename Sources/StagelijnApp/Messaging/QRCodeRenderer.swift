import Foundation

/// A QR code as inline SVG, made by Debian's `qrencode` when the machine has it (`STAGELIJN_QRENCODE` or
/// /usr/bin/qrencode); without it the caller shows the address in large type only. The input is always an address
/// the app builds itself (base URL + a school code from the database), passed as one argument, never through a shell.
enum QRCodeRenderer {
    static var executable: String? {
        let candidates = [ProcessInfo.processInfo.environment["STAGELIJN_QRENCODE"], "/usr/bin/qrencode", "/usr/local/bin/qrencode"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The `<svg …>…</svg>` element for `text`, or nil when qrencode is missing or fails.
    static func svg(for text: String) -> String? {
        guard let tool = executable, text.count <= 500, !text.contains(where: { $0.isNewline }) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["-t", "SVG", "-m", "1", "-o", "-", "--", text]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let svg = String(data: data, encoding: .utf8),
              let start = svg.range(of: "<svg"), let end = svg.range(of: "</svg>", options: .backwards) else { return nil }
        // Only rectangles and a group come out of qrencode; the XML prolog and comment are dropped.
        return String(svg[start.lowerBound..<end.upperBound])
    }
}
