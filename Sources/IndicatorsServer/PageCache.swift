import Foundation
import IndicatorsCore
import IndicatorsStore
import IndicatorsWorkflows

/// Pages that cost a forecast or a target assessment to build, kept for as long as the store
/// does not change: each is keyed on what the request asked for, the store's `ChangeStamp` and
/// today's date (an assessment reads the calendar). A request first gets the stamp (from the
/// dashboard's `StampWatch`: one small query, or none when a young enough stamp is kept); a write
/// by this server or by any other process moves it, and the pages built before are dropped. At
/// most `limit` pages are kept; beyond that the cache starts again.
package final class PageCache<Value: Sendable>: @unchecked Sendable {
  private let lock = NSLock()
  private var entries: [Key: Value] = [:]
  private var stamp: ChangeStamp?
  package let limit: Int
  private var hitCount = 0
  private var buildCount = 0

  /// Requests answered from the cache, and pages built, since the server started.
  package var hits: Int { lock.withLock { hitCount } }
  package var builds: Int { lock.withLock { buildCount } }

  package init(limit: Int = 512) { self.limit = limit }

  struct Key: Hashable {
    var request: [String]
    var stamp: ChangeStamp
    var day: CalendarDate
  }

  /// The page kept for `request` on the store at `stamp`, if there is one (counted as a hit).
  package func kept(_ request: [String], stamp: ChangeStamp) -> Value? {
    let key = Key(request: request, stamp: stamp, day: .today)
    return lock.withLock {
      let kept = entries[key]
      if kept != nil { hitCount += 1 }
      return kept
    }
  }

  /// The page for `request` on the store at `stamp` (read before `build` reads the store): the
  /// kept one, or `build()`'s.
  package func page(_ request: [String], stamp: ChangeStamp, build: () throws -> Value) throws -> Value {
    if let kept = kept(request, stamp: stamp) { return kept }
    let key = Key(request: request, stamp: stamp, day: .today)
    let value = try build()
    lock.withLock {
      buildCount += 1
      // A newer stamp makes every page kept so far stale. (A page built on an older stamp than
      // the newest one seen is not kept.)
      if self.stamp != stamp {
        guard self.stamp.map({ Self.isNewer(stamp, than: $0) }) ?? true else { return }
        entries.removeAll()
        self.stamp = stamp
      }
      if entries.count >= limit { entries.removeAll() }
      entries[key] = value
    }
    return value
  }

  /// Whether `a` comes after `b` in the store's history (each part only grows).
  static func isNewer(_ a: ChangeStamp, than b: ChangeStamp) -> Bool {
    a.latestImportBatch >= b.latestImportBatch && a.latestAuditEntry >= b.latestAuditEntry
  }
}
