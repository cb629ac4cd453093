import IndicatorsNumerics
import Testing

@Suite struct LeastSquaresTests {
  /// y = 2 + 3x exactly: coefficients recovered, residuals zero, R² one.
  @Test func exactLineIsRecovered() throws {
    let x: [Double] = [0, 1, 2, 3, 4]
    let design = Matrix(columns: [[1, 1, 1, 1, 1], x])
    let fit = try LeastSquares.fit(design, x.map { 2 + 3 * $0 }, options: .init(hasIntercept: true))
    #expect(abs(fit.coefficients[0] - 2) < 1e-14)
    #expect(abs(fit.coefficients[1] - 3) < 1e-14)
    #expect(fit.residualSumOfSquares < 1e-25)
    #expect(fit.rank == 2)
  }

  /// A hand-computed regression: x = 1…4, y = 1, 3, 2, 5 gives b = (0, 1.1), RSS = 2.7 … checked
  /// against the normal equations: Sxx = 5, Sxy = 5.5, so slope 1.1, intercept 2.75 − 1.1·2.5 = 0.
  @Test func smallRegressionMatchesHandComputation() throws {
    let design = Matrix(columns: [[1, 1, 1, 1], [1, 2, 3, 4]])
    let fit = try LeastSquares.fit(design, [1, 3, 2, 5], options: .init(hasIntercept: true))
    #expect(abs(fit.coefficients[0] - 0) < 1e-14)
    #expect(abs(fit.coefficients[1] - 1.1) < 1e-14)
    // Residuals −0.1, 0.8, −1.3, 0.6: RSS = 2.7, σ² = 1.35, se(slope) = √(1.35/5).
    #expect(abs(fit.residualSumOfSquares - 2.7) < 1e-13)
    #expect(abs(fit.standardErrors[1] - (1.35 / 5).squareRoot()) < 1e-14)
    #expect(fit.degreesOfFreedom == 2)
  }

  @Test func tooFewObservationsIsADataError() {
    let design = Matrix(columns: [[1, 1], [1, 2], [1, 4]])
    #expect(throws: LeastSquaresError.tooFewObservations(observations: 2, parameters: 3)) {
      try LeastSquares.fit(design, [1, 2], options: .init(hasIntercept: true))
    }
  }

  @Test func nonFiniteValueIsADataError() {
    let design = Matrix(columns: [[1, 1, 1], [1, 2, 3]])
    #expect(throws: LeastSquaresError.nonFiniteValue(row: 1)) {
      try LeastSquares.fit(design, [1, .nan, 3], options: .init(hasIntercept: true))
    }
  }

  /// Two identical columns: rank 1, minimum-norm solution splits the weight evenly.
  @Test func rankDeficientDesignFallsBackToSVD() throws {
    let design = Matrix(columns: [[1, 2, 3], [1, 2, 3]])
    let fit = try LeastSquares.fit(design, [2, 4, 6], options: .init(hasIntercept: false))
    #expect(fit.rank == 1)
    #expect(fit.method == .svd)
    #expect(abs(fit.coefficients[0] - 1) < 1e-12 && abs(fit.coefficients[1] - 1) < 1e-12)
  }
}
