import Foundation

/// What the concurrency tests of both backends (`ConcurrencyTests`, `PostgresConcurrencyTests`)
/// load a database with: import files of many rows, and importers started all at once.
enum StressLoad {
  /// A CSV file in `directory` of `rows` observations of one new indicator `name` over regions r1,
  /// r2 … and the months of 1800–2200.
  static func importFile(_ name: String, rows: Int, in directory: URL) throws -> URL {
    var text = "indicator,region,period,value,unit\n"
    var count = 0
    outer: for region in 1... {
      for year in 1800...2200 {
        for month in 1...12 {
          guard count < rows else { break outer }
          text += "\(name),r\(region),\(year)-\(month),\(year * 100 + month),个\n"
          count += 1
        }
      }
    }
    let file = directory.appendingPathComponent("\(name).csv")
    try Data(text.utf8).write(to: file)
    return file
  }

  /// Starts `indicators import` of every file at once, each on its own thread in `group`; an
  /// import that fails is noted in `failures`.
  static func startImports(_ files: [URL], db: String, group: DispatchGroup, failures: Failures) {
    for file in files {
      DispatchQueue.global().async(group: group) {
        do {
          let result = try CLIRunner.run(["import", file.path, "--db", db])
          if result.status != 0 { failures.add("import \(file.lastPathComponent): \(result.status) \(result.stderr)") }
        } catch { failures.add("import: \(error)") }
      }
    }
  }
}

/// Messages noted from many threads.
final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var messages: [String] = []
  func add(_ message: String) { lock.withLock { messages.append(message) } }
  var all: [String] { lock.withLock { messages } }
}
