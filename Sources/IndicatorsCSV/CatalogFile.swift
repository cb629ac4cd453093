import IndicatorsCore

/// Reads catalogue files: indicators (code, name_zh, name_en, unit, measure_kind, price_basis,
/// notes, aliases) and regions (code, name_zh, name_en, parent, aliases), as the bundled
/// `indicators.csv` and `regions.csv` have them or as a user writes one for a new city.
///
/// Columns are found by their header, in English or Chinese (代码, 中文名, 英文名, 单位, 类型, 价格,
/// 备注, 上级, 别名), in any order. Only `code` and `name_zh` are required (and `unit` for
/// indicators); a missing English name is the code, a missing measure kind follows the unit.
/// Aliases are one cell, separated by `;` or `、`. Every mistake of the file is reported at once.
package enum CatalogFile {
  enum Column: String, CaseIterable {
    case code, nameZh = "name_zh", nameEn = "name_en", unit, measureKind = "measure_kind"
    case priceBasis = "price_basis", notes, parent, aliases

    var headers: [String] {
      switch self {
      case .code: ["code", "代码", "编码"]
      case .nameZh: ["name_zh", "name", "中文名", "中文名称", "名称"]
      case .nameEn: ["name_en", "english", "英文名", "英文名称"]
      case .unit: ["unit", "单位"]
      case .measureKind: ["measure_kind", "kind", "类型", "指标类型"]
      case .priceBasis: ["price_basis", "价格", "价格基础"]
      case .notes: ["notes", "note", "备注"]
      case .parent: ["parent", "上级", "上级地区"]
      case .aliases: ["aliases", "alias", "别名"]
      }
    }
  }

  package static func indicators(bytes: [UInt8], file: String) throws(InputError) -> [IndicatorDefinition] {
    let table = try Table(bytes: bytes, file: file, required: [.code, .nameZh, .unit])
    var result: [IndicatorDefinition] = []
    var errors = table.errors
    for row in table.rows {
      let code = row[.code]
      guard IndicatorDefinition.isValidCode(code) else {
        errors.append(InputError(row.location(.code), "'\(ChineseText.excerpt(code))' is not an indicator code (lower-case letters, digits, _, starting with a letter)"))
        continue
      }
      guard let unit = MeasurementUnit(symbol: row[.unit]) else {
        errors.append(InputError(row.location(.unit), "unknown unit '\(ChineseText.excerpt(row[.unit]))'"))
        continue
      }
      let kindText = row[.measureKind]
      guard let kind = kindText.isEmpty ? unit.measureKind : MeasureKind(rawValue: kindText.lowercased()) else {
        errors.append(InputError(row.location(.measureKind), "unknown measure kind '\(ChineseText.excerpt(kindText))'; use \(MeasureKind.allCases.map(\.rawValue).joined(separator: ", "))"))
        continue
      }
      result.append(IndicatorDefinition(
        code: code, nameZh: row[.nameZh].isEmpty ? code : row[.nameZh], nameEn: row[.nameEn].isEmpty ? code : row[.nameEn],
        unit: unit, measureKind: kind, priceBasis: row[.priceBasis], notes: row[.notes],
        aliases: IndicatorDefinition.aliases(in: row[.aliases])))
    }
    if let error = InputError(collecting: errors.sorted(by: Table.inFileOrder)) { throw error }
    return result
  }

  package static func regions(bytes: [UInt8], file: String) throws(InputError) -> [RegionDefinition] {
    let table = try Table(bytes: bytes, file: file, required: [.code, .nameZh])
    var errors = table.errors
    let result = table.rows.compactMap { row -> RegionDefinition? in
      guard IndicatorDefinition.isValidCode(row[.code]) else {
        errors.append(InputError(row.location(.code), "'\(ChineseText.excerpt(row[.code]))' is not a region code (lower-case letters, digits, _, starting with a letter)"))
        return nil
      }
      return RegionDefinition(
        code: row[.code], nameZh: row[.nameZh].isEmpty ? row[.code] : row[.nameZh],
        nameEn: row[.nameEn].isEmpty ? row[.code] : row[.nameEn], parent: row[.parent].isEmpty ? nil : row[.parent],
        aliases: IndicatorDefinition.aliases(in: row[.aliases]))
    }
    if let error = InputError(collecting: errors.sorted(by: Table.inFileOrder)) { throw error }
    return result
  }

  struct Row {
    var fields: [String]
    var columns: [Column: Int]
    var file: String
    var line: Int

    subscript(_ column: Column) -> String { columns[column].map { fields[$0] } ?? "" }

    func location(_ column: Column) -> InputLocation {
      InputLocation(file: file, line: line, column: columns[column].map { $0 + 1 })
    }
  }

  /// A catalogue file's rows, with its columns found by header, and the rows of the wrong shape.
  struct Table {
    var rows: [Row] = []
    var errors: [InputError] = []

    static func inFileOrder(_ a: InputError, _ b: InputError) -> Bool {
      (a.location.line, a.location.column ?? 0) < (b.location.line, b.location.column ?? 0)
    }

    init(bytes: [UInt8], file: String, required: [Column]) throws(InputError) {
      let (text, _) = try TextDecoding.decode(bytes, file: file)
      let records = try CSVReader.records(text, file: file)
      guard let header = records.first else { throw InputError(InputLocation(file: file, line: 1), "the file is empty") }
      var columns: [Column: Int] = [:]
      for (index, name) in header.fields.enumerated() {
        let key = name.trimmingWhitespace().lowercased()
        if let column = Column.allCases.first(where: { $0.headers.contains(key) }), columns[column] == nil {
          columns[column] = index
        }
      }
      for column in required where columns[column] == nil {
        throw InputError(
          InputLocation(file: file, line: header.line),
          "missing the column '\(column.rawValue)' (or \(column.headers.dropFirst().joined(separator: ", "))); the header is: \(ChineseText.excerpt(header.fields.joined(separator: ","), limit: 120))")
      }
      for record in records.dropFirst() {
        guard record.fields.count == header.fields.count else {
          errors.append(InputError(InputLocation(file: file, line: record.line), "expected \(header.fields.count) fields as in the header, found \(record.fields.count)"))
          continue
        }
        rows.append(Row(fields: record.fields.map { $0.trimmingWhitespace() }, columns: columns, file: file, line: record.line))
      }
    }
  }
}
