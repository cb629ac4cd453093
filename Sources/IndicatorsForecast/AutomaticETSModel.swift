import Foundation

/// Automatic ETS as R's `ets(y)` chooses for yearly data: every candidate of
/// `ETSComponents.automaticCandidates` (ANN, AAdN, AAN and, for positive data, MNN, MAdN, MAN)
/// is estimated and the one with the smallest AICc is kept; ties go to the earlier candidate.
/// A candidate with more parameters than the series can support (k ≥ n − 2) is skipped, so a
/// 5-point series is fitted by ANN or MNN only.
package struct AutomaticETSModel: ForecastModel {
  package var candidates: [ETSComponents]?

  /// - Parameter candidates: the models to choose from; nil for R's default set.
  package init(candidates: [ETSComponents]? = nil) { self.candidates = candidates }

  package var name: String { "ets" }
  package var minimumLength: Int { 5 }

  package func fit(_ y: [Double]) throws(ForecastError) -> any FittedForecast { try select(y) }

  package func select(_ y: [Double]) throws(ForecastError) -> ETSModel.Fitted {
    try check(y, self)
    let positive = y.allSatisfy { $0 > 0 }
    let pool = (candidates ?? ETSComponents.automaticCandidates(positive: positive)).filter {
      positive || ($0.error == .additive && $0.trend != .multiplicative)
    }
    var best: ETSModel.Fitted?
    for components in pool {
      let model = ETSModel(components)
      guard y.count >= model.minimumLength, let fitted = try? model.estimate(y), fitted.aicc.isFinite else { continue }
      if best == nil || fitted.aicc < best!.aicc { best = fitted }
    }
    guard let best else { throw .tooShort(model: name, needed: minimumLength, got: y.count) }
    return best
  }
}
