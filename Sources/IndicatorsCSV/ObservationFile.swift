import IndicatorsCore

/// An observation file read and checked for form: every row became an `ObservationInput` (or was
/// skipped as saying "no data"), or the whole file was refused with every mistake's line and column.
///
/// Two layouts are accepted:
/// - long: one observation per row, with at least `indicator, region, period, value` columns;
/// - wide: one row per indicator and region, one column per period (headers such as `2021`,
///   `2022年`, `2023Q1`), as a spreadsheet has it. Empty cells are skipped.
///
/// A value cell that says "no data" (`—`, `-`, `－`, or empty in the long layout) skips its row;
/// the reader counts such rows (`noDataLines`) so that the import can say so.
package struct ObservationFile: Sendable {
  package enum Layout: String, Sendable { case long, wide }

  /// What to do with rows whose `kind` is `target` (plan values, not observations).
  package enum TargetRows: Sendable { case refuse, skip, collect }

  package var layout: Layout
  package var encoding: SourceEncoding
  package var observations: [ObservationInput]
  package var skippedTargetRows: Int
  /// Lines whose value said "no data" and were skipped.
  package var noDataLines: [Int] = []
  /// With `.collect`: the target rows, read like observations (their period is the due year).
  package var targetRows: [ObservationInput] = []
  /// Header cells that name no known column and were ignored.
  package var ignoredColumns: [String]

  /// Reads and checks a whole file in memory (sample data, tests); `ObservationReader` reads a
  /// file of any size row by row.
  package static func parse(
    bytes: [UInt8], file: String, targetRows: TargetRows = .refuse
  ) throws(InputError) -> ObservationFile {
    var reader = try ObservationReader(bytes: bytes, file: file, targetRows: targetRows)
    var observations: [ObservationInput] = []
    var errors: [InputError] = []
    var leftOut = 0
    while true {
      do {
        guard let observation = try reader.next() else { break }
        observations.append(observation)
      } catch {
        if errors.count < InputError.reportLimit { errors.append(error) } else { leftOut += 1 }
      }
    }
    if let error = InputError(collecting: errors, leftOut: leftOut) { throw error }
    return ObservationFile(
      layout: reader.layout, encoding: reader.encoding, observations: observations, skippedTargetRows: reader.skippedTargetRows,
      noDataLines: reader.noDataLines, targetRows: reader.targetRows, ignoredColumns: reader.ignoredColumns)
  }
}

