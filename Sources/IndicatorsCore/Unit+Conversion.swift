extension MeasurementUnit {
  /// The kind of measure an indicator first seen in this unit is taken to be: percentages and
  /// percentage points are rates, counts of things, people and vehicles are counts, 位 a rank,
  /// 倍 a ratio, and money, area and weight levels.
  package var measureKind: MeasureKind {
    switch dimension {
    case .percent, .percentagePoint, .permille, .permillePoint: .rate
    case .count, .persons, .vehicles, .visits, .containers: .count
    case .rank: .rank
    case .multiple: .ratio
    case .yuan, .usDollar, .area, .tonnes, .length, .mu, .hectares, .kilowattHours, .kilowatts, .jin: .level
    }
  }
}

extension MeasureKind {
  /// Levels and counts grow geometrically, so their year-on-year growth means something; rates,
  /// shares, ratios and ranks are compared by difference.
  package var isLevel: Bool { self == .level || self == .count }
}

extension ObservationInput {
  /// The figure's number in `unit`, the indicator's: scaled exactly by the power of ten between
  /// the row's unit and `unit` (1.02万 万元 → 1.02 亿元), as written when the row names no unit,
  /// and nil when the units measure different things (亿元 is not 亿美元, % is not 个百分点).
  package func number(in unit: MeasurementUnit) -> DecimalText? {
    guard let own = self.unit else { return figure.number }
    guard let power = own.powerOfTen(to: unit) else { return nil }
    return figure.number.scaled(byPowerOfTen: power)
  }

  /// The number in the unit of `indicator`, or the mistake of a row whose unit is of another kind.
  package func number(for indicator: IndicatorDefinition) throws(InputError) -> DecimalText {
    guard let number = number(in: indicator.unit) else { throw unitMismatch(indicator) }
    return number
  }

  /// `'%' cannot be converted to '亿元', the unit of gdp (地区生产总值)`, at the value.
  package func unitMismatch(_ indicator: IndicatorDefinition) -> InputError {
    InputError(
      location,
      "'\(unit?.symbol ?? "")' cannot be converted to '\(indicator.unit.symbol)', the unit of \(indicator.code) (\(indicator.nameZh))")
  }
}
