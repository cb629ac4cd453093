/// Where in an input file something stands, for messages: `data.csv:14:5`.
package struct InputLocation: Hashable, Sendable, CustomStringConvertible {
  package var file: String
  package var line: Int
  package var column: Int?

  package init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  package var description: String {
    column.map { "\(file):\(line):\($0)" } ?? "\(file):\(line)"
  }
}

/// One figure read from an input file and checked for form, not yet matched against the store
/// (the indicator may be new, the unit must still be converted to the indicator's).
package struct ObservationInput: Hashable, Sendable {
  /// An indicator code or Chinese/English name, as written.
  package var indicator: String
  /// A region code or name, as written.
  package var region: String
  package var period: Period
  package var figure: Figure
  /// The unit the file gives (a unit column or one written in the value); nil if none.
  package var unit: MeasurementUnit?
  package var qualifier: Qualifier
  package var status: ObservationStatus
  package var source: SourceReference
  /// An explicit vintage date; nil means the publication date, or else the import date.
  package var vintage: CalendarDate?
  package var locator: String
  package var note: String
  /// Where the value stands in the file.
  package var location: InputLocation

  package init(
    indicator: String, region: String, period: Period, figure: Figure, unit: MeasurementUnit?,
    qualifier: Qualifier, status: ObservationStatus, source: SourceReference,
    vintage: CalendarDate?, locator: String, note: String, location: InputLocation
  ) {
    self.indicator = indicator
    self.region = region
    self.period = period
    self.figure = figure
    self.unit = unit
    self.qualifier = qualifier
    self.status = status
    self.source = source
    self.vintage = vintage
    self.locator = locator
    self.note = note
    self.location = location
  }
}

/// A mistake in an input file: where it is, what text, and why.
package struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
  package var location: InputLocation
  package var message: String

  package init(_ location: InputLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  package var description: String { "\(location): \(message)" }
}
