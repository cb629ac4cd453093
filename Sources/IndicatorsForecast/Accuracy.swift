import Foundation

/// Forecast accuracy as the M-competitions measure it (M4 guide): sMAPE = mean 200|y − f|/(|y| + |f|);
/// MASE = mean |y − f| / s with s the in-sample mean absolute one-step naive change; MSIS at level
/// 1 − a = mean(U − L + (2/a)(L − y)⁺ + (2/a)(y − U)⁺) / s; coverage = share of y inside [L, U].
package struct Accuracy: Sendable {
  package var smape: Double
  package var mase: Double
  package var coverage: [Double: Double]
  package var msis: Double

  package init(actual: [Double], forecast: Forecast, training: [Double]) {
    let n = actual.count
    precondition(forecast.mean.count >= n, "Accuracy: forecast shorter than the actuals")
    let scale = Accuracy.naiveScale(training)
    var smapeSum = 0.0, maeSum = 0.0
    for h in 0..<n {
      let y = actual[h], f = forecast.mean[h]
      let denominator = abs(y) + abs(f)
      smapeSum += denominator > 0 ? 200 * abs(y - f) / denominator : 0
      maeSum += abs(y - f)
    }
    smape = smapeSum / Double(n)
    mase = maeSum / Double(n) / scale
    coverage = [:]
    for (level, lower) in forecast.lower {
      let upper = forecast.upper[level]!
      coverage[level] = Double((0..<n).filter { lower[$0] <= actual[$0] && actual[$0] <= upper[$0] }.count) / Double(n)
    }
    if let lower = forecast.lower[95], let upper = forecast.upper[95] {
      let a = 0.05
      msis = (0..<n).map { h in
        upper[h] - lower[h] + 2 / a * max(0, lower[h] - actual[h]) + 2 / a * max(0, actual[h] - upper[h])
      }.average / scale
    } else {
      msis = .nan
    }
  }

  /// Mean absolute one-step change of the training data (the MASE scale for yearly data); 1 when
  /// there is none (fewer than two values, or a constant series), so that a scale never divides by 0.
  package static func naiveScale(_ y: [Double]) -> Double {
    let scale = meanAbsoluteChange(y)
    return scale > 0 ? scale : 1
  }

  /// Mean |y_t − y_{t−1}|; 0 for fewer than two values.
  package static func meanAbsoluteChange(_ y: [Double]) -> Double {
    guard y.count > 1 else { return 0 }
    return zip(y.dropFirst(), y).map { abs($0 - $1) }.reduce(0, +) / Double(y.count - 1)
  }
}
