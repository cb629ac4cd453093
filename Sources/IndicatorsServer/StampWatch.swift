import Foundation
import IndicatorsStore

/// The store's `ChangeStamp` as the pages see it, read at most about once per `maxAge` however
/// many requests ask, and never older than `maxAge` when handed out.
///
/// On PostgreSQL the stamp costs a round trip on the pool; read on every request, it put a
/// query in the way of every page. Here a stamp whose read *started* at most `maxAge` ago is
/// reused; once half of `maxAge` has passed, the next request starts a new read in the background
/// and is answered with the stamp it has, so that under steady traffic no request waits for the
/// stamp. A request that finds no stamp young enough waits for one, and all such requests share
/// one read (single flight: twenty at once cause one query, not twenty).
///
/// What that allows: a page may not show a write that another process committed less than
/// `maxAge` (plus the time of one stamp query) before the request; writes by this server call
/// `invalidate()` and are seen by the next request. With `maxAge` zero every call reads the stamp
/// itself, as before (the default, and SQLite's, where the read is a local file read).
package final class StampWatch: @unchecked Sendable {
  package let maxAge: Duration
  private let read: @Sendable () throws -> ChangeStamp
  private let now: @Sendable () -> ContinuousClock.Instant
  private let condition = NSCondition()
  private var latest: (stamp: ChangeStamp, startedAt: ContinuousClock.Instant)?
  /// The newest read under way, which callers may join.
  private var flight: Flight?
  private var readCount = 0

  /// One read of the stamp: when it started, and its outcome once it has one (set under the
  /// watch's lock).
  private final class Flight: @unchecked Sendable {
    let startedAt: ContinuousClock.Instant
    var outcome: Result<ChangeStamp, any Error>?
    init(startedAt: ContinuousClock.Instant) { self.startedAt = startedAt }
  }

  /// `read` reads the stamp from the store; `now` is the clock (a test's may be moved by hand).
  package init(
    maxAge: Duration, now: @escaping @Sendable () -> ContinuousClock.Instant = { .now },
    read: @escaping @Sendable () throws -> ChangeStamp
  ) {
    self.maxAge = maxAge
    self.now = now
    self.read = read
  }

  /// How many times the store was asked for its stamp.
  package var reads: Int { condition.withLock { readCount } }

  /// A stamp at most `maxAge` old: the kept one, or a new read's (this caller's or one it joins).
  package func stamp() throws -> ChangeStamp {
    guard maxAge > .zero else {
      condition.withLock { readCount += 1 }
      return try read()
    }
    if let stamp = kept() { return stamp }
    condition.lock()
    let time = now()
    // Another caller may have read it meanwhile.
    if let latest, time - latest.startedAt <= maxAge {
      condition.unlock()
      return latest.stamp
    }
    if let flight, time - flight.startedAt <= maxAge {
      while flight.outcome == nil { condition.wait() }
      condition.unlock()
      return try flight.outcome!.get()
    }
    let own = startFlight(at: time)
    condition.unlock()
    return try run(own).get()
  }

  /// The kept stamp if it is at most `maxAge` old, without waiting (nil otherwise, and always
  /// when `maxAge` is zero); past half of `maxAge`, a read starts in the background.
  package func kept() -> ChangeStamp? {
    guard maxAge > .zero else { return nil }
    condition.lock()
    let time = now()
    guard let latest, time - latest.startedAt <= maxAge else {
      condition.unlock()
      return nil
    }
    var refresh: Flight?
    if time - latest.startedAt >= maxAge / 2, flight == nil || time - flight!.startedAt > maxAge / 2 {
      refresh = startFlight(at: time)
    }
    condition.unlock()
    if let refresh { DispatchQueue.global().async { _ = self.run(refresh) } }
    return latest.stamp
  }

  /// Forgets the kept stamp and any read under way: the next caller reads anew. For a write by
  /// this process, which its next request must see.
  package func invalidate() {
    condition.withLock {
      latest = nil
      flight = nil
    }
  }

  /// A new read, made the one to join; the caller holds the lock.
  private func startFlight(at time: ContinuousClock.Instant) -> Flight {
    let started = Flight(startedAt: time)
    flight = started
    readCount += 1
    return started
  }

  /// Reads the stamp for `flight`, keeps it if it is the newest, and wakes those who joined.
  private func run(_ flight: Flight) -> Result<ChangeStamp, any Error> {
    let outcome = Result { try read() }
    condition.withLock {
      flight.outcome = outcome
      if case .success(let stamp) = outcome, latest.map({ $0.startedAt < flight.startedAt }) ?? true,
        self.flight === flight || self.flight.map({ $0.startedAt <= flight.startedAt }) ?? false
      {
        latest = (stamp, flight.startedAt)
      }
      if self.flight === flight { self.flight = nil }
      condition.broadcast()
    }
    return outcome
  }
}