/// The observations of a file, read and checked one row at a time as an import takes them; the
/// header is read when the reader is made. Mistakes are thrown with their line and column, in
/// file order, one per call: after a mistake in a row or cell, `next()` goes on with the next one,
/// so a caller can collect every mistake of the file. A mistake in the CSV itself (an
/// unterminated quote) ends the file.
package struct ObservationReader: ObservationSource {
  package let layout: ObservationFile.Layout
  package let encoding: SourceEncoding
  /// Header cells that name no known column and were ignored.
  package let ignoredColumns: [String]
  package private(set) var skippedTargetRows = 0
  /// With `.collect`: the target rows, read like observations (their period is the due year).
  package private(set) var targetRows: [ObservationInput] = []
  /// How many observations have been read so far.
  package private(set) var count = 0
  /// Lines whose value said "no data" (`—`, `-`, empty) and were skipped.
  package private(set) var noDataLines: [Int] = []
  /// The source of rows that name none (`--source`, `--published`): a row's own source, URL or
  /// date cell wins over these.
  package var sourceDefaults: SourceReference {
    get { rows.sourceDefaults }
    set { rows.sourceDefaults = newValue }
  }

  private var records: CSVRecordReader
  private var rows: RowReader
  private let header: CSVRecord
  private let periodColumns: [(index: Int, period: Period)]
  private let targetHandling: ObservationFile.TargetRows
  private var first: CSVRecord?
  private let firstLine: Int
  /// The observations (or mistakes) of the row being read, handed out from `queuedNext` on: a wide
  /// row gives several; the array keeps its storage from row to row.
  private var queued: [Result<ObservationInput, InputError>] = []
  private var queuedNext = 0
  private var finished = false
  private var mistakes = 0

  /// Opens a file (UTF-8 read in chunks, GB18030 converted) and reads its header.
  package init(path: String, file: String, targetRows: ObservationFile.TargetRows = .refuse) throws(InputError) {
    let (records, encoding, isEmpty) = try TextDecoding.records(path: path, file: file)
    guard !isEmpty else { throw InputError(InputLocation(file: file, line: 1), "the file is empty") }
    try self.init(records: records, encoding: encoding, file: file, targetRows: targetRows)
  }

  /// Reads a file already in memory (standard input, a pipe, sample data).
  package init(bytes: [UInt8], file: String, targetRows: ObservationFile.TargetRows = .refuse) throws(InputError) {
    guard !bytes.isEmpty else { throw InputError(InputLocation(file: file, line: 1), "the file is empty") }
    let (text, encoding) = try TextDecoding.decode(bytes, file: file)
    try self.init(records: CSVRecordReader(bytes: Array(text.utf8), file: file), encoding: encoding, file: file, targetRows: targetRows)
  }

  init(records: CSVRecordReader, encoding: SourceEncoding, file: String, targetRows: ObservationFile.TargetRows) throws(InputError) {
    var records = records
    let start = InputLocation(file: file, line: 1)
    guard let header = try records.next() else { throw InputError(start, "the file has no rows") }
    guard let first = try records.next() else {
      throw InputError(InputLocation(file: file, line: header.line), "the file has a header but no data rows")
    }

    var columns = ColumnPositions()
    var periodColumns: [(index: Int, period: Period)] = []
    var ignored: [String] = []
    for (index, name) in header.fields.enumerated() {
      if let column = ObservationColumn(header: name) {
        if columns[column] != nil {
          throw InputError(
            InputLocation(file: file, line: header.line, column: index + 1),
            "the column '\(column.rawValue)' appears twice in the header")
        }
        columns[column] = index
      } else if let period = try? Period(parsing: name) {
        periodColumns.append((index, period))
      } else if !name.trimmingWhitespace().isEmpty {
        ignored.append(name)
      }
    }
    let layout: ObservationFile.Layout = columns[.value] == nil && columns[.period] == nil && !periodColumns.isEmpty ? .wide : .long
    let required: [ObservationColumn] = layout == .long ? [.indicator, .region, .period, .value] : [.indicator, .region]
    for column in required where columns[column] == nil {
      throw InputError(
        InputLocation(file: file, line: header.line),
        "missing required column '\(column.rawValue)' (or \(column.aliases.dropFirst().prefix(2).joined(separator: ", "))); the header is: \(ChineseText.excerpt(header.fields.joined(separator: ","), limit: 120))"
          + (layout == .long && periodColumns.isEmpty && columns[.value] == nil
            ? ". A wide file needs period headers such as 2022, 2023年 or 2023Q1" : ""))
    }
    self.layout = layout
    self.encoding = encoding
    self.ignoredColumns = ignored
    self.records = records
    self.rows = RowReader(file: file, columns: columns, headerCount: header.fields.count)
    self.header = header
    self.periodColumns = periodColumns
    self.targetHandling = targetRows
    self.first = first
    self.firstLine = first.line
  }

  package mutating func next() throws(InputError) -> ObservationInput? {
    while queuedNext == queued.count {
      queued.removeAll(keepingCapacity: true)
      queuedNext = 0
      guard !finished else { return nil }
      var next = first.take()
      if next == nil {
        do { next = try records.next() } catch {
          finished = true
          mistakes += 1
          throw error
        }
      }
      guard let record = next else {
        finished = true
        if count == 0 && targetRows.isEmpty && mistakes == 0 {
          let noData = noDataLines.isEmpty ? "" : " (every value says no data: —, - or empty)"
          throw InputError(InputLocation(file: rows.file, line: firstLine), "the file has no values to import\(noData)")
        }
        return nil
      }
      do { try read(record) } catch { queued.append(.failure(error)) }
    }
    queuedNext += 1
    switch queued[queuedNext - 1] {
    case .success(let observation):
      count += 1
      return observation
    case .failure(let error):
      mistakes += 1
      throw error
    }
  }

  /// Queues the observations of one row, or its mistakes (in a wide row, one per bad cell).
  private mutating func read(_ raw: CSVRecord) throws(InputError) {
    // Cells our export neutralized against formula injection ('=…) read back as written.
    var record = raw
    if record.fields.contains(where: { $0.utf8.first == UInt8(ascii: "'") }) { record.fields = record.fields.map(FormulaGuard.restore) }
    try rows.checkShape(record)
    switch try rows.kind(record) {
    case .target:
      if targetHandling == .skip {
        skippedTargetRows += 1
        return
      }
      if targetHandling == .collect, layout == .long {
        if let row = try rows.observation(record, periodText: rows.field(record, .period), periodColumn: rows.columns[.period]!, valueColumn: rows.columns[.value]!) {
          targetRows.append(row)
        }
        return
      }
      throw InputError(
        rows.location(record, .kind),
        "this row is a plan target (kind 'target'), not an observation; targets are imported separately")
    case .actual: break
    }
    switch layout {
    case .long:
      if let row = try rows.observation(record, periodText: rows.field(record, .period), periodColumn: rows.columns[.period]!, valueColumn: rows.columns[.value]!) {
        queued.append(.success(row))
      } else {
        noDataLines.append(record.line)
      }
    case .wide:
      // An empty cell is a gap in the sheet; a dash says "no data" and is counted.
      for (index, _) in periodColumns where !record.fields[index].trimmingWhitespace().isEmpty {
        do {
          if let row = try rows.observation(record, periodText: header.fields[index], periodColumn: index, valueColumn: index) {
            queued.append(.success(row))
          } else if noDataLines.last != record.line {
            noDataLines.append(record.line)
          }
        } catch {
          queued.append(.failure(error))
          // A mistake of the row (its indicator or region), not of this cell, is said once.
          if error.location.column != index + 1 { break }
        }
      }
    }
  }
}

