import GRDB
import IndicatorsCore

/// A target row with the codes and source it refers to, read by column name.
struct TargetRecord: Decodable, FetchableRecord {
  var id: Int64
  var indicatorCode: String
  var regionCode: String
  var kind: PlanTarget.Kind
  var basePeriod: Int?
  var baseValue: Double?
  var duePeriod: Int
  var value: Double
  var qualifier: Qualifier
  var direction: PlanTarget.Direction
  var attribute: PlanTarget.Attribute
  var stretchValue: Double?
  var comparedRegionCode: String?
  var label: String
  var sourceTitle: String
  var sourceLocation: String
  var sourcePublished: String

  /// The targets of one region (by code), or of every region, in report order.
  static func fetchAll(_ db: Database, region: String?) throws -> [TargetRecord] {
    try fetchAll(
      db,
      sql: """
        SELECT t.id, i.code AS indicatorCode, r.code AS regionCode, t.kind, t.basePeriod, t.baseValue, t.duePeriod,
               t.value, t.qualifier, t.direction, t.attribute, t.stretchValue, c.code AS comparedRegionCode, t.label,
               s.title AS sourceTitle, s.location AS sourceLocation, s.published AS sourcePublished
        FROM target t JOIN indicator i ON i.id = t.indicatorId JOIN region r ON r.id = t.regionId
        LEFT JOIN region c ON c.id = t.comparedRegionId JOIN source s ON s.id = t.sourceId
        \(region == nil ? "" : "WHERE r.code = ?")
        ORDER BY r.code, t.duePeriod, i.code, t.id
        """, arguments: StatementArguments(region.map { [$0] } ?? []))
  }

  func target(milestones: [PlanTarget.Milestone]) -> PlanTarget {
    PlanTarget(
      id: id, indicator: indicatorCode, region: regionCode, kind: kind, basePeriod: basePeriod, baseValue: baseValue,
      duePeriod: duePeriod, value: value, qualifier: qualifier, direction: direction, attribute: attribute,
      stretchValue: stretchValue, comparedRegion: comparedRegionCode, milestones: milestones, label: label,
      source: SourceReference(title: sourceTitle, location: sourceLocation, published: sourcePublished))
  }
}

/// A row of `targetMilestone`. A NULL value is the point on the target's path in that year.
struct TargetMilestoneRecord: Codable, FetchableRecord, PersistableRecord {
  static let databaseTableName = "targetMilestone"

  var targetId: Int64
  var period: Int
  var value: Double?
  var label: String

  enum Columns {
    static let targetId = Column(CodingKeys.targetId)
    static let period = Column(CodingKeys.period)
  }

  init(targetId: Int64, milestone: PlanTarget.Milestone) {
    self.targetId = targetId
    self.period = milestone.period
    self.value = milestone.value.isNaN ? nil : milestone.value
    self.label = milestone.label
  }

  var milestone: PlanTarget.Milestone {
    PlanTarget.Milestone(period: period, value: value ?? .nan, label: label)
  }
}
