extension Forecast {
  /// The lower and upper bounds of one interval level, step by step.
  package struct Band: Sendable {
    package var lower: [Double]
    package var upper: [Double]
  }

  /// The interval at `level` percent.
  ///
  /// - Precondition: the forecast was made with `level` among its levels (asking for a level
  ///   that was not computed is a programming error, and traps).
  package func band(level: Double) -> Band {
    guard let lower = lower[level], let upper = upper[level] else {
      preconditionFailure("the forecast has no \(level)% interval; it was made for \(self.lower.keys.sorted())")
    }
    return Band(lower: lower, upper: upper)
  }

  /// The interval at `level` percent, or nil when the forecast was not made for it.
  package func bandIfPresent(level: Double) -> Band? {
    lower[level] == nil || upper[level] == nil ? nil : band(level: level)
  }
}
