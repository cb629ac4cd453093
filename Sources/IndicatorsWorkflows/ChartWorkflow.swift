import IndicatorsCore
import IndicatorsReports
import IndicatorsStore
import IndicatorsTargets

/// A series with its `auto` forecast and its first level target after the data, ready to draw.
package enum ChartWorkflow {
  package static func chart(
    _ series: SelectedSeries, in store: any IndicatorStoring, horizon: Int, asOf: CalendarDate?, language: Language = .zh
  ) throws -> ChartData {
    try chart(ForecastWorkflow(horizon: horizon, language: language).run(series, in: store, asOf: asOf), in: store, language: language)
  }

  /// The chart of a forecast already made, over the forecast's horizon (the series page shows the
  /// forecast's table beside its chart without forecasting twice).
  package static func chart(_ result: ForecastWorkflow.SeriesForecast, in store: any IndicatorStoring, language: Language = .zh) throws -> ChartData {
    let series = result.series
    let last = result.annual.lastYear
    let horizon = result.forecast.mean.count
    let target = try store.targets(region: series.region.code)
      .first { $0.indicator == series.indicator.code && $0.kind == .level && $0.duePeriod > last }
    return ChartData(
      title: "\(series.region.name(language)) · \(series.indicator.name(language))", unit: series.indicator.unit.symbol, history: result.observed,
      forecast: TargetAssessor.projections(result.forecast, after: last, through: last + horizon).map(ChartData.Band.init),
      target: target.map { ($0.duePeriod, $0.value) })
  }
}
