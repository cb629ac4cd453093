import Foundation
import IndicatorsCore
@testable import IndicatorsForecast
import Testing

/// Issue 23's speed work: DOTM estimated by the profile over α (`auto`'s member) must reach the
/// least squares the simplex reaches or better, keep θ ≥ 1, and its closed-form ℓ₀ and θ must be
/// the minimisers they claim to be; the undamped ETS pass (φ = 1 as a constant) must give the
/// bits of the general pass.
@Suite struct ProfileEstimationTests {
  static func series(_ length: Int, seed: UInt64, growth: Double = 1.03) -> [Double] {
    var random = SplitMix64(seed: seed)
    var y: [Double] = [100]
    for _ in 1..<length { y.append(y.last! * (growth + 0.02 * random.nextGaussian())) }
    return y
  }

  static func sse(_ y: [Double], _ f: DynamicThetaModel.Fitted) -> Double {
    DynamicThetaModel.sumOfSquaredErrors(y, lines: .init(y), level0: f.level0, alpha: f.alpha, theta: f.theta)
  }

  /// On series of several lengths and shapes (growing, shrinking, flat and noisy), the profile's
  /// sum of squared one-step errors is at most the simplex's (which stops at a tolerance).
  @Test(arguments: [(8, 1.03), (20, 1.03), (40, 0.98), (100, 1.03), (100, 1.0), (300, 1.01)])
  func profileIsAtLeastAsGoodAsTheSimplex(_ length: Int, _ growth: Double) throws {
    for seed in UInt64(1)...8 {
      let y = Self.series(length, seed: seed, growth: growth)
      let simplex = try DynamicThetaModel().estimate(y, from: nil)
      let profile = try DynamicThetaModel(estimation: .profile).estimateByProfile(y)
      let (a, b) = (Self.sse(y, profile), Self.sse(y, simplex))
      #expect(a <= b * (1 + 1e-9), "length \(length), seed \(seed): profile \(a), simplex \(b)")
      #expect(profile.theta >= 1 && profile.alpha >= 0.1 && profile.alpha <= 0.99)
    }
  }

  /// For a fixed α, `profile`'s ℓ₀ and θ give the sum of squares it reports (computed by the
  /// model's own recursion), and moving ℓ₀, or c = 1 − 1/θ within its bounds [0, 1 − 10⁻¹⁰], makes
  /// it larger. (On a steadily growing series the best c is at its upper bound, θ = 10¹⁰.)
  @Test(arguments: [(1.03, UInt64(11)), (0.99, 12), (1.0, 13)])
  func closedFormIsTheMinimumForAGivenAlpha(_ growth: Double, _ seed: UInt64) {
    let y = Self.series(60, seed: seed, growth: growth)
    let lines = DynamicThetaModel.RunningLines(y)
    for alpha in [0.15, 0.4, 0.8] {
      let p = DynamicThetaModel.profile(y, lines: lines, alpha: alpha)
      let at = DynamicThetaModel.sumOfSquaredErrors(y, lines: lines, level0: p.level0, alpha: alpha, theta: p.theta)
      #expect(abs(at - p.sse) <= 1e-8 * at, "alpha \(alpha): recursion \(at), closed form \(p.sse)")
      let c = 1 - 1 / p.theta
      #expect(c >= 0 && c <= 1 - 1e-10)
      for (dl, dc) in [(1.0, 0.0), (-1.0, 0.0), (0.0, 0.01), (0.0, -0.01)] where c + dc >= 0 && c + dc <= 1 - 1e-10 {
        let moved = DynamicThetaModel.sumOfSquaredErrors(y, lines: lines, level0: p.level0 + dl, alpha: alpha, theta: 1 / (1 - (c + dc)))
        #expect(moved > at, "alpha \(alpha), moved by (\(dl), \(dc))")
      }
    }
  }

  /// Series whose best unconstrained c = 1 − 1/θ is negative (forecasts that should lean against
  /// the running trend) get θ = 1 exactly, the bound the simplex's wall keeps: among noisy series
  /// around a fixed level some do, and none goes below 1.
  @Test func thetaStopsAtOne() throws {
    var random = SplitMix64(seed: 77)
    var atBound = 0
    for _ in 0..<40 {
      var y: [Double] = [100]
      for _ in 1..<40 { y.append(100 + 0.3 * (y.last! - 100) + 2 * random.nextGaussian()) }
      let f = try DynamicThetaModel(estimation: .profile).estimateByProfile(y)
      #expect(f.theta >= 1)
      if f.theta == 1 { atBound += 1 }
    }
    #expect(atBound > 0)
  }

  /// The same forecasts from a fixed series whatever else has run (no state kept between fits).
  @Test func profileIsDeterministic() throws {
    let y = Self.series(100, seed: 4)
    let a = try DynamicThetaModel(estimation: .profile).fit(y).predictive(horizon: 6).mean
    _ = try DynamicThetaModel(estimation: .profile).fit(Self.series(50, seed: 9))
    let b = try DynamicThetaModel(estimation: .profile).fit(y).predictive(horizon: 6).mean
    #expect(a.map(\.bitPattern) == b.map(\.bitPattern))
  }

  /// `auto` weighs the profile-estimated DOTM; the `dotm` method stays the authors' simplex.
  @Test func autoUsesTheProfileAndDotmTheSimplex() throws {
    let member = try #require(AutoModel.members(length: 30, positive: true).first?.model as? DynamicThetaModel)
    #expect(member.estimation == .profile)
    #expect((ForecastMethod.dotm.model(horizon: 6) as? DynamicThetaModel)?.estimation == .nelderMead)
  }

  /// The undamped pass, with φ = 1 as a constant, gives the bits of the damped pass run with φ = 1
  /// (which multiplies by φ at every step).
  @Test(arguments: [ETSComponents.Error.additive, .multiplicative])
  func undampedPassEqualsDampedWithPhiOne(_ error: ETSComponents.Error) throws {
    let y = Self.series(80, seed: 21)
    for trend in [ETSComponents.Trend.additive, .multiplicative] {
      let plain = ETSRecursion(components: .init(error: error, trend: trend), alpha: 0.3, beta: 0.05, phi: 1)
      let damped = ETSRecursion(components: .init(error: error, trend: trend, damped: true), alpha: 0.3, beta: 0.05, phi: 1)
      let growth0 = trend == .additive ? 2.0 : 1.02
      let a = try #require(plain.run(y, level0: 99, growth0: growth0, keep: true))
      let b = try #require(damped.run(y, level0: 99, growth0: growth0, keep: true))
      #expect(a.criterion.bitPattern == b.criterion.bitPattern, "\(error) \(trend)")
      #expect(a.fitted.map(\.bitPattern) == b.fitted.map(\.bitPattern))
      #expect(a.level.bitPattern == b.level.bitPattern && a.growth.bitPattern == b.growth.bitPattern)
    }
  }
}
