import GRDB
import IndicatorsCore

/// A forecast value as stored: derived data, replaced when a series is forecast again.
package struct StoredForecast: Sendable {
  package var indicator: String
  package var region: String
  package var period: Period
  package var model: String
  package var mean: Double
  package var lower80: Double?
  package var upper80: Double?
  package var lower95: Double?
  package var upper95: Double?
  package var intervalMethod: String

  package init(indicator: String, region: String, period: Period, model: String, mean: Double, lower80: Double?, upper80: Double?, lower95: Double?, upper95: Double?, intervalMethod: String) {
    self.indicator = indicator
    self.region = region
    self.period = period
    self.model = model
    self.mean = mean
    self.lower80 = lower80
    self.upper80 = upper80
    self.lower95 = lower95
    self.upper95 = upper95
    self.intervalMethod = intervalMethod
  }
}

extension IndicatorStore {
  /// Saves forecasts in one transaction, replacing earlier ones of the same series and model.
  package func saveForecasts(_ forecasts: [StoredForecast], asOf: CalendarDate?, createdAt: CalendarDate) throws(StoreError) {
    try write { db in
      var ids: [String: (Int64, Int64)] = [:]
      for f in forecasts {
        let key = f.indicator + "\u{0}" + f.region + "\u{0}" + f.model
        if ids[key] == nil {
          let indicatorID = try Catalog.indicatorID(db, code: f.indicator)!
          let regionID = try Catalog.regionID(db, code: f.region)!
          try db.execute(sql: "DELETE FROM forecast WHERE indicatorId = ? AND regionId = ? AND model = ?", arguments: [indicatorID, regionID, f.model])
          ids[key] = (indicatorID, regionID)
        }
        let (indicatorID, regionID) = ids[key]!
        try db.execute(
          sql: """
            INSERT INTO forecast(indicatorId, regionId, period, model, mean, lower80, upper80, lower95, upper95, intervalMethod, asOf, createdAt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [indicatorID, regionID, f.period.canonical, f.model, f.mean, f.lower80, f.upper80, f.lower95, f.upper95, f.intervalMethod, asOf?.description, createdAt.description])
      }
    }
  }

  /// How many series have current values (from `seriesSummary`).
  package func seriesCount() throws(StoreError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM seriesSummary") ?? 0 }
  }
}
