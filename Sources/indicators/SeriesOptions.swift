import ArgumentParser
import IndicatorsCore
import IndicatorsStore
import IndicatorsWorkflows

/// `--as-of`: read the data as known on a date.
struct VintageOptions: ParsableArguments {
  @Option(name: .customLong("as-of"), help: ArgumentHelp("Use only figures published on or before this date (YYYY-MM-DD).", valueName: "date"))
  var asOfText: String?

  var asOf: CalendarDate? {
    get throws {
      guard let asOfText else { return nil }
      guard let date = CalendarDate(parsing: asOfText) else {
        throw ValidationError("--as-of: '\(ChineseText.excerpt(asOfText))' is not a date; \(CalendarDate.formatHint)")
      }
      return date
    }
  }

  func validate() throws { _ = try asOf }
}

/// The series a command works on: an indicator and, optionally, a region.
struct SeriesOptions: ParsableArguments {
  @Argument(help: "Indicator code or name (gdp, 地区生产总值).")
  var indicator: String

  @Option(help: "Region code or name (default: the default region, or the only region with data).")
  var region: String?

  var selector: SeriesSelector { SeriesSelector(indicator: indicator, region: region) }

  func resolve(in database: any IndicatorStoring) throws -> SelectedSeries {
    try selector.resolve(in: database, language: Console.language)
  }
}

/// The `--horizon` check every forecasting command shares.
enum HorizonCheck {
  static func horizon(_ horizon: Int) throws {
    let range = SupportedRange.horizon
    guard range.contains(horizon) else {
      throw ValidationError("--horizon: \(horizon) years; give \(range.lowerBound) to \(range.upperBound)")
    }
  }
}
