import GRDB
import IndicatorsCore

extension IndicatorStore {
  /// Adds a target (unless an identical one is there) and returns its id.
  @discardableResult
  package func addTarget(_ target: PlanTarget) throws(StoreError) -> Int64 {
    try write { db in
      guard let indicatorID = try Catalog.indicatorID(db, code: target.indicator) else {
        throw StoreError.unknownSeries("no indicator '\(target.indicator)'")
      }
      guard let regionID = try Catalog.regionID(db, code: target.region) else {
        throw StoreError.unknownSeries("no region '\(target.region)'")
      }
      let comparedID = try target.comparedRegion.map { code -> Int64 in
        guard let id = try Catalog.regionID(db, code: code) else { throw StoreError.unknownSeries("no region '\(code)'") }
        return id
      }
      let sourceID = try Catalog.sourceID(db, target.source)
      if let existing = try Int64.fetchOne(
        db,
        sql: """
          SELECT id FROM target WHERE indicatorId = ? AND regionId = ? AND kind = ? AND basePeriod IS ? AND duePeriod = ?
          AND value = ? AND comparedRegionId IS ? AND sourceId = ?
          """,
        arguments: [indicatorID, regionID, target.kind.rawValue, target.basePeriod, target.duePeriod, target.value, comparedID, sourceID])
      {
        return existing
      }
      try db.execute(
        sql: """
          INSERT INTO target(indicatorId, regionId, kind, basePeriod, baseValue, duePeriod, value, qualifier, direction,
                             attribute, stretchValue, comparedRegionId, label, sourceId)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          indicatorID, regionID, target.kind.rawValue, target.basePeriod, target.baseValue, target.duePeriod, target.value,
          target.qualifier.rawValue, target.direction.rawValue, target.attribute.rawValue, target.stretchValue, comparedID,
          target.label, sourceID,
        ])
      let id = db.lastInsertedRowID
      for m in target.milestones {
        try TargetMilestoneRecord(targetId: id, milestone: m).insert(db)
      }
      try Self.audit(db, attribution, .targetAdd, subject: target.auditSubject(id: id), rows: 1)
      return id
    }
  }

  /// The targets (of one region, by code), by region, due year and indicator.
  package func targets(region: String?) throws(StoreError) -> [PlanTarget] {
    try read { db in
      try TargetRecord.fetchAll(db, region: region).map { record in
        let milestones = try TargetMilestoneRecord
          .filter(TargetMilestoneRecord.Columns.targetId == record.id)
          .order(TargetMilestoneRecord.Columns.period)
          .fetchAll(db)
        return record.target(milestones: milestones.map(\.milestone))
      }
    }
  }

  /// Removes a target; false if there was none with that id.
  package func removeTarget(id: Int64) throws(StoreError) -> Bool {
    try write { db in
      try db.execute(sql: "DELETE FROM targetMilestone WHERE targetId = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM target WHERE id = ?", arguments: [id])
      guard db.changesCount > 0 else { return false }
      try Self.audit(db, attribution, .targetRemove, subject: "target \(id)", rows: 1)
      return true
    }
  }
}
