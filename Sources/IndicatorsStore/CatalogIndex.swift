import GRDB
import IndicatorsCore

/// The catalogue in memory, with the one rule for what name means which indicator or region.
///
/// A name is matched after full-width characters are made half-width, white space trimmed and
/// letters lower-cased (`ＧＤＰ增速` is `gdp增速`). Exactly, a name is a code, else a Chinese name,
/// else an English name, else an alias (in that order when two entries share a name). Loosely, for
/// what a person types on the command line (never for a file), a unique code prefix or a unique
/// part of a Chinese name or alias also matches.
package struct CatalogIndex: Sendable {
  package private(set) var indicators: [IndicatorDefinition] = []
  package private(set) var regions: [RegionDefinition] = []
  private var indicatorByName: [String: Int] = [:]
  private var regionByName: [String: Int] = [:]

  package init(indicators: [IndicatorDefinition], regions: [RegionDefinition]) {
    self.indicators = indicators.sorted { $0.code < $1.code }
    self.regions = regions.sorted { $0.code < $1.code }
    indicatorByName = Self.names(self.indicators.map { ($0.code, $0.nameZh, $0.nameEn, $0.aliases) })
    regionByName = Self.names(self.regions.map { ($0.code, $0.nameZh, $0.nameEn, $0.aliases) })
  }

  /// Reads the whole catalogue (a few hundred rows) with its aliases.
  init(_ db: Database) throws {
    var indicatorAliases: [String: [String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT i.code, a.alias FROM indicatorAlias a JOIN indicator i ON i.id = a.indicatorId ORDER BY a.alias") {
      indicatorAliases[row["code"], default: []].append(row["alias"])
    }
    var regionAliases: [String: [String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT r.code, a.alias FROM regionAlias a JOIN region r ON r.id = a.regionId ORDER BY a.alias") {
      regionAliases[row["code"], default: []].append(row["alias"])
    }
    let indicators = try Row.fetchAll(db, sql: "SELECT * FROM indicator").map { row in
      var indicator = Catalog.indicator(row)
      indicator.aliases = indicatorAliases[indicator.code] ?? []
      return indicator
    }
    let regions = try Row.fetchAll(
      db, sql: "SELECT r.*, p.code AS parentCode FROM region r LEFT JOIN region p ON p.id = r.parentId"
    ).map { row in
      var region = Catalog.region(row)
      region.aliases = regionAliases[region.code] ?? []
      return region
    }
    self.init(indicators: indicators, regions: regions)
  }

  /// How names are compared.
  package static func key(_ name: String) -> String {
    ChineseText.normalizeWidth(name).trimmingWhitespace().lowercased()
  }

  /// Each name's entry; a code outranks a Chinese name, which outranks an English name, which
  /// outranks an alias, and an earlier entry (by code) a later one.
  private static func names(_ entries: [(code: String, zh: String, en: String, aliases: [String])]) -> [String: Int] {
    var table: [String: Int] = [:]
    let ranks: [(Int) -> [String]] = [
      { entries[$0].aliases }, { [entries[$0].en] }, { [entries[$0].zh] }, { [entries[$0].code] },
    ]
    for names in ranks {
      for index in entries.indices.reversed() {
        for name in names(index) where !name.isEmpty { table[key(name)] = index }
      }
    }
    return table
  }

  /// The indicator whose code, name or alias is exactly `name`.
  package func indicator(exactly name: String) -> IndicatorDefinition? {
    indicatorByName[Self.key(name)].map { indicators[$0] }
  }

  /// The region whose code, name or alias is exactly `name`.
  package func region(exactly name: String) -> RegionDefinition? {
    regionByName[Self.key(name)].map { regions[$0] }
  }

  /// The indicator a person means: an exact name, else the one indicator whose code starts with
  /// `name` or whose Chinese name or an alias contains it.
  package func indicator(named name: String) throws(StoreError) -> IndicatorDefinition {
    if let found = indicator(exactly: name) { return found }
    let key = Self.key(name)
    let candidates = key.isEmpty ? [] : indicators.filter { indicator in
      indicator.code.hasPrefix(key) || Self.key(indicator.nameZh).contains(key)
        || indicator.aliases.contains { Self.key($0).contains(key) }
    }
    if candidates.count == 1 { return candidates[0] }
    let shown = name.trimmingWhitespace()
    if candidates.isEmpty {
      throw StoreError.unknownSeries("no indicator called '\(shown)'; `indicators list` or `indicators indicator list` shows what there is")
    }
    throw StoreError.ambiguousSeries(
      "'\(shown)' matches \(candidates.count) indicators: \(candidates.prefix(12).map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", "))")
  }

  /// The region a person means by its code, name or alias.
  package func region(named name: String) throws(StoreError) -> RegionDefinition {
    if let found = region(exactly: name) { return found }
    throw StoreError.unknownSeries(
      "no region called '\(name.trimmingWhitespace())'; known regions: \(regions.map { "\($0.code) (\($0.nameZh))" }.joined(separator: ", "))")
  }
}