/// Reads the fields of one data row, turning each mistake into an `InputError` with its place.
struct RowReader {
  let file: String
  let columns: ColumnPositions
  let headerCount: Int
  /// Period and unit texts already read: a file repeats a few of them on every row.
  private var periods: [String: Period] = [:]
  private var units: [String: MeasurementUnit] = [:]
  private var lastUnit: (text: String, unit: MeasurementUnit)?
  private static let cacheLimit = 4096
  /// The source of rows that name none.
  var sourceDefaults = SourceReference(title: "")

  init(file: String, columns: ColumnPositions, headerCount: Int) {
    self.file = file
    self.columns = columns
    self.headerCount = headerCount
  }

  enum Kind { case actual, target }

  func location(_ record: CSVRecord, _ column: ObservationColumn) -> InputLocation {
    InputLocation(file: file, line: record.line, column: columns[column].map { $0 + 1 })
  }

  func field(_ record: CSVRecord, _ column: ObservationColumn) -> String {
    columns[column].map { PlainCell.trimmed(record.fields[$0]) } ?? ""
  }

  func checkShape(_ record: CSVRecord) throws(InputError) {
    guard record.fields.count != headerCount else { return }
    let hint = record.fields.count > headerCount
      ? " (an unquoted comma inside a value? put such values in double quotes)" : ""
    throw InputError(
      InputLocation(file: file, line: record.line),
      "expected \(headerCount) fields as in the header, found \(record.fields.count)\(hint): \(ChineseText.excerpt(record.fields.joined(separator: ","), limit: 120))")
  }

  func kind(_ record: CSVRecord) throws(InputError) -> Kind {
    switch field(record, .kind).lowercased() {
    case "", "actual", "observation", "实际", "实际值", "观测": return .actual
    case "target", "目标", "目标值", "计划": return .target
    case let other:
      throw InputError(location(record, .kind), "kind '\(ChineseText.excerpt(other))' is neither 'actual' (or 'observation') nor 'target'")
    }
  }

  /// The unit a unit cell names, nil for none. A column repeats one unit row after row: the last
  /// answer is compared first (hashing a Chinese text normalizes it, which costs more).
  private mutating func knownUnit(named text: String) -> MeasurementUnit? {
    if let lastUnit, lastUnit.text == text { return lastUnit.unit }
    guard let known = units[text] ?? MeasurementUnit(symbol: text) else { return nil }
    if units.count < Self.cacheLimit { units[text] = known }
    lastUnit = (text, known)
    return known
  }

