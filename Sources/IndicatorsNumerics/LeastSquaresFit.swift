/// The result of a linear least-squares fit y ≈ X b.
package struct LeastSquaresFit: Sendable {
  package enum Method: String, Sendable {
    /// Householder QR with column pivoting on the column-scaled design, refined.
    case pivotedQR = "pivoted QR (dgeqp3) + refinement"
    /// Minimum-norm SVD solution, used when the design is rank deficient.
    case svd = "SVD (dgelsd), rank deficient"
  }

  package var coefficients: [Double]
  /// √(σ² · diag((XᵀX)⁻¹)); NaN when there are no residual degrees of freedom or the design is
  /// rank deficient.
  package var standardErrors: [Double]
  /// σ² (XᵀX)⁻¹, p×p.
  package var covariance: Matrix
  package var residuals: [Double]
  package var fittedValues: [Double]
  package var residualSumOfSquares: Double
  /// n − p.
  package var degreesOfFreedom: Int
  /// The residual standard error σ = √(RSS / (n − p)).
  package var sigma: Double
  /// Centred R² = 1 − RSS/Σ(y − ȳ)² when the model has an intercept; otherwise the uncentred
  /// 1 − RSS/Σy², as NIST defines it for models without one.
  package var rSquared: Double
  /// Gaussian log-likelihood at the maximum, with σ̂² = RSS/n.
  package var logLikelihood: Double
  /// Information criteria counting p coefficients plus the variance (k = p + 1).
  package var aic: Double
  package var aicc: Double
  package var bic: Double
  package var rank: Int
  /// 1-norm condition number estimate of the column-scaled design (from R).
  package var conditionNumber: Double
  package var method: Method
  /// Refinement steps taken on the solution.
  package var refinementSteps: Int
}
