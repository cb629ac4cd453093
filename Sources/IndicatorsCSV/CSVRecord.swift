import IndicatorsCore

/// One CSV record: its fields and the physical line it starts on (1-based).
package struct CSVRecord: Hashable, Sendable {
  package var fields: [String]
  package var line: Int

  package init(fields: [String], line: Int) {
    self.fields = fields
    self.line = line
  }
}
