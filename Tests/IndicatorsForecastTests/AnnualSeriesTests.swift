import IndicatorsCore
import IndicatorsForecast
import Testing

@Suite struct AnnualSeriesTests {
  static let points: [SeriesPoint] = [
    SeriesPoint(period: .year(2019), value: 100, qualifier: .exact, status: .normal),
    SeriesPoint(period: .quarter(2020, 1), value: 30, qualifier: .exact, status: .normal),
    SeriesPoint(period: .year(2020), value: 999, qualifier: .exact, status: .derived),
    SeriesPoint(period: .year(2021), value: 121, qualifier: .about, status: .normal),
  ]

  @Test func onlyObservedAnnualValuesThatAreNotDerived() {
    let series = AnnualSeries(Self.points)
    #expect(series.observed.map(\.year) == [2019, 2021])
    #expect(series.observedByYear == [2019: 100, 2021: 121])
    #expect(series.derivedYears == [2020] && series.skippedDerived == 1)
    #expect(series.qualifiedYears == [2021])
    // 2020 is filled geometrically between its neighbours for the models.
    #expect(series.filledYears == [2020])
    #expect(abs(series.values[1] - 110) < 1e-9)
    #expect(series.firstYear == 2019 && series.lastYear == 2021)
  }

  @Test func bandsByLevel() {
    let f = Forecast(mean: [1, 2], lower: [80: [0.5, 1], 95: [0, 0.5]], upper: [80: [1.5, 3], 95: [2, 4]], intervalMethod: "t")
    #expect(f.band(level: 95).lower == [0, 0.5])
    #expect(f.band(level: 80).upper == [1.5, 3])
    #expect(f.bandIfPresent(level: 90) == nil)
  }
}
