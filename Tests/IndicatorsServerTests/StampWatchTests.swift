import Dispatch
import Foundation
import Hummingbird
import HummingbirdTesting
import IndicatorsCore
import IndicatorsServer
import IndicatorsStore
import IndicatorsWorkflows
import Testing

/// A clock a test moves by hand.
final class ManualClock: @unchecked Sendable {
  private let lock = NSLock()
  private let start = ContinuousClock.now
  private var offset: Duration = .zero

  func advance(_ by: Duration) { lock.withLock { offset += by } }
  var now: ContinuousClock.Instant { lock.withLock { start + offset } }
}

/// A store's stamp as a test sets it, counting reads; a read may be held until the test lets it go.
final class StampSource: @unchecked Sendable {
  private let lock = NSLock()
  private var value = ChangeStamp(latestImportBatch: 1, latestAuditEntry: 1)
  private var count = 0
  let gate = DispatchSemaphore(value: 0)
  var holding = false

  var stamp: ChangeStamp {
    get { lock.withLock { value } }
    set { lock.withLock { value = newValue } }
  }
  var reads: Int { lock.withLock { count } }

  func read() -> ChangeStamp {
    lock.withLock { count += 1 }
    if holding { gate.wait() }
    return stamp
  }
}

/// What concurrent callers got.
final class Results: @unchecked Sendable {
  private let lock = NSLock()
  private var kept: [ChangeStamp] = []
  func append(_ stamp: ChangeStamp) { lock.withLock { kept.append(stamp) } }
  var stamps: [ChangeStamp] { lock.withLock { kept } }
}

/// `StampWatch` (the stamp shared by concurrent requests and kept for a bounded time) and
/// `SignInCache`, alone and behind the dashboard.
@Suite struct StampWatchTests {
  static let later = ChangeStamp(latestImportBatch: 2, latestAuditEntry: 5)

  @Test func twentyConcurrentRequestsForAStampCauseOneRead() throws {
    let source = StampSource()
    source.holding = true
    let watch = StampWatch(maxAge: .seconds(60)) { source.read() }
    let group = DispatchGroup()
    let results = Results()
    let started = DispatchSemaphore(value: 0)
    for _ in 0..<20 {
      DispatchQueue.global().async(group: group) {
        started.signal()
        let stamp = try? watch.stamp()
        if let stamp { results.append(stamp) }
      }
    }
    for _ in 0..<20 { started.wait() }
    // All twenty have asked; give the last ones time to reach the wait, then let the read go.
    Thread.sleep(forTimeInterval: 0.2)
    source.gate.signal()
    group.wait()
    #expect(source.reads == 1)
    #expect(watch.reads == 1)
    #expect(results.stamps.count == 20 && Set(results.stamps) == [source.stamp])
  }

  @Test func withoutAMaxAgeEveryCallReads() throws {
    let source = StampSource()
    let watch = StampWatch(maxAge: .zero) { source.read() }
    for _ in 0..<5 { _ = try watch.stamp() }
    #expect(source.reads == 5)
    #expect(watch.kept() == nil)
  }

  /// A watch with a max age of one second on a manual clock, after its first read (`first`); its
  /// source has moved on to `later` since.
  static func watchAfterOneRead() throws -> (watch: StampWatch, source: StampSource, clock: ManualClock, first: ChangeStamp) {
    let (source, clock) = (StampSource(), ManualClock())
    let watch = StampWatch(maxAge: .seconds(1), now: { clock.now }) { source.read() }
    let first = try watch.stamp()
    source.stamp = later
    return (watch, source, clock, first)
  }

  @Test func aKeptStampServesUntilItsMaxAgeThenANewReadIsMade() throws {
    let (watch, source, clock, first) = try Self.watchAfterOneRead()
    clock.advance(.milliseconds(400))
    #expect(try watch.stamp() == first)
    #expect(watch.kept() == first)
    #expect(source.reads == 1)
    clock.advance(.milliseconds(700))
    #expect(watch.kept() == nil)
    #expect(try watch.stamp() == Self.later)
    #expect(source.reads == 2)
    // A write by this process: the next call reads at once.
    source.stamp = ChangeStamp(latestImportBatch: 3, latestAuditEntry: 6)
    watch.invalidate()
    #expect(try watch.stamp() == source.stamp)
    #expect(source.reads == 3)
  }

  @Test func pastHalfItsMaxAgeAStampIsReadAgainInTheBackground() throws {
    let (watch, source, clock, first) = try Self.watchAfterOneRead()
    clock.advance(.milliseconds(600))
    // Answered at once with the kept stamp; the read it starts brings the new one.
    #expect(watch.kept() == first)
    let deadline = Date().addingTimeInterval(10)
    while watch.kept() != Self.later, Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    #expect(watch.kept() == Self.later)
    #expect(source.reads == 2)
  }

