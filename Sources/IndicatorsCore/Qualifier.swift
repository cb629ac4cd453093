/// How a published figure relates to the true value.
///
/// Chinese sources write 超/突破/以上/余/多/逾 for "at least" (2900余家 is 2900 and some),
/// 约/左右 for "about", 近/不到/不足 for "just below". A rounded bound is kept as the number written
/// plus this qualifier, never adjusted.
package enum Qualifier: String, Sendable, CaseIterable, Codable, WordCoded {
  case exact
  case atLeast = "at_least"
  case about
  case below

  package static var blank: Qualifier { .exact }

  /// Besides `exact`, `at_least`, `about` and `below`: the markers sources write (超, 约, 近 …).
  package static let words = table([
    .exact: ["=", "精确", "准确"],
    .atLeast: ["≥", ">=", ">", "超", "超过", "突破", "以上", "余", "多", "逾", "at least"],
    .about: ["≈", "~", "约", "大约", "左右"],
    .below: ["<", "近", "接近", "将近", "不到", "不足"],
  ])

  /// The marker a Chinese report would put before the number, used in wide CSV cells.
  package var chinesePrefix: String {
    switch self {
    case .exact: ""
    case .atLeast: "超"
    case .about: "约"
    case .below: "近"
    }
  }
}

/// The standing of an observation in its producer's eyes.
package enum ObservationStatus: String, Sendable, CaseIterable, Codable, WordCoded {
  case normal, provisional, estimated, derived, revised
  case seriesBreak = "break"

  package static var blank: ObservationStatus { .normal }

  /// Besides the raw values: the words Chinese sources write.
  package static let words = table([
    .provisional: ["预计", "初步", "初步核算"],
    .estimated: ["估计", "估算"],
    .derived: ["推算", "派生"],
    .revised: ["修订", "核定"],
    .seriesBreak: ["断点", "口径调整"],
  ])
}

/// What a series measures; it decides how growth and trends are read.
package enum MeasureKind: String, Sendable, CaseIterable, Codable {
  case level, rate, share, ratio, count, rank
}
