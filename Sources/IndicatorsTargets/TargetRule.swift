import IndicatorsCore

/// How a target is measured, decided by the kind of target and the kind of measure it is set on.
///
/// | target \ series          | level, count      | rate (yearly growth, %) | share, ratio | rank  |
/// |--------------------------|-------------------|-------------------------|--------------|-------|
/// | growth (年均增长 g%)      | compound growth   | mean of rates           | refused      | refused |
/// | multiple (倍增)           | compound growth   | refused                 | refused      | refused |
/// | cumulative (累计 ±x%)     | compound growth   | mean of rates           | compound (ratio) / refused (share) | refused |
/// | level (达到 T)            | compound growth   | point change            | point change | point change |
/// | share (比重达到 x%)        | refused           | point change            | point change | refused |
/// | annual (当年值)           | year's value      | year's value            | year's value | year's value |
/// | relative (高于 X 个百分点) | refused           | margin of rates         | margin       | refused |
package enum TargetRule: String, Sendable, CaseIterable {
  /// Levels grow geometrically: CAGR (L/B)^(1/n) − 1 against the required (T/B)^(1/N) − 1.
  case compoundGrowth = "compound_growth"
  /// A series of yearly growth rates r_i (%): the geometric mean ∏(1 + r_i/100)^(1/n) − 1.
  case meanOfRates = "mean_of_rates"
  /// Shares, ratios, rates and ranks move along a straight line: a change in (percentage) points a year.
  case pointChange = "point_change"
  /// One year's value against the target value.
  case yearValue = "year_value"
  /// The average gap between two regions' values.
  case margin

  /// The rule for a target of `kind` on a series of `measure`, or why the pair means nothing.
  package static func rule(for kind: PlanTarget.Kind, on measure: MeasureKind) -> Result<TargetRule, TargetMeaningProblem> {
    switch (kind, measure) {
    case (.annual, _): return .success(.yearValue)
    case (.growth, .level), (.growth, .count), (.multiple, .level), (.multiple, .count),
      (.cumulative, .level), (.cumulative, .count), (.cumulative, .ratio), (.level, .level), (.level, .count):
      return .success(.compoundGrowth)
    case (.growth, .rate), (.cumulative, .rate): return .success(.meanOfRates)
    case (.level, _), (.share, .share), (.share, .ratio), (.share, .rate): return .success(.pointChange)
    case (.relative, .rate), (.relative, .share), (.relative, .ratio): return .success(.margin)
    default: return .failure(TargetMeaningProblem(kind: kind, measure: measure))
    }
  }

  /// Growth (%) a year for compound growth and rates; points a year otherwise.
  package var isGrowth: Bool { self == .compoundGrowth || self == .meanOfRates }
}

/// A target kind that means nothing on a series of this measure kind, with what to do instead.
package struct TargetMeaningProblem: Error, Equatable, Sendable, CustomStringConvertible {
  package var kind: PlanTarget.Kind
  package var measure: MeasureKind

  package var description: String {
    "a \(kind.rawValue) target has no meaning on a \(measure.rawValue) series: \(advice.english)"
  }

  /// The same in Chinese, for the report's note column.
  package var chinese: String { advice.chinese }

  /// What to do instead, in both languages (one case list, so that the two never part).
  var advice: (chinese: String, english: String) {
    switch (kind, measure) {
    case (.growth, .share), (.growth, .ratio), (.cumulative, .share):
      ("比重类指标按百分点变化考核，不适用年均增长目标", "a share or ratio changes by points; use a level or share target with the value to reach")
    case (.multiple, _): ("倍增目标只适用于总量指标", "a multiple needs a level or count (e.g. gdp, not gdp_growth)")
    case (_, .rank): ("位次指标只适用于当年或到期值目标", "a rank takes a level or annual target with --direction lower")
    case (.share, _): ("比重目标需设在比重类指标上", "a share target needs a share, ratio or rate series")
    case (.relative, _):
      ("高于某地区X个百分点的目标需设在增速或比重指标上", "a margin over another region is set on a growth rate or share series (e.g. gdp_growth)")
    default: ("目标类型与指标性质不符", "use a level or annual target")
    }
  }
}

/// Which growth a growth target on a level series was measured by. Chinese growth targets are real
/// (按可比价格): a level at current prices over-states real growth by the price change.
package enum GrowthBasis: Sendable, Equatable {
  /// Real growth, from the constant-price rate series with this code (gdp → gdp_growth).
  case real(String)
  /// Growth of a current-price level: no real-growth series for the region, so not deflated.
  case nominal

  /// How the report says it.
  package func words(chinese: Bool) -> String {
    switch self {
    case .real(let code): chinese ? "按可比价格(实际增速 \(code))" : "real growth (\(code), constant prices)"
    case .nominal: chinese ? "名义增速，未扣除价格因素" : "nominal, not deflated"
    }
  }

  /// The constant-price growth-rate series that measures a current-price level's real growth:
  /// `<code>_growth`, a rate at constant prices; nil when the level is not at current prices or the
  /// catalogue has no such series.
  package static func realGrowthIndicator(for level: IndicatorDefinition, in catalogue: [IndicatorDefinition]) -> IndicatorDefinition? {
    guard level.measureKind.isLevel, level.priceBasis == "current" else { return nil }
    return catalogue.first { $0.code == level.code + "_growth" && $0.measureKind == .rate && $0.priceBasis == "constant" }
  }
}
