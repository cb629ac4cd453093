import Foundation
import IndicatorsCore
import IndicatorsForecast
import Testing

/// One contract over every model (statsforecast's `test_models.py` idea): the forecast has the
/// horizon's length, intervals are nested and widen with the horizon (weakly), fitting is
/// deterministic, and degenerate input gives numbers or a typed error, never NaN.
@Suite struct ModelContractTests {
  static let methods = ForecastMethod.allCases
  static let growing: [Double] = [820.2, 880, 1000, 1190, 1455.12, 1579.89, 1700, 1830.42, 2000, 2303.82, 2870, 3020, 3404, 3679, 4096, 4344, 4600.66]

  @Test(arguments: methods)
  func shapeNestingAndDeterminism(_ method: ForecastMethod) throws {
    let model = method.model(horizon: 5)
    let first = try model.fit(Self.growing).forecast(horizon: 5, levels: [80, 95])
    let second = try model.fit(Self.growing).forecast(horizon: 5, levels: [80, 95])
    #expect(first.mean.count == 5)
    #expect(first.mean == second.mean)
    #expect(first.lower[95] == second.lower[95])
    for h in 0..<5 {
      let (l95, l80, u80, u95) = (first.lower[95]![h], first.lower[80]![h], first.upper[80]![h], first.upper[95]![h])
      #expect(l95 <= l80 && l80 <= first.mean[h] && first.mean[h] <= u80 && u80 <= u95, "h=\(h + 1)")
      if h > 0 {
        #expect(u95 - l95 >= (first.upper[95]![h - 1] - first.lower[95]![h - 1]) * (1 - 1e-9), "widening at h=\(h + 1)")
      }
    }
  }

  static let degenerate: [(String, [Double])] = [
    ("one point", [5]), ("two points", [5, 6]), ("constant", [3, 3, 3, 3, 3, 3, 3]),
    ("zeros", [0, 0, 0, 0, 0, 0]), ("negatives", [-5, -4, -6, -3, -4, -2]), ("with zero", [0, 1, 2, 3, 4, 5]),
  ]

  @Test(arguments: methods)
  func degenerateInputGivesNumbersOrATypedError(_ method: ForecastMethod) {
    for (name, series) in Self.degenerate {
      let model = method.model(horizon: 3)
      do {
        let forecast = try model.fit(series).forecast(horizon: 3, levels: [80, 95])
        #expect(forecast.mean.allSatisfy { $0.isFinite }, "\(method) on \(name): \(forecast.mean)")
        #expect(forecast.lower[95]!.allSatisfy { !$0.isNaN } && forecast.upper[95]!.allSatisfy { !$0.isNaN }, "\(method) on \(name)")
      } catch {
        // A typed refusal that says why is the other acceptable answer.
        #expect(!error.description.isEmpty)
      }
    }
  }

  @Test func tooShortSaysWhatItNeeds() {
    #expect(throws: ForecastError.tooShort(model: "ETS(A,Ad,N)", needed: 8, got: 2)) { try ForecastMethod.damped.model(horizon: 1).fit([1, 2]) }
    #expect(throws: ForecastError.nonPositive(model: "loglinear")) { try TrendForecastModel(logarithmic: true).fit([1, 0, 2]) }
  }
}

@Suite struct ForecastArithmeticTests {
  /// Drift on 1, 2, …, 10: slope 1, forecasts 11, 12, 13; a perfect line has σ = 0.
  @Test func driftExtrapolatesTheMeanChange() throws {
    let f = try DriftModel().fit((1...10).map(Double.init)).forecast(horizon: 3, levels: [95])
    #expect(f.mean == [11, 12, 13])
    #expect(f.upper[95] == f.mean)
  }

  /// Damped drift with φ = 0.5 on a slope-2 line: 2·(1 + 0.5 + 0.25) = 3.5 after three years.
  @Test func dampedDriftFades() throws {
    let f = try DriftModel(damping: 0.5).fit([0, 2, 4, 6]).forecast(horizon: 3, levels: [])
    #expect(f.mean == [8, 9, 9.5])
  }

