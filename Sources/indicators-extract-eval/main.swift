// Scores `IndicatorsExtract` on the development texts in Data/extract-dev (gold.csv, meta.csv) and
// on the five seeds (Data/seed_figures.csv), and prints precision, recall, qualifier accuracy and
// speed. Usage: indicators-extract-eval [DATA_DIR] [--show FILE] [--misses] [--speed]
#if canImport(Glibc)
  import Glibc
#endif
import Foundation
import IndicatorsCSV
import IndicatorsCore
import IndicatorsExtract

struct GoldFigure {
  var file: String
  var indicator: String
  var region: String
  var period: Period
  var value: Double
  var unit: MeasurementUnit?
  var qualifier: Qualifier
  var status: String
  var kind: String
  var locator: String
}

struct Document {
  var file: String
  var path: String
  var text: String
  var region: String
  var year: Int
}

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("indicators-extract-eval: \(message)\n".utf8))
  exit(1)
}

func read(_ path: String) -> String {
  guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
  return String(decoding: data, as: UTF8.self)
}

func records(_ path: String) -> [[String: String]] {
  guard FileManager.default.fileExists(atPath: path) else { return [] }
  let rows: [CSVRecord]
  do { rows = try CSVReader.records(read(path), file: path) } catch { fail(error.description) }
  guard let header = rows.first?.fields.map({ $0.trimmingWhitespace().replacingOccurrences(of: "\u{FEFF}", with: "") }) else { return [] }
  return rows.dropFirst().map { row in
    var out: [String: String] = [:]
    for (k, name) in header.enumerated() where k < row.fields.count { out[name] = row.fields[k].trimmingWhitespace() }
    return out
  }
}

func gold(_ row: [String: String], file: String) -> GoldFigure? {
  guard let period = try? Period(parsing: row["period"] ?? ""),
    var figure = try? Figure(parsing: row["value"] ?? "")
  else { return nil }
  let unit = MeasurementUnit(symbol: row["unit"] ?? "") ?? figure.unit
  if let written = figure.unit, let unit, let power = written.powerOfTen(to: unit), power != 0 {
    figure.number = figure.number.scaled(byPowerOfTen: power)
  }
  let qualifier = Qualifier(parsing: row["qualifier"] ?? "") ?? .exact
  let status = (row["status"] ?? "").isEmpty ? "normal" : row["status"]!
  return GoldFigure(
    file: file, indicator: row["indicator"] ?? "", region: row["region"] ?? "", period: period,
    value: figure.value, unit: unit, qualifier: figure.qualifier ?? qualifier, status: status,
    kind: (row["kind"] ?? "").isEmpty ? "observation" : row["kind"]!, locator: row["locator"] ?? "")
}

/// The extracted value in the gold figure's unit.
func value(_ f: ExtractedFigure, in unit: MeasurementUnit?) -> Double {
  guard let unit, let written = MeasurementUnit(symbol: f.unit), let power = written.powerOfTen(to: unit) else { return f.value }
  return (try? Figure(parsing: f.valueText + f.unit)).map { fig in
    var number = fig.number
    if let u = fig.unit, let p = u.powerOfTen(to: unit) { number = number.scaled(byPowerOfTen: p) } else { number = number.scaled(byPowerOfTen: power) }
    return f.value < 0 ? -abs(number.doubleValue) : number.doubleValue
  } ?? f.value
}

func matches(_ f: ExtractedFigure, _ g: GoldFigure, anyCode: Bool = false) -> Bool {
  guard f.indicator == g.indicator || anyCode, f.region == g.region, f.period == g.period else { return false }
  let v = value(f, in: g.unit)
  return abs(v - g.value) <= 1e-9 * max(1, abs(g.value))
}

var arguments = Array(CommandLine.arguments.dropFirst())
var show: String?
nonisolated(unsafe) var misses = false
if let k = arguments.firstIndex(of: "--show") { show = arguments[k + 1]; arguments.removeSubrange(k...k + 1) }
if let k = arguments.firstIndex(of: "--misses") { misses = true; arguments.remove(at: k) }
var speed = false
if let k = arguments.firstIndex(of: "--speed") { speed = true; arguments.remove(at: k) }
let data = arguments.first ?? "Data"

nonisolated(unsafe) var catalogueCodes: Set<String> = []
let indicators: [IndicatorDefinition]
let regions: [RegionDefinition]
do {
  indicators = try CatalogFile.indicators(bytes: Array(read("\(data)/indicators.csv").utf8), file: "indicators.csv")
  regions = try CatalogFile.regions(bytes: Array(read("\(data)/regions.csv").utf8), file: "regions.csv")
} catch { fail(error.description) }
catalogueCodes = Set(indicators.map(\.code))

func year(ofDate text: String) -> Int? { Int(text.prefix(4)) }

