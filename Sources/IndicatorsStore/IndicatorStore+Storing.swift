/// The SQLite store is the embedded backend: every requirement is one of its own methods.
extension IndicatorStore: IndicatorStoring {}
