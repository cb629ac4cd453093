import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsExtract
import IndicatorsSampleData

/// `indicators extract`: texts → figures in the long import layout, against the bundled
/// catalogue. Nothing touches a database; the user reviews the rows and imports them.
package struct ExtractWorkflow: Sendable {
  /// The region the texts are about; nil: each text's own (its title, its opening lines).
  package var region: String?
  /// The citation date; nil: a date the text prints, else none.
  package var published: String?
  package var source: String
  package var sourceURL: String
  /// The year 全年/前三季度 refer to when a text states none; nil: the text's own year (its title,
  /// its opening lines), else the year of `published`.
  package var defaultYear: Int?

  package init(region: String?, published: String?, source: String, sourceURL: String = "", defaultYear: Int?) {
    (self.region, self.published, self.source, self.sourceURL, self.defaultYear) = (region, published, source, sourceURL, defaultYear)
  }

  /// The columns of a row, as `indicators import` reads them.
  package static let columns = [
    "indicator", "region", "period", "value", "unit", "qualifier", "status", "kind", "source", "source_url", "published",
    "locator", "note",
  ]

  package struct Result: Sendable {
    package var found: [(file: String, figure: ExtractedFigure, published: String)]
    package var notices: [Notice]
    /// Whether rows carry a `file` column (several files).
    package var withFile: Bool
  }

  /// What is wrong with `--published` (nil when nothing is): not a date, or a date before 1949
  /// that would set the year of texts that state none when `--year` is not given.
  package static func publishedProblem(_ published: String?, year: Int?, _ language: Language) -> String? {
    guard let published else { return nil }
    guard let date = CalendarDate(parsing: published) else {
      return language.pick(
        "--published '\(published)' 不是日期；请写成 2025-04-07、2025-04 或 2025", "--published '\(published)' is not a date; use 2025-04-07, 2025-04 or 2025")
    }
    return year == nil && date.year < 1949 ? language.pick("--published '\(published)' 太早", "--published '\(published)' is too early") : nil
  }

  /// The bytes of each text file, in order, to give `run`; a file that does not exist or cannot
  /// be read (a directory among them) stops everything with its name.
  package static func read(_ files: [String]) throws -> [(name: String, bytes: [UInt8])] {
    try files.map { file in
      guard let data = FileManager.default.contents(atPath: file) else { throw WorkflowError("\(file): no such file, or it cannot be read") }
      return (file, [UInt8](data))
    }
  }

  /// Extracts from each file's bytes (UTF-8 or GB18030/GBK). A file whose region or year neither
  /// the flags nor the text give is refused, naming the file and the flag to give.
  package func run(_ files: [(name: String, bytes: [UInt8])], language: Language = .en) throws -> Result {
    let indicators = try CatalogFile.indicators(bytes: SampleData.bytes(SampleData.indicatorCatalog), file: SampleData.indicatorCatalog)
    let regions = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.regionCatalog), file: SampleData.regionCatalog)
    let places = try CatalogFile.regions(bytes: SampleData.bytes(SampleData.placeGazetteer), file: SampleData.placeGazetteer)
    var notices: [Notice] = []
    if let region, !regions.contains(where: { $0.code == region }), !places.contains(where: { $0.code == region }) {
      let known = regions.map(\.code).joined(separator: language.pick("、", ", "))
      notices.append(
        .warning(
          language.pick(
            "地区 '\(region)' 不在目录中（\(known)）；按目录所在省的城市读取，`import` 时会添加",
            "region '\(region)' is not in the catalogue (\(known)); it is read as a city of the catalogue's province, and `import` will add it")))
    }
    var found: [(file: String, figure: ExtractedFigure, published: String)] = []
    let names = StatedContext.PlaceNames(regions: regions, places: places)
    for file in files {
      let (text, _) = try TextDecoding.decode(file.bytes, file: file.name)
      let stated = StatedContext.read(text, names: names)
      guard let documentRegion = region ?? stated.region else {
        throw ExtractContextError(file: file.name, missing: .region, language: language)
      }
      let publishedYear = published.flatMap(CalendarDate.init(parsing:))?.year
      guard let year = defaultYear ?? stated.documentYear(published: publishedYear) else {
        throw ExtractContextError(file: file.name, missing: .year, language: language)
      }
      let citation = published ?? stated.published?.description ?? ""
      if region == nil || defaultYear == nil && published == nil {
        notices.append(.note(Messages.extractContext(file.name, region: region == nil ? documentRegion : nil, year: defaultYear == nil && published == nil ? year : nil, language)))
      }
      let extractor = FigureExtractor(
        context: ExtractionContext(
          region: documentRegion, defaultYear: year, currentYear: stated.writtenYear(published: publishedYear) ?? year, regions: regions,
          indicators: indicators, places: places))
      let figures = extractor.extract(text)
      let review = figures.filter(\.review).count, targets = figures.filter { $0.kind == .target }.count
      let derived = figures.filter { $0.status == .derived }.count
      notices.append(.note(Messages.extracted(file.name, figures: figures.count, review: review, targets: targets, derived: derived, language)))
      found += figures.map { (file.name, $0, citation) }
    }
    return Result(found: found, notices: notices, withFile: files.count > 1)
  }

  func fields(_ f: ExtractedFigure, published: String) -> [String] {
    [f.review ? "review:\(f.indicator)" : f.indicator, f.region, f.period.canonical, f.valueText, f.unit,
     f.qualifier.rawValue, f.status.rawValue, f.kind.rawValue, source, sourceURL, published, f.locator, f.note]
  }

  /// The rows as CSV (`import`'s long layout).
  package func csv(_ result: Result, byteOrderMark: Bool) -> String {
    CSVWriter(byteOrderMark: byteOrderMark).write(
      header: (result.withFile ? ["file"] : []) + Self.columns,
      rows: result.found.map { (result.withFile ? [$0.file] : []) + fields($0.figure, published: $0.published) })
  }

  /// The rows as JSON objects with sorted keys; `value` a number, `review` a boolean.
  package func json(_ result: Result) -> String {
    let objects: [[String: Any]] = result.found.map { item in
      var object: [String: Any] = Dictionary(uniqueKeysWithValues: zip(Self.columns, fields(item.figure, published: item.published)))
      object["value"] = item.figure.value
      object["review"] = item.figure.review
      if result.withFile { object["file"] = item.file }
      return object
    }
    let data = try! JSONSerialization.data(withJSONObject: objects, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}

/// A text whose region or year neither the flags nor the text itself give.
package struct ExtractContextError: Error, CustomStringConvertible, Sendable {
  package enum Missing: Sendable { case region, year }
  package var file: String
  package var missing: Missing
  package var language: Language

  package var description: String { Messages.extractMissing(file, region: missing == .region, language) }
}
