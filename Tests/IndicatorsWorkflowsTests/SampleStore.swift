import IndicatorsReports
import IndicatorsStore
import IndicatorsWorkflows

/// The bundled sample data, loaded once per test run.
private let sampleTemplate = Result { () throws -> IndicatorStore in
  let store = try IndicatorStore.inMemory()
  try SampleDataLoader.load(into: store) { _ in }
  return store
}

/// A fresh in-memory store with the bundled sample data, as `indicators init` leaves a file:
/// a copy of the template, so tests may change it.
func sampleStore() throws -> IndicatorStore {
  try sampleTemplate.get().inMemoryCopy()
}

extension Array where Element == Notice {
  var text: String { map(\.text).joined(separator: "\n") }
}

/// A table's rows as unquoted CSV lines, for `contains` checks.
func lines(_ table: Table) -> [String] { table.rows.map { $0.map(\.exact).joined(separator: ",") } }