// The development sets: texts written while building the rules (meta.csv, gold.csv), and texts
// written by someone else from sourced figures before the extractor ever read them
// (meta-sourced.csv, gold-sourced.csv): the second is the fairer measure.
let devDirectory = "\(data)/extract-dev"
func documents(meta: String, in directory: String = devDirectory) -> [Document] {
  records("\(directory)/\(meta)").compactMap { row -> Document? in
    guard let file = row["file"], !file.isEmpty else { return nil }
    return Document(
      file: file, path: "\(directory)/\(file)", text: read("\(directory)/\(file)"),
      region: row["region"].flatMap { $0.isEmpty ? nil : $0 } ?? "mianyang",
      year: row["published"].flatMap(year(ofDate:)) ?? 2025)
  }
}
let devDocuments = documents(meta: "meta.csv")
let devGold = records("\(devDirectory)/gold.csv").compactMap { gold($0, file: $0["file"] ?? "") }
let sourcedDocuments = documents(meta: "meta-sourced.csv")
let sourcedGold = records("\(devDirectory)/gold-sourced.csv").compactMap { gold($0, file: $0["file"] ?? "") }
// The held-out set (Data/extract-dev/heldout): texts written from sourced figures, gold annotated
// before the extractor read them, and kept out of rule-making; scored apart from the rest.
let heldoutDirectory = "\(devDirectory)/heldout"
let heldoutDocuments = documents(meta: "meta.csv", in: heldoutDirectory)
let heldoutGold = records("\(heldoutDirectory)/gold.csv").compactMap { gold($0, file: $0["file"] ?? "") }

// The seeds: their region and publication year, as Data/README.md reads them.
let seedMeta: [String: (String, Int)] = [
  "000_d4b3c903fbfae081.txt": ("mianyang", 2025), "001_75f2f214c765ca84.txt": ("mianyang", 2024),
  "002_b41772d96acf1761.txt": ("mianyang_hitech_zone", 2024), "003_972304b6598a66a4.txt": ("chengdu", 2022),
  "004_9c2cc66303fbac46.txt": ("mianyang", 2024),
]
let seedDocuments = seedMeta.keys.sorted().map { file in
  Document(file: file, path: "\(data)/seeds/\(file)", text: read("\(data)/seeds/\(file)"), region: seedMeta[file]!.0, year: seedMeta[file]!.1)
}
let seedGold = records("\(data)/seed_figures.csv").compactMap { gold($0, file: $0["source_title"] ?? "") }

func extractor(_ d: Document) -> FigureExtractor {
  FigureExtractor(context: ExtractionContext(region: d.region, defaultYear: d.year, regions: regions, indicators: indicators))
}

func describe(_ f: ExtractedFigure) -> String {
  "\(f.review ? "review:" : "")\(f.indicator),\(f.region),\(f.period),\(f.valueText)\(f.unit),\(f.qualifier.rawValue),\(f.status.rawValue),\(f.kind.rawValue)\(f.note.isEmpty || f.review ? "" : " (\(f.note))")"
}

// --speed: every text read so far, repeated to at least 1 MB and read as one document, the way
// `indicators extract` reads a long file; prints the size and the CPU time.
if speed {
  let all = (devDocuments + sourcedDocuments + seedDocuments).map(\.text).joined(separator: "\n\n")
  var big = all
  while big.utf8.count < 1_000_000 { big += "\n\n" + all }
  let ex = extractor(Document(file: "all", path: "", text: big, region: "mianyang", year: 2025))
  let start = clock()
  let figures = ex.extract(big)
  let seconds = Double(clock() - start) / Double(CLOCKS_PER_SEC)
  print(String(format: "%.2f MB in %.2f s CPU: %.2f MB/s, %d figures", Double(big.utf8.count) / 1_000_000, seconds,
               Double(big.utf8.count) / 1_000_000 / seconds, figures.count))
  exit(0)
}

if let show {
  guard let d = (devDocuments + sourcedDocuments + seedDocuments + heldoutDocuments).first(where: { $0.file == show || $0.path == show }) else { fail("no document \(show)") }
  for f in extractor(d).extract(d.text) { print(describe(f) + "    ← " + String(f.locator.prefix(60))) }
  exit(0)
}

struct Score {
  var files = 0, bytes = 0, extracted = 0, review = 0, correct = 0, correctCatalogue = 0
  var gold: [String: Int] = [:], found: [String: Int] = [:]
  var qualifierRight = 0, kindRight = 0, matched = 0, targetsFlagged = 0, targetsMatched = 0, placeholderFigures = 0
  /// Observed gold figures of indicators the catalogue lacks that a row marked for review holds
  /// under its proposed code (same region, period and value): found, once a reviewer renames it.
  var observedUnderProposedCode = 0
  var seconds = 0.0
}

