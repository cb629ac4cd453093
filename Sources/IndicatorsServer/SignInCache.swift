import Foundation
import IndicatorsCore
import IndicatorsStore

/// The users that tokens signed in lately, so that a request need not look its token up in the
/// store each time (on PostgreSQL, a round trip on the pool).
///
/// An entry holds for at most `lifetime` and only while the store's `ChangeStamp` is the one it
/// was found under: revoking a user (`indicators user revoke`, by any process) writes an audit
/// entry, which moves the stamp, so a revoked token is refused as soon as the pages see the
/// stamp move (see `StampWatch.maxAge`). A token's expiry is checked against this machine's
/// clock at each use, so it takes effect on time; only a change made to the account table by
/// hand, outside `indicators`, can take up to `lifetime` to be seen. A token that signs no one
/// in is never kept: it is looked up again each time.
package final class SignInCache: @unchecked Sendable {
  package let lifetime: Duration
  private let now: @Sendable () -> ContinuousClock.Instant
  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  package let limit: Int

  private struct Entry {
    var account: UserAccount
    var stamp: ChangeStamp
    var foundAt: ContinuousClock.Instant
    var expiresAt: Date?
  }

  package init(lifetime: Duration, limit: Int = 4096, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
    self.lifetime = lifetime
    self.limit = limit
    self.now = now
  }

  /// The user kept for this token hash, if found under `stamp` at most `lifetime` ago and not
  /// expired by now.
  package func account(tokenHash: String, stamp: ChangeStamp) -> UserAccount? {
    let time = now()
    return lock.withLock {
      guard let entry = entries[tokenHash], entry.stamp == stamp, time - entry.foundAt <= lifetime,
        entry.expiresAt.map({ $0 > Date() }) ?? true
      else { return nil }
      return entry.account
    }
  }

  /// Keeps the user a token hash signed in under `stamp` (found by a read that started at or
  /// after the stamp's).
  package func keep(_ account: UserAccount, tokenHash: String, stamp: ChangeStamp) {
    let entry = Entry(account: account, stamp: stamp, foundAt: now(), expiresAt: account.expiresAt.flatMap(Self.date))
    lock.withLock {
      if entries.count >= limit { entries.removeAll() }
      entries[tokenHash] = entry
    }
  }

  /// `2026-12-07T05:20:00Z` as a date (the audit log's and the account table's form).
  static func date(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
  }
}
