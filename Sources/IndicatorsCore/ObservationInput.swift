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
  /// Where the indicator and the region cells stand (their own columns), when the file says; a
  /// message about an unknown indicator or region points there rather than at the value.
  package var indicatorLocation: InputLocation?
  package var regionLocation: InputLocation?

  package init(
    indicator: String, region: String, period: Period, figure: Figure, unit: MeasurementUnit?,
    qualifier: Qualifier, status: ObservationStatus, source: SourceReference,
    vintage: CalendarDate?, locator: String, note: String, location: InputLocation,
    indicatorLocation: InputLocation? = nil, regionLocation: InputLocation? = nil
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
    self.indicatorLocation = indicatorLocation
    self.regionLocation = regionLocation
  }
}

/// A mistake in an input file: where it is, what text, and why. When a whole file was checked,
/// `further` holds the file's other mistakes after this first one (in file order, at most
/// `InputError.reportLimit` in all), so that one run names every mistake to fix.
package struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
  package var location: InputLocation
  package var message: String
  package var further: [InputError] = []

  /// How many mistakes of one file a message names; a file with more says how many it left out.
  package static let reportLimit = 50

  package init(_ location: InputLocation, _ message: String) {
    self.location = location
    self.message = message
  }

  /// The mistakes of one file as one error (the first with the rest as `further`), or nil for
  /// none. `leftOut` counts mistakes found beyond the limit and not listed.
  package init?(collecting errors: [InputError], leftOut: Int = 0) {
    let flat = errors.flatMap { [InputError($0.location, $0.message)] + $0.further }
    guard let first = flat.first else { return nil }
    self = first
    further = Array(flat.dropFirst())
    self.leftOut = leftOut
  }

  /// Mistakes found beyond `reportLimit` and not listed.
  package var leftOut = 0

  /// One line for one mistake; for several, a count and then one line each (every line names its
  /// own file, line, column and value).
  package var description: String {
    let single = "\(location): \(message)"
    guard !further.isEmpty else { return single }
    let total = 1 + further.count + leftOut
    var lines = ["\(location.file): \(total) problems (nothing was imported):", "  " + single]
    lines += further.map { "  \($0.location): \($0.message)" }
    if leftOut > 0 { lines.append("  … and \(leftOut) more") }
    return lines.joined(separator: "\n")
  }
}
