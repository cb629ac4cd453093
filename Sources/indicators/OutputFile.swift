#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Writing a command's output to `--out PATH` or to standard output, with a message for every
/// way it can fail (disk full, no permission, a directory) instead of a trap.
///
/// What `--out` does with what is already at the path:
/// - nothing there, or a regular file of ours with one link: written to a temporary file beside it
///   and renamed over it, so a reader never sees half a file and a failure leaves the old one;
/// - a symbolic link: written through to its target (the link stays a link);
/// - a named pipe, or a regular file that is not ours or has other hard links: written in place;
/// - a read-only file, a directory, a device or a socket: refused, nothing written.
enum OutputFile {
  /// A failed write(2) or fsync(2), with its errno.
  struct WriteError: Error { var code: Int32 }

  /// Writes `data` to `path` as described above.
  static func write(_ data: Data, to path: String) throws {
    var link = stat()
    guard lstat(path, &link) == 0 else {
      guard errno == ENOENT else { throw failure(path, errno) }
      return try replaceAtomically(path, with: data, mode: nil)
    }
    var info = link
    if link.st_mode & S_IFMT == S_IFLNK {
      guard stat(path, &info) == 0 else {
        guard errno == ENOENT else { throw failure(path, errno) }
        return try writeInPlace(path, data, create: true)  // a dangling link: create its target
      }
    }
    switch info.st_mode & S_IFMT {
    case S_IFDIR:
      throw CommandFailure("cannot write \(path): it is a directory; give a file name, e.g. --out \(path.hasSuffix("/") ? path : path + "/")output")
    case S_IFCHR, S_IFBLK:
      throw CommandFailure("cannot write \(path): it is a device; give a file, or leave out --out to write to standard output")
    case S_IFSOCK:
      throw CommandFailure("cannot write \(path): it is a socket; give a file")
    case S_IFIFO:
      try writeInPlace(path, data, create: false)
    default:
      guard info.st_mode & 0o222 != 0 else {
        throw CommandFailure("cannot write \(path): the file is read-only; nothing was written")
      }
      let replaceable = link.st_mode & S_IFMT == S_IFREG && info.st_uid == geteuid() && info.st_nlink == 1
      if replaceable, access(directory(of: path), W_OK) == 0 {
        try replaceAtomically(path, with: data, mode: info.st_mode & 0o7777)
      } else {
        try writeInPlace(path, data, create: false)
      }
    }
  }

  /// Writes all of `data` to an open descriptor, retrying short writes and interruptions.
  static func writeAll(_ data: Data, to fd: Int32) throws(WriteError) {
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

  /// `mode`: the permissions of the file replaced (kept), or nil for a new file (0666 less umask).
  static func replaceAtomically(_ path: String, with data: Data, mode: mode_t?) throws {
    let temporary = directory(of: path) + "/.\(URL(fileURLWithPath: path).lastPathComponent).\(getpid()).tmp"
    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
    guard fd >= 0 else { throw failure(path, errno) }
    do {
      try writeAll(data, to: fd)
      guard fsync(fd) == 0 else { throw WriteError(code: errno) }
    } catch let error as WriteError {
      close(fd)
      unlink(temporary)
      throw failure(path, error.code, suffix: "; \(path) was left as it was")
    }
    close(fd)
    if let mode { fchmodat(AT_FDCWD, temporary, mode, 0) }
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw failure(path, code)
    }
  }

  static func writeInPlace(_ path: String, _ data: Data, create: Bool) throws {
    let fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC | (create ? O_CREAT : 0), 0o666)
    guard fd >= 0 else { throw failure(path, errno) }
    defer { close(fd) }
    do { try writeAll(data, to: fd) } catch {
      throw failure(path, error.code, suffix: "; \(path) may be incomplete")
    }
  }

  static func directory(of path: String) -> String {
    let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
    return parent.isEmpty ? "." : parent
  }

  static func failure(_ path: String, _ code: Int32, suffix: String = "") -> CommandFailure {
    CommandFailure("cannot write \(path): \(reason(code))\(suffix)")
  }

  /// `no space left on device (disk full)`, `permission denied` …
  static func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code)).lowercased()
    return code == ENOSPC ? "\(text) (the disk is full)" : text
  }
}
