import Fluent
import Foundation
import StagelijnCore
import Vapor

/// Serves a hand-in photo. The content type is derived again from the stored bytes (never from what the uploader
/// claimed), the browser may not guess another type (`nosniff`), shows it inline, and nobody caches it.
enum AssignmentPhotoResponse {
    static func make(for assignmentID: UUID, on db: any Database) async throws -> Response {
        guard let photo = try await AssignmentService.photo(of: assignmentID, on: db),
              let type = PhotoType(magic: photo.bytes)
        else { throw Abort(.notFound, reason: "Bij deze opdracht is geen foto ingeleverd.") }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type.contentType)
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"opdracht.\(fileExtension(type))\"")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return Response(status: .ok, headers: headers, body: .init(data: photo.bytes))
    }

    static func fileExtension(_ type: PhotoType) -> String {
        switch type {
        case .jpeg: "jpg"
        case .png: "png"
        case .webp: "webp"
        }
    }
}
