import Foundation
import IndicatorsNumerics

/// The least-squares trend in time that every trend-using method fits: y ≈ Σⱼ cⱼ (t − t̄)ʲ,
/// j = 0 … degree, on LAPACK (`LeastSquares`), with t̄ the mean of the times so that the design
/// stays well conditioned and c₀ is the trend's level at t̄ (STYLE.md: centre before building
/// polynomial designs).
///
/// Unweighted fits form the powers of (t − t̄) in extended precision (`ExtendedMatrix.polynomial`);
/// weighted ones scale each row by √wᵢ, which minimises Σ wᵢ rᵢ².
///
/// - Precondition: `times.count == y.count`; weights, if given, ≥ 0 and as many.
/// - Throws: `LeastSquaresError` from the solver (too few points, a singular design).
package enum TrendRegression {
  package static func fit(
    _ y: [Double], times: [Double], degree: Int = 1, weights: [Double]? = nil, refinementSteps: Int = 2
  ) throws(LeastSquaresError) -> (fit: LeastSquaresFit, centre: Double) {
    precondition(times.count == y.count, "TrendRegression: one time per value")
    precondition(weights.map { $0.count == y.count && $0.allSatisfy { $0 >= 0 } } ?? true, "TrendRegression: one weight ≥ 0 per value")
    let centre = times.reduce(0, +) / Double(times.count)
    let t = times.map { $0 - centre }
    let options: LeastSquares.Options
    let design: Matrix, response: [Double]
    if let weights {
      let root = weights.map { $0.squareRoot() }
      design = Matrix(columns: (0...degree).map { j in zip(root, t).map { $0 * pow($1, Double(j)) } })
      response = zip(y, root).map { $0 * $1 }
      options = .init(hasIntercept: true, maximumRefinementSteps: refinementSteps)
    } else {
      let extended = ExtendedMatrix.polynomial(t, degree: degree)
      design = extended.rounded
      response = y
      options = .init(hasIntercept: true, extendedDesign: extended, maximumRefinementSteps: refinementSteps)
    }
    return (try LeastSquares.fit(design, response, options: options), centre)
  }

  /// The ordinary least-squares line through (tᵢ, yᵢ): (intercept at t = 0, slope). For the
  /// start values and drifts of smoothing methods, where a few points make LAPACK's overhead the
  /// whole cost: the closed form b = Σ(t − t̄)(y − ȳ)/Σ(t − t̄)², a = ȳ − b t̄.
  /// - Precondition: at least two distinct times.
  package static func line(_ y: [Double], times: [Double]) -> (intercept: Double, slope: Double) {
    precondition(times.count == y.count && y.count >= 2, "TrendRegression.line: needs two points")
    let n = Double(y.count)
    let tMean = times.reduce(0, +) / n, yMean = y.reduce(0, +) / n
    var sxy = 0.0, sxx = 0.0
    for (t, v) in zip(times, y) {
      sxy += (t - tMean) * (v - yMean)
      sxx += (t - tMean) * (t - tMean)
    }
    precondition(sxx > 0, "TrendRegression.line: the times are all equal")
    let slope = sxy / sxx
    return (yMean - slope * tMean, slope)
  }
}
