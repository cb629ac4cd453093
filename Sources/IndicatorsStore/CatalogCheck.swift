import IndicatorsCore

/// Matches import rows against the catalogue without writing anything: an unknown indicator or
/// region (unless its code may create one), a new indicator without a unit, a unit that does not
/// convert to the indicator's. `import --dry-run` and the import itself ask the same questions
/// here, so a dry run refuses exactly what the import would refuse, and an import names every
/// such row of a file, not just the first.
///
/// Indicators and regions a row would create are remembered (a new indicator with the unit of
/// its first row), so later rows — and later files of one command — are checked against them.
package struct CatalogCheck: Sendable {
  private var index: CatalogIndex
  private var newIndicators: [String: MeasurementUnit] = [:]
  private var newRegions: Set<String> = []
  /// Answers already given, by name: a file repeats a few names on every row.
  private var indicatorAnswers = LookupMemo<String, Result<IndicatorDefinition?, Problem>>()
  private var regionAnswers = LookupMemo<String, Problem?>()

  struct Problem: Error { var message: String }

  package init(_ index: CatalogIndex) {
    self.index = index
  }

  /// What is wrong with the row's indicator, region or unit, placed at the cell at fault; nil
  /// if the import would take it.
  package mutating func problem(with input: ObservationInput) -> InputError? {
    switch indicator(input) {
    case .failure(let problem):
      return InputError(input.indicatorLocation ?? input.location, problem.message)
    case .success(let known):
      if let known, input.number(in: known.unit) == nil { return input.unitMismatch(known) }
      if known == nil, let unit = newIndicators[input.indicator], let own = input.unit, own.powerOfTen(to: unit) == nil {
        return InputError(
          input.location,
          "'\(own.symbol)' cannot be converted to '\(unit.symbol)', the unit the new indicator \(input.indicator) takes from its first row")
      }
    }
    if let problem = region(input) {
      return InputError(input.regionLocation ?? input.location, problem.message)
    }
    return nil
  }

  /// The catalogue's indicator, nil for a new one (remembered with its unit), or why neither.
  private mutating func indicator(_ input: ObservationInput) -> Result<IndicatorDefinition?, Problem> {
    let name = input.indicator
    if let known = indicatorAnswers.recalled(name) { return known }
    let answer: Result<IndicatorDefinition?, Problem>
    if let known = index.indicator(exactly: name) {
      answer = .success(known)
    } else if newIndicators[name] != nil {
      answer = .success(nil)
    } else if !IndicatorDefinition.isValidCode(name) {
      answer = .failure(Problem(message: "unknown indicator '\(name)'; a new indicator needs a code of lower-case letters, digits and _ (or add it first: `indicators indicator add CODE --zh \(name) --unit …`)" + nearest(name, indicators: true)))
    } else if let unit = input.unit {
      newIndicators[name] = unit
      answer = .success(nil)
    } else {
      // Not remembered: a later row of this indicator with a unit may still create it.
      return .failure(Problem(message: "new indicator '\(name)' needs a unit (a unit column, or a unit in the value)"))
    }
    indicatorAnswers.remember(answer, for: name)
    return answer
  }

  /// ` (did you mean '地区生产总值'?)`: the catalogue's codes, names and aliases nearest a mistyped name.
  private func nearest(_ name: String, indicators: Bool) -> String {
    let names = indicators
      ? index.indicators.flatMap { [$0.code, $0.nameZh] + $0.aliases } : index.regions.flatMap { [$0.code, $0.nameZh] + $0.aliases }
    return Messages.didYouMean(Suggestion.nearest(to: name, among: names), .en)
  }

  private mutating func region(_ input: ObservationInput) -> Problem? {
    let name = input.region
    if let known = regionAnswers.recalled(name) { return known }
    var answer: Problem?
    if index.region(exactly: name) == nil, !newRegions.contains(name) {
      if IndicatorDefinition.isValidCode(name) {
        newRegions.insert(name)
      } else {
        let known = index.regions.prefix(30).map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", ")
        answer = Problem(message: "no region called '\(name)'; known regions: \(known)\(index.regions.count > 30 ? ", …" : ""); a new region needs a code of lower-case letters, digits and _ (or add it first: `indicators region add CODE --zh \(name)`)" + nearest(name, indicators: false))
      }
    }
    regionAnswers.remember(answer, for: name)
    return answer
  }
}
