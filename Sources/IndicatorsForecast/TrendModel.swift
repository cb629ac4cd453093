import Foundation
import IndicatorsCore
import IndicatorsNumerics

/// A deterministic trend in time, fitted by least squares on annual values.
///
/// Time is measured in years from the centre of the fitted span, t = year − t̄, which keeps the
/// design well conditioned and makes the intercept the trend's level at t̄.
/// - linear: y = a + b t
/// - loglinear: ln y = a + b t, i.e. constant growth; the average annual growth rate is e^b − 1
/// - quadratic: y = a + b t + c t²
package enum TrendModel: String, Sendable, CaseIterable {
  case linear, loglinear, quadratic

  var degree: Int { self == .quadratic ? 2 : 1 }

  package func fit(_ points: [(year: Int, value: Double)]) throws(TrendFitError) -> TrendFit {
    let needed = degree + 2  // one more than the parameters, so that σ can be estimated
    guard points.count >= needed else { throw .tooFewPoints(model: rawValue, needed: needed, got: points.count) }
    if self == .loglinear, let bad = points.first(where: { $0.value <= 0 }) {
      throw .nonPositive(year: bad.year, value: bad.value)
    }
    let y = self == .loglinear ? points.map { log($0.value) } : points.map(\.value)
    let fit: LeastSquaresFit, centre: Double
    do {
      (fit, centre) = try TrendRegression.fit(y, times: points.map { Double($0.year) }, degree: degree, refinementSteps: 8)
    } catch {
      throw .numerical(error.description)
    }
    let names = ["intercept", "slope", "curvature"]
    let terms = (0...degree).map { j in
      TrendFit.Term(name: names[j], estimate: fit.coefficients[j], standardError: fit.standardErrors[j])
    }
    var growth: TrendFit.Growth?
    if self == .loglinear {
      let q = StudentT.quantile(0.975, degreesOfFreedom: Double(fit.degreesOfFreedom))
      let b = fit.coefficients[1], se = fit.standardErrors[1]
      growth = .init(rate: exp(b) - 1, lower95: exp(b - q * se) - 1, upper95: exp(b + q * se) - 1)
    }
    return TrendFit(
      model: self, centreYear: centre, terms: terms, rSquared: fit.rSquared, sigma: fit.sigma,
      aicc: fit.aicc, observations: points.count, degreesOfFreedom: fit.degreesOfFreedom,
      conditionNumber: fit.conditionNumber, growth: growth)
  }
}

/// A fitted trend, with the coefficient table a user reads.
package struct TrendFit: Sendable {
  package struct Term: Sendable {
    package var name: String
    package var estimate: Double
    package var standardError: Double
    package var tValue: Double { estimate / standardError }
  }

  /// Average annual growth implied by a log-linear trend, with its 95% interval from the
  /// slope's t interval: e^(b ± t₀.₉₇₅ se) − 1.
  package struct Growth: Sendable {
    package var rate: Double
    package var lower95: Double
    package var upper95: Double
  }

  package var model: TrendModel
  package var centreYear: Double
  package var terms: [Term]
  /// On the fitted scale (ln y for loglinear).
  package var rSquared: Double
  package var sigma: Double
  package var aicc: Double
  package var observations: Int
  package var degreesOfFreedom: Int
  package var conditionNumber: Double
  package var growth: Growth?
}

package enum TrendFitError: Error, Equatable, Sendable, CustomStringConvertible {
  case tooFewPoints(model: String, needed: Int, got: Int)
  case nonPositive(year: Int, value: Double)
  case numerical(String)

  package var description: String {
    switch self {
    case .tooFewPoints(let model, let needed, let got):
      "the \(model) trend needs at least \(needed) annual values, got \(got)"
    case .nonPositive(let year, let value):
      "a log-linear trend needs positive values, but \(year) is \(ValueFormatting.shortest(value))"
    case .numerical(let message): message
    }
  }
}
