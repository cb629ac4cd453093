import Foundation
import IndicatorsCore

/// The rows of a source read on a thread of their own, a batch ahead of the caller: while the
/// store writes one batch, the next is parsed and checked on the other core (reading is about
/// 40% of an import's work). At most `depth` batches of `batchSize` rows wait, so memory stays
/// bounded whatever the size of the file. Rows come out in the source's order, and the
/// source's mistake comes out where the source threw it, after every row read before it.
///
/// `finish()` must be called once the caller is done, even after a failure: it stops the
/// reading thread, waits for it and gives back the source (with what it learned while reading,
/// such as a reader's skipped lines).
struct ReadAheadRows<Source: ObservationSource & SendableMetatype>: ObservationSource {
  private let channel: Channel
  private var batch: [ObservationInput] = []
  private var position = 0
  private var ended = false

  init(_ source: Source, batchSize: Int = 4096, depth: Int = 2) {
    precondition(batchSize > 0 && depth > 0, "ReadAheadRows: batchSize \(batchSize) and depth \(depth) must be positive")
    let channel = Channel(source, depth: depth)
    self.channel = channel
    let thread = Thread { channel.produce(batchSize: batchSize) }
    thread.name = "indicators.read-ahead"
    thread.start()
  }

  mutating func next() throws(InputError) -> ObservationInput? {
    if position < batch.count {
      position += 1
      return batch[position - 1]
    }
    guard !ended else { return nil }
    switch channel.take() {
    case .rows(let rows):
      batch = rows
      position = 1
      return rows[0]
    case .failure(let error):
      ended = true
      throw error
    case .end:
      ended = true
      return nil
    }
  }

  /// Stops the reading (if the caller stopped early), waits for the thread and gives back the source.
  func finish() -> Source { channel.finish() }

  private enum Batch {
    case rows([ObservationInput])
    case failure(InputError)
    case end
  }

  /// What the two threads share, every field guarded by `condition`; the source itself is used
  /// only by the reading thread until `finish` has seen it stop.
  private final class Channel: @unchecked Sendable {
    private let condition = NSCondition()
    private var source: Source
    private let depth: Int
    private var ready: [Batch] = []
    private var cancelled = false
    private var stopped = false

    init(_ source: Source, depth: Int) {
      self.source = source
      self.depth = depth
    }

    /// The reading thread: batches until the end of the source, its mistake, or `finish`.
    func produce(batchSize: Int) {
      defer {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
      }
      var rows: [ObservationInput] = []
      rows.reserveCapacity(batchSize)
      while true {
        do {
          guard let row = try source.next() else {
            if !rows.isEmpty, !put(.rows(rows)) { return }
            _ = put(.end)
            return
          }
          rows.append(row)
          if rows.count == batchSize {
            guard put(.rows(rows)) else { return }
            rows = []
            rows.reserveCapacity(batchSize)
          }
        } catch {
          if !rows.isEmpty, !put(.rows(rows)) { return }
          _ = put(.failure(error))
          return
        }
      }
    }

    /// Queues a batch, waiting while `depth` are queued; false once the reading is cancelled.
    private func put(_ batch: Batch) -> Bool {
      condition.lock()
      defer { condition.unlock() }
      while ready.count >= depth, !cancelled { condition.wait() }
      guard !cancelled else { return false }
      ready.append(batch)
      condition.broadcast()
      return true
    }

    /// The next batch, waiting for the reading thread to queue one; the end once `finish` has
    /// stopped the reading.
    func take() -> Batch {
      condition.lock()
      defer { condition.unlock() }
      while ready.isEmpty, !cancelled { condition.wait() }
      guard !ready.isEmpty else { return .end }
      let batch = ready.removeFirst()
      condition.broadcast()
      return batch
    }

    func finish() -> Source {
      condition.lock()
      defer { condition.unlock() }
      cancelled = true
      ready = []
      condition.broadcast()
      while !stopped { condition.wait() }
      return source
    }
  }
}
