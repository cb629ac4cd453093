import Foundation

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

/// Platt scaling of a probability: logit p′ = a + b·logit p (Platt 1999; the usual remedy for a
/// forecaster whose probabilities are shifted (a ≠ 0) or too timid or bold (b ≠ 1)). p is clamped to
/// [10⁻⁶, 1 − 10⁻⁶] first, so 0 and 1 map to finite logits.
package struct PlattScaling: Sendable, Equatable {
  package var intercept: Double
  package var slope: Double

  package init(intercept: Double, slope: Double) {
    self.intercept = intercept
    self.slope = slope
  }

  /// The identity map.
  package static let identity = PlattScaling(intercept: 0, slope: 1)

  package func callAsFunction(_ p: Double) -> Double {
    guard p.isFinite else { return p }
    let z = intercept + slope * Self.logit(p)
    return 1 / (1 + exp(-z))
  }

  static func logit(_ p: Double) -> Double {
    let q = min(max(p, 1e-6), 1 - 1e-6)
    return log(q / (1 - q))
  }

  /// The maximum-likelihood fit of (a, b) to the cases: logistic regression of the outcome on
  /// logit p, by Newton's method from (0, 1) (at most 50 steps, stopping when a step moves both
  /// less than 10⁻¹⁰). Precondition: cases with both outcomes.
  package static func fit(_ calibration: Calibration) -> PlattScaling {
    var (a, b) = (0.0, 1.0)
    let xs = calibration.cases.map { logit($0.probability) }
    let ys = calibration.cases.map { $0.met ? 1.0 : 0.0 }
    for _ in 0..<50 {
      var (ga, gb, haa, hab, hbb) = (0.0, 0.0, 0.0, 0.0, 0.0)
      for (x, y) in zip(xs, ys) {
        let p = 1 / (1 + exp(-(a + b * x)))
        let w = p * (1 - p)
        ga += y - p
        gb += (y - p) * x
        haa += w
        hab += w * x
        hbb += w * x * x
      }
      let det = haa * hbb - hab * hab
      guard det > 0 else { break }
      let da = (hbb * ga - hab * gb) / det
      let db = (haa * gb - hab * ga) / det
      (a, b) = (a + da, b + db)
      if abs(da) < 1e-10 && abs(db) < 1e-10 { break }
    }
    return PlattScaling(intercept: a, slope: b)
  }
}

extension Calibration {
  /// The same cases with every probability mapped by `scaling`.
  package func mapped(_ scaling: PlattScaling) -> Calibration {
    var out = Calibration()
    for c in cases { out.add(probability: scaling(c.probability), met: c.met) }
    return out
  }
}
