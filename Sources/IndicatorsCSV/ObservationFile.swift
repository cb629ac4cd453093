import IndicatorsCore

/// An observation file read and checked for form: every row became an `ObservationInput` or the
/// whole file was refused with the first mistake's line and column.
///
/// Two layouts are accepted:
/// - long: one observation per row, with at least `indicator, region, period, value` columns;
/// - wide: one row per indicator and region, one column per period (headers such as `2021`,
///   `2022年`, `2023Q1`), as a spreadsheet has it. Empty cells are skipped.
package struct ObservationFile: Sendable {
  package enum Layout: String, Sendable { case long, wide }

  /// What to do with rows whose `kind` is `target` (plan values, not observations).
  package enum TargetRows: Sendable { case refuse, skip, collect }

  package var layout: Layout
  package var encoding: SourceEncoding
  package var observations: [ObservationInput]
  package var skippedTargetRows: Int
  /// With `.collect`: the target rows, read like observations (their period is the due year).
  package var targetRows: [ObservationInput] = []
  /// Header cells that name no known column and were ignored.
  package var ignoredColumns: [String]

  package static func parse(
    bytes: [UInt8], file: String, targetRows: TargetRows = .refuse
  ) throws(InputError) -> ObservationFile {
    let start = InputLocation(file: file, line: 1)
    guard !bytes.isEmpty else { throw InputError(start, "the file is empty") }
    let (text, encoding) = try TextDecoding.decode(bytes, file: file)
    var records = try CSVReader.records(text, file: file)
    guard let header = records.first else { throw InputError(start, "the file has no rows") }
    // Cells our export neutralized against formula injection ('=…) read back as written.
    for i in records.indices.dropFirst() { records[i].fields = records[i].fields.map(FormulaGuard.restore) }
    guard records.count > 1 else {
      throw InputError(InputLocation(file: file, line: header.line), "the file has a header but no data rows")
    }

    var columns: [ObservationColumn: Int] = [:]
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
    let layout: Layout = columns[.value] == nil && columns[.period] == nil && !periodColumns.isEmpty ? .wide : .long
    let required: [ObservationColumn] = layout == .long ? [.indicator, .region, .period, .value] : [.indicator, .region]
    for column in required where columns[column] == nil {
      throw InputError(
        InputLocation(file: file, line: header.line),
        "missing required column '\(column.rawValue)' (or \(column.aliases.dropFirst().prefix(2).joined(separator: ", "))); the header is: \(ChineseText.excerpt(header.fields.joined(separator: ","), limit: 120))"
          + (layout == .long && periodColumns.isEmpty && columns[.value] == nil
            ? ". A wide file needs period headers such as 2022, 2023年 or 2023Q1" : ""))
    }

    var reader = RowReader(file: file, columns: columns, headerCount: header.fields.count)
    var observations: [ObservationInput] = []
    var skipped = 0
    var targets: [ObservationInput] = []
    for record in records.dropFirst() {
      try reader.checkShape(record)
      switch try reader.kind(record) {
      case .target:
        if targetRows == .skip { skipped += 1; continue }
        if targetRows == .collect, layout == .long {
          targets.append(try reader.observation(record, periodText: reader.field(record, .period), periodColumn: columns[.period]!, valueColumn: columns[.value]!))
          continue
        }
        throw InputError(
          reader.location(record, .kind),
          "this row is a plan target (kind 'target'), not an observation; targets are imported separately")
      case .actual: break
      }
      switch layout {
      case .long:
        observations.append(try reader.observation(record, periodText: reader.field(record, .period), periodColumn: columns[.period]!, valueColumn: columns[.value]!))
      case .wide:
        for (index, _) in periodColumns where !record.fields[index].trimmingWhitespace().isEmpty {
          observations.append(try reader.observation(record, periodText: header.fields[index], periodColumn: index, valueColumn: index))
        }
      }
    }
    if observations.isEmpty && targets.isEmpty {
      throw InputError(InputLocation(file: file, line: records[1].line), "the file has no values to import")
    }
    return ObservationFile(layout: layout, encoding: encoding, observations: observations, skippedTargetRows: skipped, targetRows: targets, ignoredColumns: ignored)
  }
}

/// Reads the fields of one data row, turning each mistake into an `InputError` with its place.
struct RowReader {
  let file: String
  let columns: [ObservationColumn: Int]
  let headerCount: Int

  enum Kind { case actual, target }

  func location(_ record: CSVRecord, _ column: ObservationColumn) -> InputLocation {
    InputLocation(file: file, line: record.line, column: columns[column].map { $0 + 1 })
  }

  func field(_ record: CSVRecord, _ column: ObservationColumn) -> String {
    columns[column].map { record.fields[$0].trimmingWhitespace() } ?? ""
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
    case "", "actual", "实际", "实际值": return .actual
    case "target", "目标", "目标值", "计划": return .target
    case let other:
      throw InputError(location(record, .kind), "kind '\(ChineseText.excerpt(other))' is neither 'actual' nor 'target'")
    }
  }

  func observation(_ record: CSVRecord, periodText: String, periodColumn: Int, valueColumn: Int) throws(InputError) -> ObservationInput {
    func at(_ index: Int) -> InputLocation { InputLocation(file: file, line: record.line, column: index + 1) }
    let indicator = field(record, .indicator)
    guard !indicator.isEmpty else { throw InputError(location(record, .indicator), "the indicator is empty") }
    let region = field(record, .region)
    guard !region.isEmpty else { throw InputError(location(record, .region), "the region is empty") }

    let period: Period
    do { period = try Period(parsing: periodText) } catch { throw InputError(at(periodColumn), error.description) }

    let figure: Figure
    do { figure = try Figure(parsing: record.fields[valueColumn]) } catch { throw InputError(at(valueColumn), error.description) }

    var unit = figure.unit
    let unitText = field(record, .unit)
    if !unitText.isEmpty {
      guard let columnUnit = MeasurementUnit(symbol: unitText) else {
        throw InputError(location(record, .unit), "unknown unit '\(ChineseText.excerpt(unitText))'; known units: \(Self.knownUnits)")
      }
      if let written = figure.unit, written.powerOfTen(to: columnUnit) != 0 {
        throw InputError(at(valueColumn), "the value says '\(written.symbol)' but the unit column says '\(unitText)'")
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
    if status == .normal, figure.provisional || locator.contains("预计") { status = .provisional }

    let published = field(record, .published)
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
    let source = SourceReference(title: field(record, .source), location: field(record, .sourceURL), published: published)
    return ObservationInput(
      indicator: indicator, region: region, period: period, figure: figure, unit: unit,
      qualifier: qualifier, status: status, source: source, vintage: vintage, locator: locator,
      note: field(record, .note), location: at(valueColumn))
  }

  static let knownUnits = Set(MeasurementUnit.catalog.values.map(\.symbol)).sorted().joined(separator: " ")
}
