import IndicatorsCore

/// What can go wrong with the database or with what a user asked of it. Every case carries what a
/// person needs to fix it.
package enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  case missing(path: String)
  case notADatabase(path: String)
  case foreignDatabase(path: String)
  case newerSchema(path: String, unknownMigrations: [String])
  case input(InputError)
  case unknownSeries(String)
  case ambiguousSeries(String)
  /// The path is there but cannot serve as the database (a directory, a device, an empty file
  /// for a command that reads, a file or folder without write permission); `reason` says which.
  case unusable(path: String, reason: String)
  /// Another command held the write lock for longer than the busy timeout.
  case busy(path: String, seconds: Int)
  case sqlite(String)

  package var description: String {
    switch self {
    case .missing(let path):
      "no database at \(path); create it with `indicators init` (or pass --db / set INDICATORS_DB)"
    case .notADatabase(let path):
      "\(path) is not an SQLite database; nothing was written to it"
    case .foreignDatabase(let path):
      "\(path) is an SQLite database of another application; indicators will not write into it"
    case .newerSchema(let path, let unknown):
      "\(path) was written by a newer version of indicators (schema migrations \(unknown.joined(separator: ", ")) are unknown to this one); upgrade indicators"
    case .input(let error): error.description
    case .unknownSeries(let message), .ambiguousSeries(let message): message
    case .unusable(let path, let reason): "\(path): \(reason)"
    case .busy(let path, let seconds):
      "\(path) is busy: another command has been writing to it for more than \(seconds) s, so this one gave up and changed nothing (nothing was imported or written); try again when it has finished"
    case .sqlite(let message): "database error: \(message)"
    }
  }
}
