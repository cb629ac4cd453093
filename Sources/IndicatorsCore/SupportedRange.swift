/// The input the tool accepts, checked once where values enter (the parsers of figures, periods
/// and dates, the commands' options, target construction). Outside these ranges a value is far more
/// likely a typo (`20277`) or an attack than a figure, and the arithmetic downstream (growth paths,
/// forecast horizons, charts) is only meaningful inside them.
package enum SupportedRange {
  /// Years of periods, publication and vintage dates, `--as-of` and plan targets.
  package static let years = 1800...2200
  /// Forecast horizons, in years.
  package static let horizon = 1...50
  /// Rolling-origin backtest windows.
  package static let windows = 1...50
  /// Interval levels in percent: above 0 and at most 99.9, so that the quantile (1 + level/100)/2
  /// stays clearly below 1 in double precision for every model.
  package static let maximumLevel = 99.9
  /// The longest text a value cell may have; real figures (超9000万美元左右) are a few dozen characters.
  package static let valueCharacters = 1000

  /// Whether `level` is an interval level every model can compute.
  package static func isLevel(_ level: Double) -> Bool { level > 0 && level <= maximumLevel }

  /// The message for a year outside `years`, naming where it stands (`--due`, `the period`).
  package static func yearMessage(_ year: Int) -> String {
    "year \(year) is outside the supported years \(years.lowerBound)–\(years.upperBound)"
  }
}

extension ChineseText {
  /// `text` shortened for a message: at most `limit` characters, then `…` and the full length, so
  /// that a 50 MB cell does not come back as a 50 MB message.
  package static func excerpt(_ text: String, limit: Int = 40) -> String {
    guard text.utf8.count > limit else { return text }
    var head = ""
    var count = 0
    for c in text {
      guard count < limit else { break }
      head.append(c)
      count += 1
    }
    return count < limit ? head : "\(head)… (\(text.count) characters)"
  }
}
