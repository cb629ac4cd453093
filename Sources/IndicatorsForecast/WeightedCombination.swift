import Foundation

/// Forecasts averaged with fixed weights (summing to 1); the sd likewise, which assumes perfectly
/// correlated errors and so errs wide — `auto` calibrates its intervals instead.
struct WeightedCombination: FittedForecast {
  var members: [any FittedForecast]
  var weights: [Double]

  var fittedValues: [Double] {
    let all = members.map(\.fittedValues)
    let n = all.map(\.count).min() ?? 0
    return (0..<n).map { i in
      var sum = 0.0, weight = 0.0
      for (m, w) in zip(all, weights) where m[m.count - n + i].isFinite {
        sum += w * m[m.count - n + i]
        weight += w
      }
      return weight > 0 ? sum / weight : .nan
    }
  }
  var sigma: Double { zip(members, weights).map { $0.sigma * $1 }.reduce(0, +) }
  var parameters: [(name: String, value: Double)] { weights.enumerated().map { ("weight_\($0.offset + 1)", $0.element) } }

  func predictive(horizon: Int) -> Predictive {
    let each = members.map { $0.predictive(horizon: horizon) }
    return Predictive(
      location: (0..<horizon).map { h in zip(each, weights).map { $0.mean[h] * $1 }.reduce(0, +) },
      standardDeviation: (0..<horizon).map { h in
        var sd = 0.0
        for (p, w) in zip(each, weights) {
          sd += w * (p.logScale ? p.mean[h] * p.standardDeviation[h] : p.standardDeviation[h])
        }
        return sd
      })
  }
}
