import IndicatorsCore

/// The columns an observation file may have, with the header names accepted for each
/// (English or Chinese, case-insensitive).
package enum ObservationColumn: String, CaseIterable, Sendable {
  case indicator, region, period, value, unit, qualifier, status, source
  case sourceURL = "source_url"
  case published, vintage, locator, note, kind

  package var aliases: [String] {
    switch self {
    case .indicator: ["indicator", "指标", "指标代码", "code"]
    case .region: ["region", "地区", "区域", "地区代码"]
    case .period: ["period", "时期", "期间", "时间", "年份", "year"]
    case .value: ["value", "数值", "值", "数据"]
    case .unit: ["unit", "单位"]
    case .qualifier: ["qualifier", "限定", "限定词", "修饰"]
    case .status: ["status", "状态"]
    case .source: ["source", "source_title", "来源", "出处"]
    case .sourceURL: ["source_url", "url", "链接", "网址", "文件"]
    case .published: ["published", "发布日期", "发布时间", "published_date"]
    case .vintage: ["vintage", "版本", "版本日期"]
    case .locator: ["locator", "定位", "原文"]
    case .note: ["note", "notes", "备注"]
    case .kind: ["kind", "类别", "类型"]
    }
  }

  /// The Chinese header written when exporting with Chinese headers.
  package var chineseHeader: String {
    switch self {
    case .sourceURL: "链接"
    default: aliases[1]
    }
  }

  static let byAlias: [String: ObservationColumn] = {
    var table: [String: ObservationColumn] = [:]
    for column in allCases { for alias in column.aliases { table[alias] = column } }
    return table
  }()

  package init?(header: String) {
    guard let column = Self.byAlias[header.trimmingWhitespace().lowercased()] else { return nil }
    self = column
  }
}