  /// The median drift ignores one collapse year that drags the mean drift down.
  @Test func medianDriftResistsAnOutlierYear() throws {
    let y: [Double] = [100, 110, 120, 130, 80, 140, 150, 160]
    let mean = try DriftModel().fit(y).forecast(horizon: 1, levels: []).mean[0]
    let median = try DriftModel(estimator: .median).fit(y).forecast(horizon: 1, levels: []).mean[0]
    #expect(abs(median - 170) < 1e-12)
    #expect(mean < median)
  }

  /// Normal and t quantiles against tabulated values.
  @Test func quantiles() {
    #expect(abs(Normal.quantile(0.975) - 1.959963984540054) < 1e-12)
    #expect(abs(Normal.quantile(0.9) - 1.2815515655446004) < 1e-12)
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 10) - 2.228138851986522) < 1e-9)
    #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 2) - 4.302652729911275) < 1e-9)
  }

  /// sMAPE, MASE and coverage on a hand-computed case.
  @Test func accuracyMeasures() {
    let forecast = Forecast(mean: [110, 120], lower: [95: [100, 100]], upper: [95: [120, 115]], intervalMethod: "test")
    let accuracy = Accuracy(actual: [100, 120], forecast: forecast, training: [90, 95, 100])
    // sMAPE: (200·10/210 + 0)/2; MASE: mean |e| = 5 over naive MAE 5 = 1; one of two inside.
    #expect(abs(accuracy.smape - 100 * 10 / 210) < 1e-12)
    #expect(abs(accuracy.mase - 1) < 1e-12)
    #expect(accuracy.coverage[95] == 0.5)
    // MSIS: widths 20 and 15, penalty 40·5 for the second; mean (20 + 15 + 200)/2 / 5.
    #expect(abs(accuracy.msis - (20 + 15 + 200) / 2 / 5) < 1e-12)
  }

  /// Auto on a long series calibrates its intervals on its own backtest; on a short one it says
  /// so and uses the pooled prior, which never gives a zero-width interval.
  @Test func autoCalibratesWhenItCan() throws {
    let long = try AutoModel().fit(ModelContractTests.growing).forecast(horizon: 3, levels: [95])
    #expect(long.intervalMethod.hasPrefix("calibrated on"))
    for short in [[5.0], [5, 6], [1, 2, 3], [3, 3, 3, 3], [1, 2, 3, 4, 5, 6]] {
      let f = try AutoModel().fit(short).forecast(horizon: 3, levels: [95])
      #expect(f.intervalMethod.hasPrefix("pooled prior"), "\(short)")
      #expect(zip(f.lower[95]!, f.upper[95]!).allSatisfy { $1 - $0 > 0 }, "\(short): \(f.lower[95]!) \(f.upper[95]!)")
    }
  }
}

@Suite struct NewModelArithmeticTests {
  /// DOTM's dynamic trend is the least-squares line of the data so far, so on an exact line its
  /// forecasts continue the line (to 0.1%: the smoothed level's lag is corrected only as far as
  /// the optimiser drives the squared errors down).
  @Test func dynamicThetaContinuesAStraightLine() throws {
    let line = (0..<12).map { 10 + 2.5 * Double($0) }
    let f = try DynamicThetaModel().fit(line).forecast(horizon: 3, levels: [])
    for (h, value) in f.mean.enumerated() {
      let exact = 10 + 2.5 * Double(12 + h)
      #expect(abs(value - exact) < 1e-3 * exact, "h=\(h + 1): \(value)")
    }
  }

  /// The drift of log y on exact 10% growth is 10% growth: 100·1.1¹⁰, ·1.1¹¹ …
  @Test func logDriftCompounds() throws {
    let y = (0..<10).map { 100 * pow(1.1, Double($0)) }
    let f = try LogScaleModel(DriftModel()).fit(y).forecast(horizon: 2, levels: [95])
    #expect(abs(f.mean[0] / (100 * pow(1.1, 10)) - 1) < 1e-12)
    #expect(abs(f.mean[1] / (100 * pow(1.1, 11)) - 1) < 1e-12)
    #expect(throws: ForecastError.nonPositive(model: "log_drift")) { try LogScaleModel(DriftModel()).fit([1, 0, 2]) }
  }

