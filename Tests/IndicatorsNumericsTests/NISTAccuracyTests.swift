import Foundation
import IndicatorsNumerics
import NISTReference
import Testing

/// Accuracy on the NIST StRD linear-regression datasets, as log relative errors against the
/// certified values. Each threshold is what the solver reaches on this machine rounded down to
/// the half digit; numpy.linalg.lstsq's minimum LRE over the coefficients is given for reference.
@Suite struct NISTAccuracyTests {
  struct Bar: CustomTestStringConvertible, Sendable {
    var name: String
    var coefficients: Double
    var standardDeviations: Double
    var numpy: Double
    var testDescription: String { name }
  }

  static let bars: [Bar] = [
    Bar(name: "Norris", coefficients: 14.0, standardDeviations: 13.5, numpy: 12.3),
    Bar(name: "Pontius", coefficients: 13.5, standardDeviations: 13.5, numpy: 6.2),
    Bar(name: "NoInt1", coefficients: 14.5, standardDeviations: 14.5, numpy: 14.7),
    Bar(name: "NoInt2", coefficients: 14.5, standardDeviations: 14.5, numpy: 15.0),
    Bar(name: "Filip", coefficients: 10.5, standardDeviations: 10.5, numpy: 0.0),
    Bar(name: "Longley", coefficients: 14.5, standardDeviations: 14.5, numpy: 10.9),
    Bar(name: "Wampler1", coefficients: 13.0, standardDeviations: 12.5, numpy: 9.3),
    Bar(name: "Wampler2", coefficients: 13.0, standardDeviations: 14.5, numpy: 10.2),
    Bar(name: "Wampler3", coefficients: 13.5, standardDeviations: 14.0, numpy: 9.6),
    Bar(name: "Wampler4", coefficients: 11.5, standardDeviations: 14.0, numpy: 7.9),
    Bar(name: "Wampler5", coefficients: 9.5, standardDeviations: 14.0, numpy: 5.9),
  ]

  static func load(_ name: String) throws -> NISTDataset {
    let url = try #require(Bundle.module.url(forResource: "NIST/\(name)", withExtension: "dat"))
    return try NISTDataset(contentsOf: url)
  }

  @Test(arguments: bars)
  func reachesCertifiedDigits(_ bar: Bar) throws {
    let data = try Self.load(bar.name)
    let score = try NISTScore(data)
    #expect(score.coefficients >= bar.coefficients, "coefficients: \(score.coefficients) digits")
    #expect(score.coefficients >= min(bar.numpy, 14.5), "no worse than numpy's \(bar.numpy)")
    #expect(score.coefficients >= 9, "at least nine digits everywhere")
    #expect(score.standardDeviations >= bar.standardDeviations, "standard deviations: \(score.standardDeviations)")
    #expect(score.residualSD >= 9, "residual SD: \(score.residualSD)")
    #expect(score.rSquared >= 9, "R²: \(score.rSquared)")
  }

  @Test func datasetsParseAsNISTDescribesThem() throws {
    let filip = try Self.load("Filip")
    #expect(filip.y.count == 82)
    #expect(filip.certifiedEstimates.count == 11)
    #expect(filip.hasIntercept)
    let noInt = try Self.load("NoInt1")
    #expect(!noInt.hasIntercept)
    #expect(noInt.certifiedEstimates.count == 1)
    let longley = try Self.load("Longley")
    #expect(longley.predictors[0].count == 6)
    #expect(longley.certifiedEstimates.count == 7)
  }

  /// Without refinement the same QR solver loses digits on Filip: the refinement is what earns them.
  @Test func refinementEarnsDigitsOnFilip() throws {
    let data = try Self.load("Filip")
    let design = data.design
    let plain = try LeastSquares.fit(design.rounded, data.y, options: .init(hasIntercept: true, extendedDesign: design, maximumRefinementSteps: 0))
    let refined = try LeastSquares.fit(design.rounded, data.y, options: .init(hasIntercept: true, extendedDesign: design))
    let plainLRE = NISTDataset.minimumLRE(plain.coefficients, data.certifiedEstimates)
    let refinedLRE = NISTDataset.minimumLRE(refined.coefficients, data.certifiedEstimates)
    #expect(refinedLRE > plainLRE + 1, "plain \(plainLRE), refined \(refinedLRE)")
  }
}
