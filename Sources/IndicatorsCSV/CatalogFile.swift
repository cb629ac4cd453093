import IndicatorsCore

/// Reads the catalogue files: `indicators.csv` (code, name_zh, name_en, unit, measure_kind,
/// price_basis, notes) and `regions.csv` (code, name_zh, name_en, parent).
package enum CatalogFile {
  package static func indicators(bytes: [UInt8], file: String) throws(InputError) -> [IndicatorDefinition] {
    var result: [IndicatorDefinition] = []
    for row in try table(bytes: bytes, file: file, columns: ["code", "name_zh", "name_en", "unit", "measure_kind", "price_basis", "notes"]) {
      guard IndicatorDefinition.isValidCode(row.fields[0]) else {
        throw InputError(row.location(0), "'\(row.fields[0])' is not an indicator code (lower-case letters, digits, _)")
      }
      guard let unit = MeasurementUnit(symbol: row.fields[3]) else {
        throw InputError(row.location(3), "unknown unit '\(row.fields[3])'")
      }
      guard let kind = MeasureKind(rawValue: row.fields[4]) else {
        throw InputError(row.location(4), "unknown measure kind '\(row.fields[4])'; use \(MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      result.append(IndicatorDefinition(
        code: row.fields[0], nameZh: row.fields[1], nameEn: row.fields[2], unit: unit, measureKind: kind,
        priceBasis: row.fields[5], notes: row.fields[6]))
    }
    return result
  }

  package static func regions(bytes: [UInt8], file: String) throws(InputError) -> [RegionDefinition] {
    try table(bytes: bytes, file: file, columns: ["code", "name_zh", "name_en", "parent"]).map {
      RegionDefinition(code: $0.fields[0], nameZh: $0.fields[1], nameEn: $0.fields[2], parent: $0.fields[3].isEmpty ? nil : $0.fields[3])
    }
  }

  struct Row {
    var fields: [String]
    var file: String
    var line: Int
    func location(_ column: Int) -> InputLocation { InputLocation(file: file, line: line, column: column + 1) }
  }

  static func table(bytes: [UInt8], file: String, columns: [String]) throws(InputError) -> [Row] {
    let (text, _) = try TextDecoding.decode(bytes, file: file)
    let records = try CSVReader.records(text, file: file)
    guard let header = records.first, header.fields.map({ $0.trimmingWhitespace() }) == columns else {
      throw InputError(InputLocation(file: file, line: 1), "the header must be: \(columns.joined(separator: ","))")
    }
    var rows: [Row] = []
    for record in records.dropFirst() {
      guard record.fields.count == columns.count else {
        throw InputError(InputLocation(file: file, line: record.line), "expected \(columns.count) fields, found \(record.fields.count)")
      }
      rows.append(Row(fields: record.fields.map { $0.trimmingWhitespace() }, file: file, line: record.line))
    }
    return rows
  }
}
