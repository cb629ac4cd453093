import Foundation
import IndicatorsNumerics

/// One NIST StRD linear-regression dataset with its certified values, read from NIST's `.dat`
/// format (a header giving the line ranges of the certified block and of the data).
package struct NISTDataset: Sendable {
  package var name: String
  package var difficulty: String
  package var certifiedEstimates: [Double]
  package var certifiedStandardDeviations: [Double]
  package var certifiedResidualSD: Double
  package var certifiedRSquared: Double
  package var y: [Double]
  /// One row of predictor values per observation.
  package var predictors: [[Double]]
  package var hasIntercept: Bool

  package init(contentsOf url: URL) throws {
    let text = try String(contentsOf: url, encoding: .ascii)
    // NIST ships CRLF line ends; the header's line numbers count physical lines.
    let physical = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
    func range(_ label: String) throws -> ClosedRange<Int> {
      guard let line = physical.first(where: { $0.contains(label) && $0.contains("lines") }),
        let open = line.range(of: "(lines ")
      else { throw NISTError.malformed(url.lastPathComponent, "no '\(label)' range") }
      let numbers = line[open.upperBound...].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
      return numbers[0]...numbers[1]
    }
    name = url.deletingPathExtension().lastPathComponent
    difficulty = physical.first { $0.contains("Level of Difficulty") }?
      .trimmingCharacters(in: .whitespaces).components(separatedBy: " ").first ?? "?"
    var estimates: [Double] = []
    var deviations: [Double] = []
    var residualSD = Double.nan
    var rSquared = Double.nan
    var sawB0 = false
    for line in physical[(try range("Certified Values").lowerBound - 1)...(try range("Certified Values").upperBound - 1)] {
      let fields = line.split(separator: " ").map(String.init)
      if let first = fields.first, first.hasPrefix("B"), fields.count >= 3, let e = Double(fields[1]), let s = Double(fields[2]) {
        if first == "B0" { sawB0 = true }
        estimates.append(e)
        deviations.append(s)
      } else if line.contains("Standard Deviation"), let last = fields.last, let v = Double(last), !line.contains("Parameter") {
        residualSD = v
      } else if line.contains("R-Squared"), let last = fields.last, let v = Double(last) {
        rSquared = v
      }
    }
    certifiedEstimates = estimates
    certifiedStandardDeviations = deviations
    certifiedResidualSD = residualSD
    certifiedRSquared = rSquared
    hasIntercept = sawB0
    var ys: [Double] = []
    var xs: [[Double]] = []
    for line in physical[(try range("Data").lowerBound - 1)...(try range("Data").upperBound - 1)] {
      let values = line.split(separator: " ").compactMap { Double($0) }
      guard values.count >= 2 else { continue }
      ys.append(values[0])
      xs.append(Array(values.dropFirst()))
    }
    y = ys
    predictors = xs
  }

  /// The design in extended precision: powers of x for one-predictor polynomial models, the
  /// predictors themselves (with a constant column) for multiple regression.
  package var design: ExtendedMatrix {
    let p = certifiedEstimates.count
    if predictors[0].count == 1 {
      let x = predictors.map { $0[0] }
      if hasIntercept { return .polynomial(x, degree: p - 1) }
      return ExtendedMatrix(rows: x.count, columns: 1) { i, _ in ExtendedReal(x[i]) }
    }
    return ExtendedMatrix(rows: y.count, columns: p) { i, j in j == 0 ? 1 : ExtendedReal(predictors[i][j - 1]) }
  }

  /// The log relative error −log₁₀(|estimate − certified| / |certified|), capped at the 15 digits
  /// NIST prints; against a certified zero, the absolute error is used.
  package static func logRelativeError(_ estimate: Double, _ certified: Double) -> Double {
    guard estimate.isFinite else { return 0 }
    let error = certified == 0 ? abs(estimate) : abs(estimate - certified) / abs(certified)
    guard error > 0 else { return 15 }
    return max(0, min(15, -log10(error)))
  }

  package static func minimumLRE(_ estimates: [Double], _ certified: [Double]) -> Double {
    zip(estimates, certified).map { logRelativeError($0, $1) }.min() ?? 0
  }

  package static let names = [
    "Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley", "Wampler1", "Wampler2", "Wampler3",
    "Wampler4", "Wampler5",
  ]
}

package enum NISTError: Error {
  case malformed(String, String)
}

/// The scores of one solver on one dataset.
package struct NISTScore: Sendable {
  package var dataset: String
  package var difficulty: String
  package var coefficients: Double
  package var standardDeviations: Double
  package var residualSD: Double
  package var rSquared: Double
  /// numpy's method (SVD, `dgelsd`, default cutoff) on the same double-precision design.
  package var svdCoefficients: Double

  package init(_ data: NISTDataset) throws {
    let design = data.design
    let fit = try LeastSquares.fit(design.rounded, data.y, options: .init(hasIntercept: data.hasIntercept, extendedDesign: design))
    dataset = data.name
    difficulty = data.difficulty
    coefficients = NISTDataset.minimumLRE(fit.coefficients, data.certifiedEstimates)
    standardDeviations = NISTDataset.minimumLRE(fit.standardErrors, data.certifiedStandardDeviations)
    residualSD = NISTDataset.logRelativeError(fit.sigma, data.certifiedResidualSD)
    rSquared = NISTDataset.logRelativeError(fit.rSquared, data.certifiedRSquared)
    let svd = LeastSquares.minimumNormSVD(design.rounded, data.y)
    svdCoefficients = NISTDataset.minimumLRE(svd, data.certifiedEstimates)
  }
}
