import Fluent
import NIOConcurrencyHelpers
import Vapor

/// The signed-in user per (user, membership), kept in this process for a few seconds, so a request no longer reloads
/// the user, all memberships and their schools: the session row is the only read before the page's own.
/// - A change through a model (`UserModel`, `MembershipModel`: create, update, delete) on this server empties the
///   user's entries at once (`CurrentUserCache.Invalidation`, a Fluent model middleware).
/// - Other app servers, and bulk changes that bypass models, are seen within `lifetime`: a deactivated account or a
///   removed role stops working within 10 seconds everywhere. Signing out deletes the session row and is immediate.
final class CurrentUserCache: Sendable {
    static let lifetime: TimeInterval = 10
    private struct Key: Hashable { let user: UUID; let membership: UUID }
    private struct Entry { let user: CurrentUser; let loadedAt: Date }
    private let entries = NIOLockedValueBox<[Key: Entry]>([:])

    func user(userID: UUID, membershipID: UUID, now: Date) -> CurrentUser? {
        entries.withLockedValue { entries in
            guard let entry = entries[Key(user: userID, membership: membershipID)] else { return nil }
            guard now.timeIntervalSince(entry.loadedAt) < Self.lifetime, now >= entry.loadedAt else {
                entries[Key(user: userID, membership: membershipID)] = nil
                return nil
            }
            return entry.user
        }
    }

    func store(_ user: CurrentUser, now: Date) {
        entries.withLockedValue { entries in
            // Bounded: a burst of sign-ins cannot grow it without end; expired entries go first.
            if entries.count >= 10_000 { entries = entries.filter { now.timeIntervalSince($0.value.loadedAt) < Self.lifetime } }
            if entries.count >= 10_000 { entries.removeAll() }
            entries[Key(user: user.userID, membership: user.membershipID)] = Entry(user: user, loadedAt: now)
        }
    }

    /// Forgets every entry of this user (all memberships).
    func invalidate(user: UUID) {
        entries.withLockedValue { entries in entries = entries.filter { $0.key.user != user } }
    }

    func invalidateAll() { entries.withLockedValue { $0.removeAll() } }

    /// Empties the cache of the affected user when a user or membership changes through its model.
    struct Invalidation<M: Model>: AsyncModelMiddleware {
        let cache: CurrentUserCache
        let userOf: @Sendable (M) -> UUID?

        func create(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.create(model, on: db); forget(model)
        }
        func update(model: M, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.update(model, on: db); forget(model)
        }
        func delete(model: M, force: Bool, on db: any Database, next: any AnyAsyncModelResponder) async throws {
            try await next.delete(model, force: force, on: db); forget(model)
        }
        private func forget(_ model: M) {
            if let user = userOf(model) { cache.invalidate(user: user) } else { cache.invalidateAll() }
        }
    }
}

extension Application {
    private struct CurrentUserCacheKey: StorageKey { typealias Value = CurrentUserCache }

    /// One cache per application, with its invalidation registered on first use.
    var currentUserCache: CurrentUserCache {
        if let cache = storage[CurrentUserCacheKey.self] { return cache }
        let cache = CurrentUserCache()
        storage[CurrentUserCacheKey.self] = cache
        return cache
    }

    /// Called once from `configure`.
    func useCurrentUserCache() {
        let cache = currentUserCache
        databases.middleware.use(CurrentUserCache.Invalidation<UserModel>(cache: cache, userOf: { $0.id }))
        databases.middleware.use(CurrentUserCache.Invalidation<MembershipModel>(cache: cache, userOf: { $0.$user.id }))
    }
}
