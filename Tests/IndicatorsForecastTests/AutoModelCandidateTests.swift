import Foundation
import IndicatorsCore
@testable import IndicatorsForecast
import Testing

/// The knobs `indicators-bench-forecast` turns to try rules for `auto` (extra members, the power of
/// the backtest weights) leave the product's `auto` as it is at their defaults, and do what they say.
@Suite struct AutoModelCandidateTests {
  /// A compounding series with noise: 3% a year, ±2%, from a fixed seed.
  static let series: [Double] = {
    var random = SplitMix64(seed: 23)
    var y: [Double] = [100]
    for _ in 1..<30 { y.append(y.last! * (1.03 + 0.02 * random.nextGaussian())) }
    return y
  }()

  @Test func defaultsAreTheProductsAuto() throws {
    let plain = try AutoModel(horizon: 6).fit(Self.series).forecast(horizon: 6, levels: [80, 95])
    let explicit = try AutoModel(horizon: 6, extraMembers: [], weightPower: 1).fit(Self.series).forecast(horizon: 6, levels: [80, 95])
    #expect(plain.mean == explicit.mean)
    #expect(plain.lower[95] == explicit.lower[95] && plain.upper[80] == explicit.upper[80])
  }

  @Test func anExtraMemberIsWeighed() throws {
    let damped = ETSModel(ETSComponents(error: .additive, trend: .additive, damped: true))
    let fitted = try #require(try AutoModel(horizon: 6, extraMembers: [.init(damped)]).fit(Self.series) as? AutoModel.Fitted)
    #expect(fitted.memberNames.contains(damped.name))
    #expect(fitted.memberNames.count == AutoModel.members(length: Self.series.count, positive: true).count + 1)
    // Too short for extra members (under 7 values): the drift alone, as without them.
    let short = try #require(try AutoModel(horizon: 3, extraMembers: [.init(damped)]).fit(Array(Self.series.prefix(5))) as? AutoModel.Fitted)
    #expect(short.memberNames == ["drift"])
  }

  /// A larger power moves weight toward the member with the best backtest score.
  @Test func aLargerPowerLeansOnTheBestMember() throws {
    let one = try #require(try AutoModel(horizon: 6).fit(Self.series) as? AutoModel.Fitted)
    let two = try #require(try AutoModel(horizon: 6, weightPower: 2).fit(Self.series) as? AutoModel.Fitted)
    #expect(one.memberNames == two.memberNames)
    #expect(two.weights.max()! > one.weights.max()!)
    #expect(abs(two.weights.reduce(0, +) - 1) < 1e-12)
  }
}
