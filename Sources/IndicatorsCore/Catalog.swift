/// What an indicator is: the series' name, unit and kind of measure.
package struct IndicatorDefinition: Hashable, Sendable {
  package var code: String
  package var nameZh: String
  package var nameEn: String
  package var unit: MeasurementUnit
  package var measureKind: MeasureKind
  /// `current` or `constant` prices where it matters, else empty.
  package var priceBasis: String
  package var notes: String
  /// Other names a user may write for it (`GDP增速`, `R&D经费投入强度`); they resolve like the code.
  package var aliases: [String]

  package init(
    code: String, nameZh: String, nameEn: String, unit: MeasurementUnit,
    measureKind: MeasureKind, priceBasis: String = "", notes: String = "", aliases: [String] = []
  ) {
    self.code = code
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.unit = unit
    self.measureKind = measureKind
    self.priceBasis = priceBasis
    self.notes = notes
    self.aliases = aliases
  }

  /// Aliases as a catalogue cell lists them: separated by `;`, `；`, `|` or `、`, blanks dropped.
  package static func aliases(in cell: String) -> [String] {
    cell.split(whereSeparator: { ";；|、".contains($0) }).map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
  }

  /// An indicator code is lower-case ASCII letters, digits and underscores, starting with a letter.
  package static func isValidCode(_ text: String) -> Bool {
    guard let first = text.first, first.isASCII, first.isLetter, first.isLowercase else { return false }
    return text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }
  }
}

/// A region: a city, one of its zones, a province, the nation.
package struct RegionDefinition: Hashable, Sendable {
  package var code: String
  package var nameZh: String
  package var nameEn: String
  package var parent: String?
  /// Other names a user may write for it (`宜宾`, `Yibin City`); they resolve like the code.
  package var aliases: [String]

  package init(code: String, nameZh: String, nameEn: String, parent: String? = nil, aliases: [String] = []) {
    self.code = code
    self.nameZh = nameZh
    self.nameEn = nameEn
    self.parent = parent
    self.aliases = aliases
  }
}

/// Where a figure was published.
package struct SourceReference: Hashable, Sendable {
  package var title: String
  /// A URL, or the name of a file (the seed documents are cited by file name).
  package var location: String
  /// The publication date as the source gives it (`2025-02`, `2024-02-02`, or empty).
  package var published: String

  package init(title: String, location: String = "", published: String = "") {
    self.title = title
    self.location = location
    self.published = published
  }
}
