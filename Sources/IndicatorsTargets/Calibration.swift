/// How well probabilities of meeting targets match what happened: the Brier score and a
/// reliability table (Murphy & Winkler's reliability diagram, as a table).
///
/// - Brier score: mean of (p − o)², o = 1 when the target was met, 0 when not; 0 is perfect, and a
///   constant forecast of the base rate b scores b(1 − b) (the reference a useful forecast beats).
/// - Reliability: the cases in ten bins of p ([0, 0.1), …, [0.9, 1]); in each, the mean p against
///   the share met. A calibrated rule has the two equal up to sampling error.
package struct Calibration: Sendable {
  package struct Bin: Sendable, Equatable {
    package var lower: Double
    package var upper: Double
    package var count: Int
    package var meanProbability: Double
    package var observedFrequency: Double
    /// Observed minus predicted, in points of probability.
    package var gap: Double { observedFrequency - meanProbability }
  }

  package private(set) var cases: [(probability: Double, met: Bool)] = []

  package init() {}

  /// Adds a case. Precondition: `probability` is in [0, 1].
  package mutating func add(probability p: Double, met: Bool) {
    precondition((0...1).contains(p), "a probability is in [0, 1], not \(p)")
    cases.append((p, met))
  }

  package mutating func add(_ other: Calibration) { cases += other.cases }

  package var count: Int { cases.count }

  package var brierScore: Double {
    cases.map { ($0.probability - ($0.met ? 1 : 0)) * ($0.probability - ($0.met ? 1 : 0)) }.reduce(0, +) / Double(cases.count)
  }

  package var baseRate: Double { Double(cases.filter(\.met).count) / Double(cases.count) }

  /// The Brier score of always forecasting the base rate, b(1 − b).
  package var climatologyBrierScore: Double { baseRate * (1 - baseRate) }

  /// Ten bins of width 0.1; p = 1 falls in the last.
  package var bins: [Bin] {
    (0..<10).map { i in
      let lower = Double(i) / 10, upper = Double(i + 1) / 10
      let inBin = cases.filter { min(Int($0.probability * 10), 9) == i }
      let n = Double(inBin.count)
      return Bin(
        lower: lower, upper: upper, count: inBin.count,
        meanProbability: inBin.isEmpty ? .nan : inBin.map(\.probability).reduce(0, +) / n,
        observedFrequency: inBin.isEmpty ? .nan : Double(inBin.filter(\.met).count) / n)
    }
  }

  /// The largest |observed − predicted| over bins with at least `minimumCount` cases.
  package func worstGap(minimumCount: Int = 30) -> Double {
    bins.filter { $0.count >= minimumCount }.map { abs($0.gap) }.max() ?? .nan
  }
}
