/// How a published figure relates to the true value.
///
/// Chinese sources write 超/突破/以上/余/多/逾 for "at least" (2900余家 is 2900 and some),
/// 约/左右 for "about", 近/不到/不足 for "just below". A rounded bound is kept as the number written
/// plus this qualifier, never adjusted.
package enum Qualifier: String, Sendable, CaseIterable, Codable {
  case exact
  case atLeast = "at_least"
  case about
  case below

  /// Reads `exact`, `at_least`, `about`, `below`, or a Chinese marker (超, 约, 近 …); empty is exact.
  package init?(parsing text: String) {
    // An empty cell (most files have no qualifier column) needs no trimming or lowering.
    if text.isEmpty { self = .exact; return }
    let t = text.trimmingWhitespace().lowercased()
    if t.isEmpty { self = .exact; return }
    if let q = Qualifier(rawValue: t) { self = q; return }
    switch t {
    case "=", "精确", "准确": self = .exact
    case "≥", ">=", ">", "超", "超过", "突破", "以上", "余", "多", "逾", "at least": self = .atLeast
    case "≈", "~", "约", "大约", "左右": self = .about
    case "<", "近", "接近", "将近", "不到", "不足": self = .below
    default: return nil
    }
  }

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
package enum ObservationStatus: String, Sendable, CaseIterable, Codable {
  case normal, provisional, estimated, derived, revised
  case seriesBreak = "break"

  package init?(parsing text: String) {
    if text.isEmpty { self = .normal; return }
    let t = text.trimmingWhitespace().lowercased()
    if t.isEmpty { self = .normal; return }
    if let s = ObservationStatus(rawValue: t) { self = s; return }
    switch t {
    case "预计", "初步", "初步核算": self = .provisional
    case "估计", "估算": self = .estimated
    case "推算", "派生": self = .derived
    case "修订", "核定": self = .revised
    case "断点", "口径调整": self = .seriesBreak
    default: return nil
    }
  }
}

/// What a series measures; it decides how growth and trends are read.
package enum MeasureKind: String, Sendable, CaseIterable, Codable {
  case level, rate, share, ratio, count, rank
}
