import IndicatorsCore
import IndicatorsStore
import PostgresNIO

extension PostgresStore {
  @discardableResult
  package func addTarget(_ target: PlanTarget) throws(StoreError) -> Int64 {
    try write {
      let catalog = PostgresCatalog(session)
      func id(_ table: String, _ code: String) throws -> Int64 {
        guard let row = try session.rows("SELECT id FROM \(table) WHERE code = $1", [.text(code)]).first else {
          throw StoreError.unknownSeries("no \(table) '\(code)'")
        }
        return try row[0].decode(Int64.self)
      }
      let indicatorID = try id("indicator", target.indicator)
      let regionID = try id("region", target.region)
      let comparedID = try target.comparedRegion.map { try id("region", $0) }
      let sourceID = try catalog.sourceID(target.source)
      if let existing = try session.rows(
        """
        SELECT id FROM target WHERE indicatorId = $1 AND regionId = $2 AND kind = $3 AND basePeriod IS NOT DISTINCT FROM $4
        AND duePeriod = $5 AND value = $6 AND comparedRegionId IS NOT DISTINCT FROM $7 AND sourceId = $8
        """,
        [
          .int(indicatorID), .int(regionID), .text(target.kind.rawValue), .int(target.basePeriod), .int(target.duePeriod),
          .real(target.value), .int(comparedID), .int(sourceID),
        ]
      ).first {
        return try existing[0].decode(Int64.self)
      }
      let id = try session.scalar(
        Int64.self,
        """
        INSERT INTO target(indicatorId, regionId, kind, basePeriod, baseValue, duePeriod, value, qualifier, direction,
                           attribute, stretchValue, comparedRegionId, label, sourceId)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id
        """,
        [
          .int(indicatorID), .int(regionID), .text(target.kind.rawValue), .int(target.basePeriod), .real(target.baseValue),
          .int(target.duePeriod), .real(target.value), .text(target.qualifier.rawValue), .text(target.direction.rawValue),
          .text(target.attribute.rawValue), .real(target.stretchValue), .int(comparedID), .text(target.label), .int(sourceID),
        ])
      for milestone in target.milestones {
        try session.run(
          "INSERT INTO targetMilestone(targetId, period, value, label) VALUES ($1, $2, $3, $4)",
          [.int(id), .int(milestone.period), .real(milestone.value.isNaN ? nil : milestone.value), .text(milestone.label)])
      }
      try audit(.targetAdd, subject: target.auditSubject(id: id), rows: 1)
      return id
    }
  }

  package func targets(region: String?) throws(StoreError) -> [PlanTarget] {
    try read {
      var milestones: [Int64: [PlanTarget.Milestone]] = [:]
      for row in try session.rows("SELECT targetId, period, value, label FROM targetMilestone ORDER BY targetId, period") {
        milestones[try row[0].decode(Int64.self), default: []].append(
          PlanTarget.Milestone(
            period: Int(try row[1].decode(Int64.self)), value: try row[2].decode(Double?.self) ?? .nan,
            label: try row[3].decode(String.self)))
      }
      return try session.rows(
        """
        SELECT t.id, i.code, r.code, t.kind, t.basePeriod, t.baseValue, t.duePeriod,
               t.value, t.qualifier, t.direction, t.attribute, t.stretchValue, c.code, t.label,
               s.title, s.location, s.published
        FROM target t JOIN indicator i ON i.id = t.indicatorId JOIN region r ON r.id = t.regionId
        LEFT JOIN region c ON c.id = t.comparedRegionId JOIN source s ON s.id = t.sourceId
        \(region == nil ? "" : "WHERE r.code = $1")
        ORDER BY r.code, t.duePeriod, i.code, t.id
        """, region.map { [.text($0)] } ?? []
      ).map { row in
        let id = try row[0].decode(Int64.self)
        func choice<T: RawRepresentable<String>>(_ index: Int) throws -> T {
          let text = try row[index].decode(String.self)
          guard let value = T(rawValue: text) else { throw StoreError.sqlite("target \(id): '\(text)' is not a \(T.self)") }
          return value
        }
        return PlanTarget(
          id: id, indicator: try row[1].decode(String.self), region: try row[2].decode(String.self), kind: try choice(3),
          basePeriod: try row[4].decode(Int64?.self).map(Int.init), baseValue: try row[5].decode(Double?.self),
          duePeriod: Int(try row[6].decode(Int64.self)), value: try row[7].decode(Double.self), qualifier: try choice(8),
          direction: try choice(9), attribute: try choice(10), stretchValue: try row[11].decode(Double?.self),
          comparedRegion: try row[12].decode(String?.self), milestones: milestones[id] ?? [], label: try row[13].decode(String.self),
          source: SourceReference(
            title: try row[14].decode(String.self), location: try row[15].decode(String.self), published: try row[16].decode(String.self)))
      }
    }
  }

  package func removeTarget(id: Int64) throws(StoreError) -> Bool {
    try write {
      try session.run("DELETE FROM targetMilestone WHERE targetId = $1", [.int(id)])
      guard (try session.run("DELETE FROM target WHERE id = $1", [.int(id)]).metadata.rows ?? 0) > 0 else { return false }
      try audit(.targetRemove, subject: "target \(id)", rows: 1)
      return true
    }
  }

  package func saveForecasts(_ forecasts: [StoredForecast], asOf: CalendarDate?, createdAt: CalendarDate) throws(StoreError) {
    try write {
      var ids: [String: (Int64, Int64)] = [:]
      for f in forecasts {
        let key = f.indicator + "\u{0}" + f.region + "\u{0}" + f.model
        if ids[key] == nil {
          let indicatorID = try session.scalar(Int64.self, "SELECT id FROM indicator WHERE code = $1", [.text(f.indicator)])
          let regionID = try session.scalar(Int64.self, "SELECT id FROM region WHERE code = $1", [.text(f.region)])
          try session.run(
            "DELETE FROM forecast WHERE indicatorId = $1 AND regionId = $2 AND model = $3",
            [.int(indicatorID), .int(regionID), .text(f.model)])
          ids[key] = (indicatorID, regionID)
        }
        let (indicatorID, regionID) = ids[key]!
        try session.run(
          """
          INSERT INTO forecast(indicatorId, regionId, period, model, mean, lower80, upper80, lower95, upper95, intervalMethod, asOf, createdAt)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
          """,
          [
            .int(indicatorID), .int(regionID), .text(f.period.canonical), .text(f.model), .real(f.mean), .real(f.lower80),
            .real(f.upper80), .real(f.lower95), .real(f.upper95), .text(f.intervalMethod), .text(asOf?.description),
            .text(createdAt.description),
          ])
      }
    }
  }
}
