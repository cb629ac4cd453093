/// A unit of measure as Chinese statistics write it, and what it can be converted to.
///
/// Units of one dimension differ by a power of ten (元, 万元, 亿元); conversion between them is
/// exact (see `DecimalText`). Units of different dimensions never convert: 亿元 is not 亿美元, and a
/// percentage (%) is not a difference in percentage points (个百分点).
package struct MeasurementUnit: Hashable, Sendable {
  package let symbol: String
  package let dimension: Dimension
  /// The unit is 10^powerOfTen of the dimension's base unit.
  package let powerOfTen: Int

  package enum Dimension: String, Sendable, CaseIterable {
    case yuan, usDollar = "us_dollar", percent, percentagePoint = "percentage_point", count
    case persons, rank, area, vehicles, tonnes, multiple
    /// Bulletin lines beyond money and counts: roads, visits, farm land, electricity, containers, ‰.
    case length, visits, mu, hectares, kilowattHours = "kilowatt_hours", containers, permille
    /// Farm machinery's power (万千瓦), grain in 斤 (half a kilogram: not a power of ten of 吨), and
    /// a birth rate's change in ‰ points (下降1.09个千分点).
    case kilowatts, jin, permillePoint = "permille_point"
  }

  /// Every unit the tool knows, with its aliases. Lookup normalises width and white space.
  package static let catalog: [String: MeasurementUnit] = {
    var table: [String: MeasurementUnit] = [:]
    func add(_ dimension: Dimension, _ power: Int, _ symbols: String...) {
      // Each symbol keeps its own label (家 stays 家); units of one dimension convert freely.
      for symbol in symbols {
        table[symbol] = MeasurementUnit(symbol: symbol, dimension: dimension, powerOfTen: power)
      }
    }
    add(.yuan, 0, "元", "yuan", "CNY")
    add(.yuan, 4, "万元")
    add(.yuan, 8, "亿元", "100m yuan")
    add(.yuan, 12, "万亿元")
    add(.usDollar, 0, "美元", "USD")
    add(.usDollar, 4, "万美元")
    add(.usDollar, 8, "亿美元")
    add(.percent, 0, "%", "％", "percent")
    add(.percentagePoint, 0, "个百分点", "百分点", "pp", "percentage points")
    add(.count, 0, "个", "家", "户", "项", "件", "所", "座", "条")
    add(.count, 4, "万个", "万家", "万户", "万项")
    // Livestock in bulletins: 生猪出栏365.8万头, 家禽出栏6065.3万只.
    add(.count, 0, "头", "只")
    add(.count, 4, "万头", "万只")
    add(.persons, 0, "人", "名")
    add(.persons, 4, "万人", "万名")
    add(.rank, 0, "位", "名次")
    add(.area, 0, "平方公里", "km2", "km²")
    add(.vehicles, 0, "辆")
    add(.vehicles, 4, "万辆")
    add(.tonnes, 0, "吨")
    add(.tonnes, 4, "万吨")
    add(.multiple, 0, "倍")
    add(.count, 0, "宗", "艘", "架")
    add(.length, 0, "公里", "千米", "km")
    add(.length, 4, "万公里")
    add(.visits, 0, "人次")
    add(.visits, 4, "万人次")
    add(.visits, 8, "亿人次")
    // 亩 and 公顷 differ by 15, not a power of ten: two dimensions.
    add(.mu, 0, "亩")
    add(.mu, 4, "万亩")
    add(.hectares, 0, "公顷")
    add(.hectares, 3, "千公顷")
    add(.hectares, 4, "万公顷")
    add(.kilowattHours, 0, "千瓦时")
    add(.kilowattHours, 4, "万千瓦时")
    add(.kilowattHours, 8, "亿千瓦时")
    add(.containers, 0, "标箱", "TEU")
    add(.containers, 4, "万标箱", "万TEU")
    add(.permille, 0, "‰")
    add(.permillePoint, 0, "个千分点", "千分点")
    // 农用拖拉机9.7万台, 家禽存笼1177.8万羽.
    add(.count, 0, "台", "羽")
    add(.count, 4, "万台", "万羽")
    add(.kilowatts, 0, "千瓦")
    add(.kilowatts, 4, "万千瓦")
    add(.jin, 0, "斤")
    add(.jin, 4, "万斤")
    add(.jin, 8, "亿斤")
    return table
  }()

  /// Units sorted longest first, for finding a unit written at the end of a value (`633亿元`).
  static let symbolsLongestFirst: [String] = catalog.keys.sorted { $0.count > $1.count }

  package init?(symbol text: String) {
    let t = ChineseText.normalizeWidth(text).trimmingWhitespace()
    guard let unit = MeasurementUnit.catalog[t] ?? MeasurementUnit.catalog[t.lowercased()] else {
      return nil
    }
    self = unit
  }

  private init(symbol: String, dimension: Dimension, powerOfTen: Int) {
    self.symbol = symbol
    self.dimension = dimension
    self.powerOfTen = powerOfTen
  }

  /// The power of ten that turns a number in `self` into one in `target`, or nil when the
  /// dimensions differ.
  package func powerOfTen(to target: MeasurementUnit) -> Int? {
    dimension == target.dimension ? powerOfTen - target.powerOfTen : nil
  }
}
