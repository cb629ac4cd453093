#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation
import IndicatorsCSV
import IndicatorsCore

extension ImportWorkflow {
  /// The argument that stands for standard input (`indicators import - < data.csv`).
  package static let standardInputArgument = "-"
  /// How messages name standard input: `<stdin>:3:4: …`.
  package static let standardInputName = "<stdin>"

  /// Reads and checks every input like `parse(_:skipTargets:)`, and also reads `-` from standard
  /// input and anything that is not a regular file (a pipe, `/dev/stdin`, a process substitution)
  /// to its end. A directory, a missing or unreadable file stops everything with its name.
  package static func parse(
    inputs: [String], skipTargets: Bool, standardInput: () throws -> Data
  ) throws -> [(file: String, content: ObservationFile)] {
    try inputs.map { input in
      let (name, bytes) = try read(input, standardInput: standardInput)
      return (name, try ObservationFile.parse(bytes: [UInt8](bytes), file: name, targetRows: skipTargets ? .skip : .refuse))
    }
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
