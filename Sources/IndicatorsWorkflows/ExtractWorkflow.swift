import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsExtract
import IndicatorsSampleData

/// `indicators extract`: texts → figures in the long import layout, against the bundled
/// catalogue. Nothing touches a database; the user reviews the rows and imports them.
package struct ExtractWorkflow: Sendable {
  package var region: String
  package var published: String
  package var source: String
  package var sourceURL: String
  /// The year 全年/前三季度 refer to when a text states none.
  package var defaultYear: Int

  package init(region: String, published: String, source: String, sourceURL: String = "", defaultYear: Int) {
    (self.region, self.published, self.source, self.sourceURL, self.defaultYear) = (region, published, source, sourceURL, defaultYear)
  }

  /// The columns of a row, as `indicators import` reads them.
  package static let columns = [
    "indicator", "region", "period", "value", "unit", "qualifier", "status", "kind", "source", "source_url", "published",
    "locator", "note",
  ]

  package struct Result: Sendable {
    package var found: [(file: String, figure: ExtractedFigure)]
    package var notices: [Notice]
    /// Whether rows carry a `file` column (several files).
    package var withFile: Bool
  }

  /// Extracts from each file's bytes (UTF-8 or GB18030/GBK).
  package func run(_ files: [(name: String, bytes: [UInt8])], language: Language = .en) throws -> Result {
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: SampleData.indicatorCatalog)
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: SampleData.regionCatalog)
    var notices: [Notice] = []
    if !regions.contains(where: { $0.code == region }) {
      let known = regions.map(\.code).joined(separator: language.pick("、", ", "))
      notices.append(
        .warning(
          language.pick(
            "地区 '\(region)' 不在目录中（\(known)）；按目录所在省的城市读取，`import` 时会添加",
            "region '\(region)' is not in the catalogue (\(known)); it is read as a city of the catalogue's province, and `import` will add it")))
    }
    let extractor = FigureExtractor(context: ExtractionContext(region: region, defaultYear: defaultYear, regions: regions, indicators: indicators))
    var found: [(file: String, figure: ExtractedFigure)] = []
    for file in files {
      let (text, _) = try TextDecoding.decode(file.bytes, file: file.name)
      let figures = extractor.extract(text)
      let review = figures.filter(\.review).count, targets = figures.filter { $0.kind == .target }.count
      let derived = figures.filter { $0.status == .derived }.count
      notices.append(.note(Messages.extracted(file.name, figures: figures.count, review: review, targets: targets, derived: derived, language)))
      found += figures.map { (file.name, $0) }
    }
    return Result(found: found, notices: notices, withFile: files.count > 1)
  }

  func fields(_ f: ExtractedFigure) -> [String] {
    [f.review ? "review:\(f.indicator)" : f.indicator, f.region, f.period.canonical, f.valueText, f.unit,
     f.qualifier.rawValue, f.status.rawValue, f.kind.rawValue, source, sourceURL, published, f.locator, f.note]
  }

  /// The rows as CSV (`import`'s long layout).
  package func csv(_ result: Result, byteOrderMark: Bool) -> String {
    CSVWriter(byteOrderMark: byteOrderMark).write(
      header: (result.withFile ? ["file"] : []) + Self.columns,
      rows: result.found.map { (result.withFile ? [$0.file] : []) + fields($0.figure) })
  }

  /// The rows as JSON objects with sorted keys; `value` a number, `review` a boolean.
  package func json(_ result: Result) -> String {
    let objects: [[String: Any]] = result.found.map { item in
      var object: [String: Any] = Dictionary(uniqueKeysWithValues: zip(Self.columns, fields(item.figure)))
      object["value"] = item.figure.value
      object["review"] = item.figure.review
      if result.withFile { object["file"] = item.file }
      return object
    }
    let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
