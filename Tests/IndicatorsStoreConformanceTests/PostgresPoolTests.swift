import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsPostgres
import IndicatorsStore
import Testing

/// `indicators serve` on PostgreSQL works on a pool of connections (postgres-nio's
/// `PostgresClient`): readers on many threads read side by side while an import writes, and
/// each read sees the store before a batch or after it, never half of one.
@Suite struct PostgresPoolTests {
  static let batches = 5
  static let rowsPerSeries = 40
  static let readers = 20

  /// Batch `i` adds the series `pool_i` (`rowsPerSeries` years) and revises the value of the
  /// series `pool_shared` for 2000 to `i`: a read that sees `pool_shared` at `j` must see
  /// exactly the series `pool_1` … `pool_j`, each whole.
  static func batch(_ i: Int) -> String {
    var text = "indicator,region,period,value,unit\npool_shared,pool_region,2000,\(i),个\n"
    for year in 1850..<(1850 + rowsPerSeries) { text += "pool_\(i),pool_region,\(year),\(year + i),个\n" }
    return text
  }

  /// What a read saw, or nil when it is a state the store was in between batches.
  static func inconsistency(_ observations: [Observation]) -> String? {
    let shared = observations.filter { $0.indicator == "pool_shared" }
    guard shared.count == 1, let j = Int(exactly: shared[0].value) else { return "pool_shared: \(shared.map(\.value))" }
    var perSeries: [String: Int] = [:]
    for o in observations where o.indicator != "pool_shared" { perSeries[o.indicator, default: 0] += 1 }
    let expected = Dictionary(uniqueKeysWithValues: (0...j).map { ("pool_\($0)", rowsPerSeries) })
    return perSeries == expected ? nil : "pool_shared at \(j) beside \(perSeries.sorted { $0.key < $1.key })"
  }

  @Test(.enabled(if: Backend.serverURL != nil, "needs INDICATORS_TEST_POSTGRES_URL"))
  func anImporterAndTwentyReadersOnThePool() throws {
    var location = try PostgresLocation(url: Backend.serverURL!)
    location.database = Backend.freshName()
    let store = try PostgresStore(location, create: true, connections: 8)
    try Self.importBatch(0, into: store)

    let tally = Tally()
    let done = DispatchGroup()
    let importing = Atomic(true)
    for _ in 0..<Self.readers {
      done.enter()
      Thread {
        defer { done.leave() }
        var last = false
        while !last {
          last = !importing.value
          do {
            let observations = try store.observations(ObservationQuery())
            let problem = Self.inconsistency(observations)
            let j = observations.first { $0.indicator == "pool_shared" }.map { Int($0.value) } ?? -1
            tally.record(state: j, problem: problem)
          } catch {
            tally.record(state: nil, problem: "read failed: \(error)")
          }
          usleep(5_000)  // a page's rendering between its reads
        }
      }.start()
    }
    var importError: (any Error)?
    do {
      for i in 1...Self.batches { try Self.importBatch(i, into: store) }
    } catch {
      importError = error
    }
    importing.value = false
    done.wait()

    let (problems, reads, seen) = tally.result
    #expect(importError == nil)
    #expect(problems.isEmpty, "\(problems.prefix(3))")
    #expect(reads >= Self.readers)
    // The readers ran while the batches landed: they saw more than the first and last states.
    #expect(seen.count >= 2, "states seen: \(seen.sorted())")
    #expect(Self.inconsistency(try store.observations(ObservationQuery())) == nil)
    #expect(try store.seriesSummaries().count == Self.batches + 2)
  }

  static func importBatch(_ i: Int, into store: PostgresStore) throws {
    let file = "pool-\(i).csv"
    let parsed = try ObservationFile.parse(bytes: Array(batch(i).utf8), file: file)
    _ = try store.importObservations(parsed.observations, file: file, importDate: CalendarDate(year: 2026, month: 1, day: 1)!)
  }
}

/// What the readers saw.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var problems: [String] = []
  private var reads = 0
  private var seen: Set<Int> = []

  func record(state: Int?, problem: String?) {
    lock.withLock {
      reads += 1
      if let state { seen.insert(state) }
      if let problem { problems.append(problem) }
    }
  }

  var result: (problems: [String], reads: Int, seen: Set<Int>) { lock.withLock { (problems, reads, seen) } }
}

/// A flag threads read and one writes.
private final class Atomic: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: Bool
  init(_ value: Bool) { stored = value }
  var value: Bool {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}
