import Foundation
import IndicatorsCore
@testable import IndicatorsForecast
import Testing

/// `auto`'s backtest filters DOTM and ETS on from one estimate (`Refilterable`): the forecast from
/// each origin must be the one a fit on the values up to that origin, with the same parameters,
/// would give, to the bit, and must not depend on any value after the origin.
@Suite struct RefilterTests {
  static func series(_ length: Int, seed: UInt64) -> [Double] {
    var random = SplitMix64(seed: seed)
    var y: [Double] = [100]
    for _ in 1..<length { y.append(y.last! * (1.03 + 0.02 * random.nextGaussian())) }
    return y
  }

  @Test func dotmStatesAreThePrefixRuns() throws {
    let y = Self.series(40, seed: 3)
    let fitted = try DynamicThetaModel().estimate(Array(y[..<30]), from: nil)
    let origins = [39, 35, 31, 30]
    let byOrigin = try #require(DynamicThetaModel().forecasts(y, origins: origins, horizon: 6, parameters: fitted))
    for (origin, mean) in zip(origins, byOrigin) {
      var none: [Double]? = nil
      var expected = fitted
      expected.state = DynamicThetaModel.run(Array(y[..<origin]), level0: fitted.level0, alpha: fitted.alpha, theta: fitted.theta, fitted: &none).state
      let want = expected.predictive(horizon: min(6, y.count - origin)).mean
      #expect(try #require(mean).map(\.bitPattern) == want.map(\.bitPattern), "origin \(origin)")
    }
    // At the estimation origin itself, the fitted model's own forecast.
    #expect(byOrigin[3] == fitted.predictive(horizon: 6).mean)
  }

  @Test(arguments: [
    ETSComponents(error: .multiplicative, trend: .additive), ETSComponents(error: .additive, trend: .additive, damped: true),
    ETSComponents(error: .additive, trend: .none),
  ])
  func etsStatesAreThePrefixRuns(_ components: ETSComponents) throws {
    let y = Self.series(40, seed: 5)
    let model = ETSModel(components)
    let fitted = try model.estimate(Array(y[..<30]))
    let origins = [39, 33, 30]
    let byOrigin = try #require(model.forecasts(y, origins: origins, horizon: 6, parameters: fitted))
    let start = try #require(model.recursion(fitted.optimum))
    for (origin, mean) in zip(origins, byOrigin) {
      let pass = try #require(start.recursion.run(Array(y[..<origin]), level0: start.level0, growth0: start.growth0, keep: false))
      var expected = fitted
      (expected.level, expected.growth) = (pass.level, pass.growth)
      let want = expected.pointForecasts(horizon: min(6, y.count - origin))
      #expect(try #require(mean).map(\.bitPattern) == want.map(\.bitPattern), "\(components) origin \(origin)")
    }
    #expect(byOrigin[2] == fitted.pointForecasts(horizon: 6))
  }

  /// Changing every value from the origin on leaves that origin's forecast as it was.
  @Test func aForecastDoesNotSeeItsFuture() throws {
    let y = Self.series(40, seed: 9)
    var changed = y
    for t in 34..<40 { changed[t] *= 1.5 }
    let dotm = try DynamicThetaModel().estimate(Array(y[..<30]), from: nil)
    let ets = try ETSModel(ETSComponents(error: .multiplicative, trend: .additive)).estimate(Array(y[..<30]))
    for (model, fitted) in [(DynamicThetaModel() as any Refilterable, dotm as any FittedForecast),
                            (ETSModel(ets.components), ets)] {
      let before = try #require(model.forecasts(y, origins: [34, 30], horizon: 6, parameters: fitted))
      let after = try #require(model.forecasts(changed, origins: [34, 30], horizon: 6, parameters: fitted))
      #expect(before == after, "\(model.name)")
      let later = try #require(model.forecasts(changed, origins: [35], horizon: 5, parameters: fitted))
      let earlier = try #require(model.forecasts(y, origins: [35], horizon: 5, parameters: fitted))
      #expect(later != earlier, "\(model.name): the value at 34 is seen from origin 35")
    }
  }
}

/// `auto`'s backtest scores with DOTM and ETS filtered on from one estimate stay within a few
/// percent of those with a refit at every origin, on a long series (where the rule applies).
@Suite struct AutoRefilterTests {
  @Test func refilteredScoresAreCloseToRefitted() throws {
    let y = RefilterTests.series(100, seed: 21)
    let members = AutoModel.members(length: y.count, positive: true).map(\.model)
    let full = members.map { try? $0.fit(y) }
    func scores(_ refilterLength: Int) -> [Double] {
      AutoModel.Backtrack(y: y, members: members, full: full, windows: 8, horizon: 6, minimumTraining: 6, refilterLength: refilterLength)
        .scores().map { $0! }
    }
    let refitted = scores(.max), refiltered = scores(0)
    #expect(refitted != refiltered, "the rule made no difference: is it applied?")
    for (name, (a, b)) in zip(members.map(\.name), zip(refitted, refiltered)) {
      #expect(abs(a - b) <= 0.05 * a, "\(name): \(a) refitted, \(b) filtered on")
    }
  }
}