  /// The row's observation, or nil when its value cell says "no data" (`Figure.meansNoData`).
  mutating func observation(_ record: CSVRecord, periodText: String, periodColumn: Int, valueColumn: Int) throws(InputError) -> ObservationInput? {
    func at(_ index: Int) -> InputLocation { InputLocation(file: file, line: record.line, column: index + 1) }
    let plain = PlainCell.figure(record.fields[valueColumn])
    if plain == nil, Figure.meansNoData(record.fields[valueColumn]) { return nil }
    let indicator = field(record, .indicator)
    guard !indicator.isEmpty else { throw InputError(location(record, .indicator), "the indicator is empty") }
    if indicator.hasPrefix("review:") {
      throw InputError(
        location(record, .indicator),
        "'\(indicator)' is a code `indicators extract` proposed for an indicator the catalogue lacks (\(field(record, .note))); replace it with a catalogue code, or delete 'review:' to create the indicator")
    }
    let region = field(record, .region)
    guard !region.isEmpty else { throw InputError(location(record, .region), "the region is empty") }

    let period: Period
    if let known = periods[periodText] {
      period = known
    } else {
      do { period = try Period(parsing: periodText) } catch { throw InputError(at(periodColumn), error.description) }
      if periods.count < Self.cacheLimit { periods[periodText] = period }
    }

    var figure: Figure
    if let plain {
      figure = plain
    } else {
      do { figure = try Figure(parsing: record.fields[valueColumn]) } catch { throw InputError(at(valueColumn), error.description) }
    }

    var unit = figure.unit
    let unitText = field(record, .unit)
    if !unitText.isEmpty {
      guard let columnUnit = knownUnit(named: unitText) else {
        throw InputError(location(record, .unit), "unknown unit '\(ChineseText.excerpt(unitText))'; known units: \(Self.knownUnits)")
      }
      if let written = figure.unit {
        // A unit of the same kind inside the value is converted exactly (近3亿美元 in a 万美元
        // column is 30000 万美元); another kind is a contradiction.
        guard let power = written.powerOfTen(to: columnUnit) else {
          throw InputError(at(valueColumn), "the value says '\(written.symbol)' but the unit column says '\(unitText)'")
        }
        figure.number = figure.number.scaled(byPowerOfTen: power)
        figure.unit = columnUnit
      }
      unit = columnUnit
    }

    let qualifierText = field(record, .qualifier)
    guard let columnQualifier = Qualifier(parsing: qualifierText) else {
      throw InputError(location(record, .qualifier), "unknown qualifier '\(ChineseText.excerpt(qualifierText))'; use exact, at_least, about or below (or 超, 约, 近)")
    }
    var qualifier = columnQualifier
    if let written = figure.qualifier {
      if columnQualifier != .exact, written != columnQualifier {
        throw InputError(at(valueColumn), "the value says '\(written.rawValue)' but the qualifier column says '\(columnQualifier.rawValue)'")
      }
      qualifier = written
    }

    let statusText = field(record, .status)
    guard var status = ObservationStatus(parsing: statusText) else {
      throw InputError(location(record, .status), "unknown status '\(ChineseText.excerpt(statusText))'; use one of \(ObservationStatus.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let locator = field(record, .locator)
    if status == .normal, figure.provisional || (!locator.isEmpty && locator.contains("预计")) { status = .provisional }

    var published = field(record, .published)
    if published.isEmpty { published = sourceDefaults.published }
    if !published.isEmpty, CalendarDate(parsing: published) == nil {
      throw InputError(location(record, .published), "'\(ChineseText.excerpt(published))' is not a date; \(CalendarDate.formatHint)")
    }
    let vintageText = field(record, .vintage)
    var vintage: CalendarDate? = nil
    if !vintageText.isEmpty {
      guard let date = CalendarDate(parsing: vintageText) else {
        throw InputError(location(record, .vintage), "'\(ChineseText.excerpt(vintageText))' is not a date; \(CalendarDate.formatHint)")
      }
      vintage = date
    }
    let title = field(record, .source)
    let source = SourceReference(
      title: title.isEmpty ? sourceDefaults.title : title,
      location: field(record, .sourceURL).isEmpty ? sourceDefaults.location : field(record, .sourceURL), published: published)
    return ObservationInput(
      indicator: indicator, region: region, period: period, figure: figure, unit: unit,
      qualifier: qualifier, status: status, source: source, vintage: vintage, locator: locator,
      note: field(record, .note), location: at(valueColumn),
      indicatorLocation: location(record, .indicator), regionLocation: location(record, .region))
  }

  static let knownUnits = Set(MeasurementUnit.catalog.values.map(\.symbol)).sorted().joined(separator: " ")
}
