import Dispatch

/// Runs async work to its end from the synchronous root command.
enum AsyncBridge {
  static func wait(_ work: @escaping @Sendable () async throws -> Void) throws {
    let finished = DispatchSemaphore(value: 0)
    let outcome = Outcome()
    Task {
      do { try await work() } catch { outcome.error = error }
      finished.signal()
    }
    finished.wait()
    if let error = outcome.error { throw error }
  }

  /// The error the work ended with; written by the task before it signals, read after the wait.
  private final class Outcome: @unchecked Sendable {
    var error: (any Error)?
  }
}