  @Test func aKeptSignInEndsWithTheStampTheLifetimeOrTheTokensExpiry() {
    let clock = ManualClock()
    let cache = SignInCache(lifetime: .seconds(5), now: { clock.now })
    let stamp = ChangeStamp(latestImportBatch: 1, latestAuditEntry: 1)
    let account = UserAccount(name: "li", role: .viewer, createdAt: "2026-12-07T00:00:00Z", expiresAt: nil, revokedAt: nil)
    cache.keep(account, tokenHash: "h", stamp: stamp)
    #expect(cache.account(tokenHash: "h", stamp: stamp) == account)
    #expect(cache.account(tokenHash: "other", stamp: stamp) == nil)
    #expect(cache.account(tokenHash: "h", stamp: Self.later) == nil)
    clock.advance(.seconds(6))
    #expect(cache.account(tokenHash: "h", stamp: stamp) == nil)

    let expired = UserAccount(name: "wu", role: .viewer, createdAt: "2026-12-07T00:00:00Z", expiresAt: "2020-01-01T00:00:00Z", revokedAt: nil)
    cache.keep(expired, tokenHash: "e", stamp: stamp)
    #expect(cache.account(tokenHash: "e", stamp: stamp) == nil)
    let valid = UserAccount(name: "wu", role: .viewer, createdAt: "2026-12-07T00:00:00Z", expiresAt: "2999-01-01T00:00:00Z", revokedAt: nil)
    cache.keep(valid, tokenHash: "e", stamp: stamp)
    #expect(cache.account(tokenHash: "e", stamp: stamp) == valid)
  }

  /// A dashboard on a fresh copy of the sample data that reads the store's stamp at most once per
  /// `freshness`, and the headers of a user `name` of `role` added to it.
  static func signedIn(
    _ name: String, as role: UserRole, allowImport: Bool, freshness: Duration, clock: ManualClock = ManualClock()
  ) throws -> (store: IndicatorStore, dashboard: Dashboard, headers: HTTPFields) {
    let store = try sampleStore()
    let token = try UserWorkflow.add(name, role: role, to: store).token
    let dashboard = Dashboard(
      store: store, allowImport: allowImport, publicRead: false, chinese: false, freshness: freshness, now: { clock.now })
    return (store, dashboard, [.authorization: "Bearer \(token)"])
  }

  /// Behind the dashboard, with a bound of 500 ms: the pages and the signed-in users are served
  /// from one stamp read, a write made outside the server (as by another process) is seen once
  /// the bound has passed, and so is a revocation.
  @Test func aDashboardWithAFreshnessBoundSeesOtherWritesAfterTheBound() async throws {
    let clock = ManualClock()
    let (store, dashboard, headers) = try Self.signedIn("reader", as: .viewer, allowImport: false, freshness: .milliseconds(500), clock: clock)
    try await Application(router: dashboard.router()).test(.router) { client in
      let page = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers)
      #expect(page.status == .ok)
      for _ in 0..<10 { _ = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers) }
      #expect(dashboard.seriesPages.builds == 1)
      // Eleven requests, each with a token and a page, within the bound (the clock is the test's,
      // so however slow the machine): one stamp read, not 22 as without the bound.
      #expect(dashboard.stamps.reads == 1)

      // A write the server did not make: seen once the bound has passed.
      let file = FileManager.default.temporaryDirectory.appendingPathComponent("freshness-\(UUID().uuidString).csv").path
      defer { try? FileManager.default.removeItem(atPath: file) }
      try "indicator,region,period,value,source,published\ngdp,mianyang,2023,4321.5,revision,2026-03-01\n"
        .write(toFile: file, atomically: true, encoding: .utf8)
      let (name, content) = try ImportWorkflow.parse([file], skipTargets: false)[0]
      _ = try ImportWorkflow.load(name, content, into: store)
      clock.advance(.milliseconds(600))
      let revised = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers)
      #expect(String(buffer: revised.body).contains("4321.5"))
      #expect(dashboard.seriesPages.builds == 2)

      // A revocation made outside the server: refused once the bound has passed.
      try UserWorkflow.revoke("reader", in: store)
      clock.advance(.milliseconds(600))
      let refused = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers)
      #expect(refused.status == .unauthorized)
    }
  }

  /// An import through the server is seen by the next request, however long the bound.
  @Test func anImportThroughTheServerIsSeenAtOnce() async throws {
    let (_, dashboard, headers) = try Self.signedIn("analyst", as: .analyst, allowImport: true, freshness: .seconds(3600))
    try await Application(router: dashboard.router()).test(.router) { client in
      let before = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers)
      #expect(!String(buffer: before.body).contains("4321.5"))
      let csv = "indicator,region,period,value,source,published\ngdp,mianyang,2023,4321.5,revision,2026-03-01\n"
      let imported = try await client.execute(
        uri: "/import?name=revision.csv&confirm=1", method: .post, headers: headers, body: ByteBuffer(string: csv))
      #expect(imported.status == .ok)
      let after = try await client.execute(uri: "/series/gdp/mianyang", method: .get, headers: headers)
      #expect(String(buffer: after.body).contains("4321.5"))
      #expect(dashboard.seriesPages.builds == 2)
    }
  }
}
