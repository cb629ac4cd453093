import PostgresNIO

extension PostgresSession {
  /// Sends `data`, rows in COPY's text format (`CopyText`), into `columns` of `table` with one
  /// `COPY … FROM STDIN`; the caller holds the session (`exclusively`). Names are PostgreSQL's
  /// folded, lower-case ones (postgres-nio quotes them).
  ///
  /// postgres-nio's copy is `async`; its task runs on the connection's own event loop
  /// (`EventLoopExecutor`), never on Swift's cooperative pool, and the calling thread waits for it
  /// as for any statement: a caller that blocks a cooperative thread (a test, a request's
  /// offloaded work) cannot starve the copy of the thread it needs.
  func copy(into table: String, columns: [String], _ data: ByteBuffer) throws {
    let promise = connection.eventLoop.makePromise(of: Void.self)
    let (connection, logger, executor) = (connection, logger, EventLoopExecutor(connection.eventLoop))
    Task(executorPreference: executor) {
      do {
        try await connection.copyFrom(table: table, columns: columns, logger: logger) { writer in
          try await writer.write(data)
        }
        promise.succeed()
      } catch {
        promise.fail(error)
      }
    }
    try promise.futureResult.wait()
  }
}

/// Runs a task's jobs on one NIO event loop (`Task(executorPreference:)`).
final class EventLoopExecutor: TaskExecutor {
  let eventLoop: any EventLoop

  init(_ eventLoop: any EventLoop) { self.eventLoop = eventLoop }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    eventLoop.execute { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
  }
}

/// Rows in the text format of `COPY … FROM STDIN`: columns separated by a tab, rows ended by a
/// newline, `\N` for NULL, and a backslash, tab, newline or carriage return inside a text
/// escaped with a backslash. Numbers are written as Swift's shortest round-trip text, which
/// PostgreSQL reads back to the same double.
struct CopyText {
  private(set) var buffer: ByteBuffer
  private var rowStarted = false

  init(capacity: Int) { buffer = ByteBuffer(); buffer.reserveCapacity(capacity) }

  var byteCount: Int { buffer.readableBytes }
  var isEmpty: Bool { buffer.readableBytes == 0 }

  private mutating func separate() {
    if rowStarted { buffer.writeInteger(UInt8(ascii: "\t")) }
    rowStarted = true
  }

  mutating func int(_ value: Int64) {
    separate()
    buffer.writeString(String(value))
  }

  mutating func int(_ value: Int64?) {
    guard let value else { return null() }
    int(value)
  }

  mutating func real(_ value: Double) {
    separate()
    buffer.writeString(value.description)
  }

  mutating func null() {
    separate()
    buffer.writeStaticString("\\N")
  }

  mutating func text(_ value: String?) {
    guard let value else { return null() }
    separate()
    var text = value
    text.withUTF8 { bytes in append(escaping: bytes) }
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    byte == 0x5C || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private mutating func append(escaping bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.contains(where: Self.needsEscape) else {
      buffer.writeBytes(bytes)
      return
    }
    for byte in bytes {
      switch byte {
      case 0x5C: buffer.writeStaticString("\\\\")
      case 0x09: buffer.writeStaticString("\\t")
      case 0x0A: buffer.writeStaticString("\\n")
      case 0x0D: buffer.writeStaticString("\\r")
      default: buffer.writeInteger(byte)
      }
    }
  }

  mutating func endRow() {
    buffer.writeInteger(UInt8(ascii: "\n"))
    rowStarted = false
  }

  mutating func removeAll() {
    buffer.clear()
    rowStarted = false
  }
}
