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
        try db.execute(sql: "INSERT INTO targetMilestone(targetId, period, value, label) VALUES (?, ?, ?, ?)", arguments: [id, m.period, m.value.isNaN ? nil : m.value, m.label])
      }
      return id
    }
  }

  package func targets(region: String? = nil) throws(StoreError) -> [PlanTarget] {
    try read { db in
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT t.id, i.code, r.code, t.kind, t.basePeriod, t.baseValue, t.duePeriod, t.value, t.qualifier, t.direction,
                 t.attribute, t.stretchValue, c.code, t.label, s.title, s.location, s.published
          FROM target t JOIN indicator i ON i.id = t.indicatorId JOIN region r ON r.id = t.regionId
          LEFT JOIN region c ON c.id = t.comparedRegionId JOIN source s ON s.id = t.sourceId
          \(region == nil ? "" : "WHERE r.code = ?")
          ORDER BY r.code, t.duePeriod, i.code, t.id
          """, arguments: region.map { [$0] } ?? [])
      return try rows.map { row in
        let id: Int64 = row[0]
        let milestones = try Row.fetchAll(db, sql: "SELECT period, value, label FROM targetMilestone WHERE targetId = ? ORDER BY period", arguments: [id])
          .map { PlanTarget.Milestone(period: $0[0], value: ($0[1] as Double?) ?? .nan, label: $0[2]) }
        return PlanTarget(
          id: id, indicator: row[1], region: row[2], kind: PlanTarget.Kind(rawValue: row[3])!, basePeriod: row[4],
          baseValue: row[5], duePeriod: row[6], value: row[7], qualifier: Qualifier(rawValue: row[8])!,
          direction: PlanTarget.Direction(rawValue: row[9])!, attribute: PlanTarget.Attribute(rawValue: row[10])!,
          stretchValue: row[11], comparedRegion: row[12], milestones: milestones, label: row[13],
          source: SourceReference(title: row[14], location: row[15], published: row[16]))
      }
    }
  }

  /// Removes a target; false if there was none with that id.
  package func removeTarget(id: Int64) throws(StoreError) -> Bool {
    try write { db in
      try db.execute(sql: "DELETE FROM targetMilestone WHERE targetId = ?", arguments: [id])
      try db.execute(sql: "DELETE FROM target WHERE id = ?", arguments: [id])
      return db.changesCount > 0
    }
  }
}
