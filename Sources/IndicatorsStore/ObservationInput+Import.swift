import IndicatorsCore

extension ObservationInput {
  /// The row's number in the unit of `indicator`, as both backends' imports take it: a unit of
  /// another kind refuses the file with the row's mistake (`StoreError.input`).
  package func importedNumber(for indicator: IndicatorDefinition) throws(StoreError) -> DecimalText {
    do { return try number(for: indicator) } catch { throw StoreError.input(error) }
  }
}
