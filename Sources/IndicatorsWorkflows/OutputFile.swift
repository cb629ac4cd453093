#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Writing a command's output to `--out PATH` or to standard output, with a message for every
/// way it can fail (disk full, no permission, a directory) instead of a trap: every failure is
/// thrown as an `OutputFile.Failure` whose description is the message (nothing is printed here).
///
/// What `--out` does with what is already at the path:
/// - nothing there, or a regular file of ours with one link: written to a temporary file beside it
///   and renamed over it, so a reader never sees half a file and a failure leaves the old one;
/// - a symbolic link: written through to its target (the link stays a link);
/// - a named pipe, or a regular file that is not ours or has other hard links: written in place;
/// - a read-only file, a directory, a device or a socket: refused, nothing written.
package enum OutputFile {
  /// A failed write(2) or fsync(2), with its errno.
  package struct WriteError: Error { package var code: Int32 }

  /// Why output could not be written, as one English sentence naming the path.
  package struct Failure: Error, CustomStringConvertible {
    package var description: String
    init(_ description: String) { self.description = description }
  }

  /// Writes `data` to `path` as described above.
  package static func write(_ data: Data, to path: String) throws {
    let sink = try open(path)
    do {
      try sink.write(data)
      try sink.finish()
    } catch {
      sink.abandon()
      throw error
    }
  }

  /// A destination opened for output written in pieces (a streamed export), by the rules above:
  /// `write` as often as needed, then `finish` (which renames a temporary file into place), or
  /// `abandon` on failure (which leaves what was at the path as it was, where it can).
  package final class Sink {
    let fd: Int32
    let path: String
    /// The temporary file renamed over `path` on `finish`, and the mode it gets.
    let temporary: String?
    let mode: mode_t?
    private var open = true

    init(fd: Int32, path: String, temporary: String? = nil, mode: mode_t? = nil) {
      (self.fd, self.path, self.temporary, self.mode) = (fd, path, temporary, mode)
    }

    package func write(_ data: Data) throws {
      do { try OutputFile.writeAll(data, to: fd) } catch {
        if fd == 1 { throw Failure("cannot write to standard output: \(reason(error.code))") }
        throw failure(path, error.code, suffix: temporary == nil ? "; \(path) may be incomplete" : "; \(path) was left as it was")
      }
    }

    package func finish() throws {
      guard open else { return }
      open = false
      guard let temporary else {
        if fd > 2 { close(fd) }
        return
      }
      guard fsync(fd) == 0 else {
        let code = errno
        close(fd)
        unlink(temporary)
        throw failure(path, code, suffix: "; \(path) was left as it was")
      }
      close(fd)
      if let mode { fchmodat(AT_FDCWD, temporary, mode, 0) }
      guard rename(temporary, path) == 0 else {
        let code = errno
        unlink(temporary)
        throw failure(path, code)
      }
    }

    package func abandon() {
      guard open else { return }
      open = false
      if fd > 2 { close(fd) }
      if let temporary { unlink(temporary) }
    }
  }

  /// Output produced in pieces (a streamed export) to the file `path` by the rules above, or to
  /// standard output when `path` is nil: `produce` hands each piece to the writer it is given and
  /// returns how many rows it wrote, returned here. After the first failed write the rest are
  /// skipped and the failure is thrown; a file at `path` is then left as it was where it can be.
  package static func stream(to path: String?, _ produce: (([UInt8]) -> Void) throws -> Int) throws -> Int {
    let sink = try path.map(open) ?? standardOutput()
    do {
      var failure: (any Error)?
      let rows = try produce { piece in
        guard failure == nil else { return }
        do { try sink.write(Data(piece)) } catch { failure = error }
      }
      if let failure { throw failure }
      try sink.finish()
      return rows
    } catch {
      sink.abandon()
      throw error
    }
  }

  /// Opens `path` for writing by the rules above.
  package static func open(_ path: String) throws -> Sink {
    var link = stat()
    guard lstat(path, &link) == 0 else {
      guard errno == ENOENT else { throw failure(path, errno) }
      return try temporary(for: path, mode: nil)
    }
    var info = link
    if link.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &info) == 0 else {
        guard errno == ENOENT else { throw failure(path, errno) }
        return try inPlace(path, create: true)  // a dangling link: create its target
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw Failure("cannot write \(path): it is a directory; give a file name, e.g. --out \(path.hasSuffix("/") ? path : path + "/")output")
    case S_IFCHR, S_IFBLK:
      throw Failure("cannot write \(path): it is a device; give a file, or leave out --out to write to standard output")
    case S_IFSOCK:
      throw Failure("cannot write \(path): it is a socket; give a file")
    case S_IFIFO:
      return try inPlace(path, create: false)
    default:
      guard info.st_mode & 0o222 != 0 else {
        throw Failure("cannot write \(path): the file is read-only; nothing was written")
      }
      let replaceable = link.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid() && info.st_nlink == 1
      if replaceable, access(directory(of: path), W_OK) == 0 {
        return try temporary(for: path, mode: info.st_mode & 0o7777)
      }
      return try inPlace(path, create: false)
    }
  }

  /// Standard output as a sink: `finish` leaves it open.
  package static func standardOutput() -> Sink { Sink(fd: 1, path: "standard output") }

  /// A new temporary file beside `path`, renamed over it on `finish`. `mode`: the permissions of
  /// the file replaced (kept), or nil for a new file (0666 less umask).
  static func temporary(for path: String, mode: mode_t?) throws -> Sink {
    let temporary = directory(of: path) + "/.\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp"
    let fd = Glibc.open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
    guard fd >= 0 else { throw failure(path, errno) }
    return Sink(fd: fd, path: path, temporary: temporary, mode: mode)
  }

  static func inPlace(_ path: String, create: Bool) throws -> Sink {
    let fd = Glibc.open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | (create ? O_CREAT : 0), 0o666)
    guard fd >= 0 else { throw failure(path, errno) }
    return Sink(fd: fd, path: path)
  }

  /// Writes all of `data` to an open descriptor, retrying short writes and interruptions.
  package static func writeAll(_ data: Data, to fd: Int32) throws(WriteError) {
    var failed: Int32 = 0
    data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
        if n < 0 {
          if errno == EINTR { continue }
          failed = errno
          return
        }
        offset += n
      }
    }
    if failed != 0 { throw WriteError(code: failed) }
  }

  static func directory(of path: String) -> String {
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return parent.isEmpty ? "." : parent
  }

  static func failure(_ path: String, _ code: Int32, suffix: String = "") -> Failure {
    Failure("cannot write \(path): \(reason(code))\(suffix)")
  }

  /// `no space left on device (disk full)`, `permission denied` …
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code)).lowercased()
    return code == ENOSPC ? "\(text) (the disk is full)" : text
  }
}
