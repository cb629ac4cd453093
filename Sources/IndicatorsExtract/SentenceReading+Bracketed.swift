import IndicatorsCore

extension SentenceReading {
  /// `增速比全市平均水平(3.5%)低2.9个百分点`, `高于全国(2.5%)和全省(3.6%)`: a rate in brackets right
  /// after a region is that region's value of the rate just read, in the same period. Returns
  /// whether `token` was such a figure (and emitted it).
  mutating func readBracketedComparison(_ token: NumberToken) -> Bool {
    let open = token.range.lowerBound - 1
    let close = token.range.upperBound
    guard token.unit == "%", open > 0, t[open] == "(", close < t.count, t[close] == ")",
      let base = emitted.last(where: { $0.figure.unit == "%" && $0.figure.kind == .observation })?.figure
    else { return false }
    var end = open
    for word in ["平均水平", "水平", "平均", "的"] where NumberScanner.endsWith(t, word, before: end) { end -= word.unicodeScalars.count }
    guard let mention = mentions.last(where: { $0.range.upperBound == end }), mention.code != base.region else { return false }
    var figure = base
    figure.region = mention.code
    figure.value = token.figure.value
    figure.valueText = token.text
    figure.qualifier = token.figure.qualifier ?? .exact
    figure.status = .normal
    figure.note = ""
    figures.append(figure)
    return true
  }
}
