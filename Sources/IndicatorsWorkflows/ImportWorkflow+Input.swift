#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsStore

extension ImportWorkflow {
  /// The argument that stands for standard input (`indicators import - < data.csv`).
  package static let standardInputArgument = "-"
  /// How messages name standard input: `<stdin>:3:4: …`.
  package static let standardInputName = "<stdin>"

  /// One thing to import: a regular file, read row by row as it is imported, or the bytes of
  /// standard input or a pipe, which can be read only once and so are read whole first.
  package enum Input: Sendable {
    case file(String)
    case bytes(name: String, [UInt8])

    /// The SHA-256 of its bytes (lower-case hex), for the audit log; nil if the file cannot be read.
    package var sha256: String? {
      switch self {
      case .file(let path): AccessToken.sha256(file: path)
      case .bytes(_, let bytes): AccessToken.sha256(bytes)
      }
    }

    /// How messages name it.
    package var name: String {
      switch self {
      case .file(let path): path
      case .bytes(let name, _): name
      }
    }
  }

  /// The command's arguments as inputs: `-` and anything that is not a regular file (a pipe,
  /// `/dev/stdin`, a process substitution) read to their end now; a directory, a missing or an
  /// unreadable file stops everything with its name.
  package static func inputs(_ arguments: [String], standardInput: () throws -> Data) throws -> [Input] {
    try arguments.map { argument in
      if argument != standardInputArgument, isRegularFile(argument) {
        try checkReadable([argument])
        return .file(argument)
      }
      let (name, bytes) = try read(argument, standardInput: standardInput)
      return .bytes(name: name, [UInt8](bytes))
    }
  }

  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG
  }

  /// An input's header read, ready to give its rows one at a time; rows that name no source
  /// take `sourceDefaults` (`--source`, `--published`).
  package static func open(_ input: Input, skipTargets: Bool, sourceDefaults: SourceReference = SourceReference(title: "")) throws -> ObservationReader {
    var reader: ObservationReader
    switch input {
    case .file(let path): reader = try open(path, skipTargets: skipTargets)
    case .bytes(let name, let bytes): reader = try ObservationReader(bytes: bytes, file: name, targetRows: skipTargets ? .skip : .refuse)
    }
    reader.sourceDefaults = sourceDefaults
    return reader
  }

  /// Reads every row of an input, checks its form and matches it against the catalogue, without
  /// writing: what `--dry-run` says. `catalog` carries new indicators and regions from one input
  /// to the next.
  package static func check(
    _ input: Input, skipTargets: Bool, sourceDefaults: SourceReference = SourceReference(title: ""), catalog: inout CatalogCheck,
    language: Language = .en
  ) throws -> (notices: [Notice], summary: String) {
    try check(input.name, open(input, skipTargets: skipTargets, sourceDefaults: sourceDefaults), catalog: &catalog, language: language)
  }

  /// The bytes of one input and the name messages use for it.
  static func read(_ input: String, standardInput: () throws -> Data) throws -> (name: String, bytes: Data) {
    if input == standardInputArgument {
      do { return (standardInputName, try standardInput()) } catch {
        throw WorkflowError("standard input cannot be read: \(error.localizedDescription)")
      }
    }
    var info = stat()
    guard stat(input, &info) == 0 else {
      let reason = errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()
      throw WorkflowError("\(input): \(reason), or it cannot be read")
    }
    if info.st_mode & S_IFMT == S_IFDIR {
      throw WorkflowError("\(input): is a directory; give CSV files (or - for standard input)")
    }
    guard let handle = FileHandle(forReadingAtPath: input) else {
      throw WorkflowError("\(input): cannot be read: \(String(cString: strerror(errno)).lowercased())")
    }
    defer { try? handle.close() }
    do { return (input, try handle.readToEnd() ?? Data()) } catch {
      throw WorkflowError("\(input): cannot be read: \(error.localizedDescription)")
    }
  }
}