  /// Weights are prior / backtest score, normalised: a member that forecast the backtest
  /// perfectly takes (almost) all the weight.
  @Test func autoWeightsFollowTheBacktest() throws {
    let line = (0..<14).map { 50 + 3 * Double($0) }
    let fitted = try #require(try AutoModel().fit(line) as? AutoModel.Fitted)
    let weights = Dictionary(uniqueKeysWithValues: zip(fitted.memberNames, fitted.weights))
    #expect(weights["drift"]! > 0.3 && weights["drift_median"]! > 0.3, "\(weights)")
    #expect(abs(fitted.weights.reduce(0, +) - 1) < 1e-12)
    let f = fitted.forecast(horizon: 2, levels: [80])
    #expect(abs(f.mean[0] - 92) < 1e-3 && abs(f.mean[1] - 95) < 1e-3, "\(f.mean)")
  }
}

@Suite struct AutoIntervalShapeTests {
  /// A level's interval widens like h (4× at h = 4), a rate's like √h (2×), and a positive
  /// level's lower bound stops at zero.
  @Test func levelsWidenLikeHRatesLikeRootH() throws {
    let y = ModelContractTests.growing
    func halfWidths(_ kind: AutoModel.Kind) throws -> [Double] {
      let f = try AutoModel(kind: kind).fit(y).forecast(horizon: 4, levels: [80])
      return zip(f.lower[80]!, f.upper[80]!).map { ($1 - $0) / 2 }
    }
    let level = try halfWidths(.level), rate = try halfWidths(.rate)
    #expect(abs(level[3] / level[0] - 4) < 1e-9, "\(level)")
    #expect(abs(rate[3] / rate[0] - 2) < 1e-9, "\(rate)")
    let far = try AutoModel().fit([5, 4, 6, 3, 5, 2, 4, 3, 5, 2, 1, 2]).forecast(horizon: 6, levels: [95])
    #expect(far.lower[95]!.allSatisfy { $0 >= 0 })
  }
}

@Suite struct RealTimeBacktestTests {
  static func series(_ firstYear: Int, _ values: [Double]) -> AnnualSeries {
    AnnualSeries(values.enumerated().map { SeriesPoint(period: .year(firstYear + $0.offset), value: $0.element, qualifier: .exact, status: .normal) })
  }

  /// Drift from each vintage: 2021's vintage knows 2018–2020 (10, 11, 12) and forecasts 13 for
  /// 2021, which today reads 14 (error 1/14); a later vintage that adds nothing is skipped.
  @Test func forecastsFromEachVintageAreScoredOnTodaysValues() {
    let snapshots = [
      RealTimeBacktest.Snapshot(date: "2021-02-01", series: Self.series(2018, [10, 11, 12])),
      RealTimeBacktest.Snapshot(date: "2021-06-01", series: Self.series(2018, [10, 11, 12])),
      RealTimeBacktest.Snapshot(date: "2022-02-01", series: Self.series(2018, [10, 11, 12.5, 14])),
    ]
    let truth = Self.series(2018, [10, 11, 12.5, 14, 15])
    let backtest = RealTimeBacktest(model: DriftModel(), snapshots: snapshots, truth: truth, horizon: 2)
    #expect(backtest.origins.map(\.date) == ["2021-02-01", "2022-02-01"])
    #expect(backtest.origins[0].forecast.mean == [13, 14])
    #expect(backtest.origins[0].actual == [14, 15])
    #expect(abs(backtest.origins[0].percentageErrors[0]! - 100.0 / 14) < 1e-12)
    #expect(backtest.origins[1].actual == [15, nil])
    let summary = backtest.summary
    #expect(summary.cases == [2, 1])
  }
}
