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
