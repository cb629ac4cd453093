/// A plan target as Chinese planning documents state them.
///
/// - `level`: a value by a due year (2027年GDP超6000亿元).
/// - `growth`: an average annual growth rate from the base year to the due year (年均增长7%).
/// - `multiple`: a multiple of the base value in N years (五年倍增 = ×2 in 5 years), with milestones
///   inside it (三年攻坚 = the point on the doubling path after 3 years, 2^(3/5) ≈ 1.516×).
/// - `share`: a share or ratio threshold (R&D intensity ≥ X%), approached along a straight line.
/// - `relative`: growth above another region's by a margin (增速高于全省1个百分点).
/// - `cumulative`: a change over a plan period ([13.5]% reduction over five years).
/// - `annual`: a value for one year, usually a growth rate (2023年GDP增长7.5%).
package struct PlanTarget: Hashable, Sendable {
  package enum Kind: String, Sendable, CaseIterable, Codable {
    case level, growth, multiple, share, relative, cumulative, annual
  }

  package enum Direction: String, Sendable, CaseIterable, Codable {
    case higher, lower
  }

  /// 预期性 (expected, a guide) or 约束性 (binding).
  package enum Attribute: String, Sendable, CaseIterable, Codable {
    case expected, binding
  }

  package var id: Int64?
  package var indicator: String
  package var region: String
  package var kind: Kind
  package var basePeriod: Int?
  /// The base value; nil means the value the store holds for the base year.
  package var baseValue: Double?
  package var duePeriod: Int
  /// The target value, in the indicator's unit: a level, a growth rate in %, a multiple, a share,
  /// a margin in percentage points, a change in %.
  package var value: Double
  package var qualifier: Qualifier
  package var direction: Direction
  package var attribute: Attribute
  /// 确保 (firm) and 力争 (stretch) values, when the document gives both.
  package var stretchValue: Double?
  /// For `relative`: the region compared with.
  package var comparedRegion: String?
  /// Milestones: a year and the value due then (explicit, or on the path of a `multiple`).
  package var milestones: [Milestone]
  package var label: String
  package var source: SourceReference

  package struct Milestone: Hashable, Sendable {
    package var period: Int
    package var value: Double
    package var label: String

    package init(period: Int, value: Double, label: String) {
      self.period = period
      self.value = value
      self.label = label
    }
  }

  package init(
    id: Int64? = nil, indicator: String, region: String, kind: Kind, basePeriod: Int?, baseValue: Double? = nil,
    duePeriod: Int, value: Double, qualifier: Qualifier = .exact, direction: Direction = .higher,
    attribute: Attribute = .expected, stretchValue: Double? = nil, comparedRegion: String? = nil,
    milestones: [Milestone] = [], label: String = "", source: SourceReference
  ) {
    self.id = id
    self.indicator = indicator
    self.region = region
    self.kind = kind
    self.basePeriod = basePeriod
    self.baseValue = baseValue
    self.duePeriod = duePeriod
    self.value = value
    self.qualifier = qualifier
    self.direction = direction
    self.attribute = attribute
    self.stretchValue = stretchValue
    self.comparedRegion = comparedRegion
    self.milestones = milestones
    self.label = label
    self.source = source
  }
}
