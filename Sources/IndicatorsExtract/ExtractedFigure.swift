import IndicatorsCore

/// Whether a figure reports what happened or what a plan aims for.
package enum FigureKind: String, Sendable, CaseIterable, Codable {
  case observation, target
}

/// One figure read from a text, in the terms of the long import layout.
package struct ExtractedFigure: Hashable, Sendable {
  /// A catalogue code, or a proposed snake_case code when `review` is set.
  package var indicator: String
  /// True when the indicator is not in the catalogue: `indicator` is a proposal and `phrase` the
  /// words the text used; a person decides before importing.
  package var review: Bool
  /// The words of the text that named the indicator (empty when it was inherited from context).
  package var phrase: String
  package var region: String
  package var period: Period
  package var value: Double
  /// The number as the text writes it, before any qualifier (`4600.66`, `1.02`).
  package var valueText: String
  /// The unit as the text writes it (`亿元`, `%`, `万美元`, `家`, `位`, `个百分点`).
  package var unit: String
  package var qualifier: Qualifier
  package var status: ObservationStatus
  package var kind: FigureKind
  /// The sentence the figure came from, as written (Traditional characters and all).
  package var locator: String
  /// The arithmetic of a derived figure, or what a reviewer should know.
  package var note: String
}

/// What the caller knows about a document and the world it describes.
package struct ExtractionContext: Sendable {
  /// The region the document is about (`mianyang`); 全市/全区 resolve from it.
  package var region: String
  /// The year a period word (全年, 前三季度) refers to before the text states one.
  package var defaultYear: Int
  /// The year the text was written in: 今年 and 去年 count from it, and a figure dated after it is
  /// a plan's. A bulletin on 2023 published in 2024 has `defaultYear` 2023 and `currentYear` 2024.
  package var currentYear: Int
  package var regions: [RegionDefinition]
  package var indicators: [IndicatorDefinition]
  /// The gazetteer beside the catalogue's regions: China's provinces, prefectures and county-level
  /// cities (Data/places.csv), so that a text about any of them reads 全省 as its province.
  package var places: [RegionDefinition]

  package init(
    region: String, defaultYear: Int, currentYear: Int? = nil, regions: [RegionDefinition], indicators: [IndicatorDefinition],
    places: [RegionDefinition] = []
  ) {
    self.region = region
    self.defaultYear = defaultYear
    self.currentYear = currentYear ?? defaultYear
    self.regions = regions
    self.indicators = indicators
    self.places = places
  }
}
