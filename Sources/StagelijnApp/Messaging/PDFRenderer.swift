import Foundation

/// HTML → PDF with WeasyPrint when the machine has it (`STAGELIJN_WEASYPRINT` or /usr/bin/weasyprint); without it the
/// printable page (browser: Afdrukken → Opslaan als PDF) is the way.
enum PDFRenderer {
    static var executable: String? {
        let candidates = [ProcessInfo.processInfo.environment["STAGELIJN_WEASYPRINT"], "/usr/bin/weasyprint", "/usr/local/bin/weasyprint"]
        return candidates.compactMap { $0 }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    static func pdf(fromHTML html: String, using path: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-", "-"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Write on another thread so a large PDF on stdout cannot block the writer.
        let writer = Thread {
            input.fileHandleForWriting.write(Data(html.utf8))
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, data.starts(with: Data("%PDF".utf8)) else {
            throw Failure(description: "weasyprint: \(String(decoding: stderr, as: UTF8.self).prefix(300))")
        }
        return data
    }
}
