import Foundation
import IndicatorsTargets
import Testing

@Suite struct CalibrationTests {
  /// Four cases: (0.05, no), (0.15, yes), (0.95, yes), (0.95, no).
  /// Brier = (0.0025 + 0.7225 + 0.0025 + 0.9025)/4 = 0.4075; base rate 1/2, climatology 0.25.
  @Test func brierScoreAndBins() {
    var c = Calibration()
    c.add(probability: 0.05, met: false)
    c.add(probability: 0.15, met: true)
    c.add(probability: 0.95, met: true)
    c.add(probability: 0.95, met: false)
    #expect(abs(c.brierScore - 0.4075) < 1e-12)
    #expect(c.baseRate == 0.5)
    #expect(abs(c.climatologyBrierScore - 0.25) < 1e-12)
    let bins = c.bins
    #expect(bins.count == 10)
    #expect(bins[0].count == 1 && bins[0].observedFrequency == 0)
    #expect(bins[1].count == 1 && bins[1].observedFrequency == 1)
    #expect(bins[9].count == 2 && abs(bins[9].meanProbability - 0.95) < 1e-12 && bins[9].observedFrequency == 0.5)
    #expect(abs(bins[9].gap - -0.45) < 1e-12)
    #expect(bins[5].count == 0 && bins[5].meanProbability.isNaN)
    #expect(abs(c.worstGap(minimumCount: 2) - 0.45) < 1e-12)
    #expect(abs(c.worstGap(minimumCount: 1) - 0.85) < 1e-12)
  }

  @Test func probabilityOneFallsInTheLastBin() {
    var c = Calibration()
    c.add(probability: 1, met: true)
    #expect(c.bins[9].count == 1)
  }
}

@Suite struct PlattScalingTests {
  /// logit p′ = a + b·logit p: with a = ln 3, b = 1, p = 0.5 maps to 3/(1 + 3) = 0.75; with a = 0,
  /// b = 2, p = 0.25 (logit −ln 3) maps to 1/(1 + 9) = 0.1.
  @Test func mapsByTheLogit() {
    #expect(abs(PlattScaling(intercept: log(3), slope: 1)(0.5) - 0.75) < 1e-12)
    #expect(abs(PlattScaling(intercept: 0, slope: 2)(0.25) - 0.1) < 1e-12)
    #expect(abs(PlattScaling.identity(0.3) - 0.3) < 1e-12)
    #expect(PlattScaling.identity(0) > 0 && PlattScaling.identity(0) < 1e-5)
  }

  /// Outcomes in the proportions a Platt map gives: at logit p = −1, 0, 1 with a = 0.5, b = 2 the
  /// true probabilities are σ(−1.5), σ(0.5), σ(2.5); 10,000 cases at each, met in those
  /// proportions (rounded), give back a ≈ 0.5, b ≈ 2.
  @Test func fitRecoversAKnownMap() {
    var c = Calibration()
    let sigma = { (z: Double) in 1 / (1 + exp(-z)) }
    for x in [-1.0, 0, 1] {
      let met = Int((sigma(0.5 + 2 * x) * 10_000).rounded())
      for i in 0..<10_000 { c.add(probability: sigma(x), met: i < met) }
    }
    let fit = PlattScaling.fit(c)
    #expect(abs(fit.intercept - 0.5) < 1e-3)
    #expect(abs(fit.slope - 2) < 1e-3)
    // Probabilities already calibrated give back the identity.
    var calibrated = Calibration()
    for x in [-1.0, 1] {
      let met = Int((sigma(x) * 10_000).rounded())
      for i in 0..<10_000 { calibrated.add(probability: sigma(x), met: i < met) }
    }
    let identity = PlattScaling.fit(calibrated)
    #expect(abs(identity.intercept) < 1e-3 && abs(identity.slope - 1) < 1e-3)
  }
}