func score(_ documents: [Document], _ gold: [GoldFigure], name: String) -> Score {
  var s = Score()
  for d in documents {
    let ex = extractor(d)
    let figures = ex.extract(d.text)
    // CPU time of enough repetitions for a stable rate; CPU time, not wall time, so that other
    // processes sharing the machine do not slow the measure.
    var runs = 0
    let start = clock()
    repeat { _ = ex.extract(d.text); runs += 1 } while Double(clock() - start) / Double(CLOCKS_PER_SEC) < 0.2
    s.seconds += Double(clock() - start) / Double(CLOCKS_PER_SEC) / Double(runs)
    s.files += 1
    s.bytes += d.text.utf8.count
    s.extracted += figures.count
    s.review += figures.filter(\.review).count
    if d.file.contains("placeholder") { s.placeholderFigures += figures.count }
    var used = Set<Int>()
    var wrongQualifier: [String] = []
    var missed: [GoldFigure] = []
    for g in gold where g.file == d.file {
      let category = g.kind == "target" ? "target" : g.status == "derived" ? "derived" : "observed"
      s.gold[category, default: 0] += 1
      guard let k = figures.indices.first(where: { !used.contains($0) && matches(figures[$0], g) }) else {
        missed.append(g); continue
      }
      used.insert(k)
      s.found[category, default: 0] += 1
      s.matched += 1
      if figures[k].qualifier == g.qualifier { s.qualifierRight += 1 } else { wrongQualifier.append("\(describe(figures[k])) gold \(g.qualifier.rawValue)") }
      if g.kind == "target" { s.targetsMatched += 1; if figures[k].kind == .target { s.targetsFlagged += 1 } }
      if figures[k].kind.rawValue == g.kind { s.kindRight += 1 } else { wrongQualifier.append("kind \(describe(figures[k])) gold \(g.kind)") }
    }
    s.correct += used.count
    var underProposedCode: [(GoldFigure, ExtractedFigure)] = []
    for g in missed where g.kind == "observation" && g.status != "derived" && !catalogueCodes.contains(g.indicator) {
      guard let k = figures.indices.first(where: { !used.contains($0) && figures[$0].review && matches(figures[$0], g, anyCode: true) }) else { continue }
      used.insert(k)
      underProposedCode.append((g, figures[k]))
    }
    s.observedUnderProposedCode += underProposedCode.count
    s.correctCatalogue += used.filter { !figures[$0].review }.count
    if misses {
      print("== \(name) \(d.file)")
      for (g, f) in underProposedCode { print("  proposed \(g.indicator) as \(f.indicator)  ← \(g.locator.prefix(50))") }
      for g in missed where !underProposedCode.contains(where: { $0.0.locator == g.locator && $0.0.indicator == g.indicator }) { print("  missed   \(g.indicator),\(g.region),\(g.period),\(g.value),\(g.qualifier.rawValue),\(g.status),\(g.kind)  ← \(g.locator.prefix(50))") }
      for (k, f) in figures.enumerated() where !used.contains(k) && !f.review { print("  extra    \(describe(f))  ← \(f.locator.prefix(50))") }
      for w in wrongQualifier { print("  qualifier \(w)") }
    }
  }
  return s
}

func ratio(_ a: Int, _ b: Int) -> String { b == 0 ? "–" : String(format: "%.3f (%d/%d)", Double(a) / Double(b), a, b) }

var sets = [
  ("dev", score(devDocuments, devGold, name: "dev")), ("sourced (unseen)", score(sourcedDocuments, sourcedGold, name: "sourced")),
  ("seeds", score(seedDocuments, seedGold, name: "seeds")),
  ("held-out", score(heldoutDocuments, heldoutGold, name: "held-out")),
]
// "all" is every set the rules were made on; the held-out set stays out of it.
sets.append(("all but held-out", score(devDocuments + sourcedDocuments + seedDocuments, devGold + sourcedGold + seedGold, name: "all")))
print("| set | files | KB | figures | review | precision | precision (catalogue codes) | recall observed | observed, with review rows under a proposed code | recall derived | recall target | targets flagged | kind right | qualifier | placeholder figures | MB/s |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
for (name, s) in sets {
  let catalogue = s.extracted - s.review
  let mbps = s.seconds > 0 ? Double(s.bytes) / 1_000_000 / s.seconds : 0
  print("| \(name) | \(s.files) | \(s.bytes / 1000) | \(s.extracted) | \(s.review) | \(ratio(s.correct, s.extracted)) | \(ratio(s.correctCatalogue, catalogue)) | \(ratio(s.found["observed"] ?? 0, s.gold["observed"] ?? 0)) | \(ratio((s.found["observed"] ?? 0) + s.observedUnderProposedCode, s.gold["observed"] ?? 0)) | \(ratio(s.found["derived"] ?? 0, s.gold["derived"] ?? 0)) | \(ratio(s.found["target"] ?? 0, s.gold["target"] ?? 0)) | \(ratio(s.targetsFlagged, s.targetsMatched)) | \(ratio(s.kindRight, s.matched)) | \(ratio(s.qualifierRight, s.matched)) | \(s.placeholderFigures) | \(String(format: "%.2f", mbps)) |")
}
