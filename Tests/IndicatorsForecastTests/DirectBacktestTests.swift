import Foundation
import IndicatorsCore
@testable import IndicatorsForecast
import Testing

/// `auto`'s backtest computes the drifts' forecasts straight from the values (`DirectBacktest`):
/// they must be, to the bit, the forecasts of the model fitted to each prefix.
@Suite struct DirectBacktestTests {
  static func fitted(_ model: any ForecastModel, _ y: [Double], origins: [Int], horizon: Int) -> [[Double]?] {
    origins.map { origin in
      let training = Array(y[..<origin])
      guard training.count >= model.minimumLength, let f = try? model.fit(training) else { return nil }
      let mean = f.predictive(horizon: min(horizon, y.count - origin)).mean
      return mean.allSatisfy(\.isFinite) ? mean : nil
    }
  }

  static func bits(_ m: [[Double]?]) -> [[UInt64]?] { m.map { $0?.map(\.bitPattern) } }

  @Test(arguments: [
    DriftModel(), DriftModel(estimator: .median), DriftModel(damping: 0.9), DriftModel(estimator: .median, damping: 0.8),
  ])
  func driftEqualsRefitting(_ model: DriftModel) {
    var random = SplitMix64(seed: 5)
    for length in [3, 8, 31, 100] {
      var y: [Double] = [50]
      for _ in 1..<length { y.append(y.last! + 2 + 3 * random.nextGaussian()) }
      let origins = Array(stride(from: length - 1, through: 1, by: -1).prefix(8))
      let direct = model.backtestMeans(y, origins: origins, horizon: 6)
      #expect(Self.bits(direct) == Self.bits(Self.fitted(model, y, origins: origins, horizon: 6)), "\(model.name), length \(length)")
    }
  }

  /// The log drift, also where a later value is not positive (prefixes before it still fit in logs).
  @Test func logDriftEqualsRefitting() {
    var random = SplitMix64(seed: 9)
    var y: [Double] = [100]
    for _ in 1..<40 { y.append(y.last! * (1.03 + 0.05 * random.nextGaussian())) }
    var withZero = y
    withZero[35] = 0
    let model = LogScaleModel(DriftModel())
    #expect(model.canBacktestDirectly)
    let origins = Array(stride(from: 39, through: 1, by: -1))
    for series in [y, withZero] {
      let direct = model.backtestMeans(series, origins: origins, horizon: 6)
      #expect(Self.bits(direct) == Self.bits(Self.fitted(model, series, origins: origins, horizon: 6)))
    }
    #expect(model.backtestMeans(withZero, origins: [36, 35], horizon: 3)[0] == nil)
    #expect(model.backtestMeans(withZero, origins: [36, 35], horizon: 3)[1] != nil)
    #expect(!LogScaleModel(ETSModel(.init(error: .additive, trend: .additive))).canBacktestDirectly)
  }
}
