import Foundation
import NISTReference

// Prints the accuracy of the least-squares module on the NIST StRD linear datasets as a
// whitespace-separated table (log relative errors; 15 = every certified digit).
// Usage: indicators-nist [DIRECTORY]   (default: Tests/IndicatorsNumericsTests/NIST)
let directory = CommandLine.arguments.dropFirst().first ?? "Tests/IndicatorsNumericsTests/NIST"
func cell(_ x: Double) -> String { String(format: "%.1f", x) }
print(["dataset", "difficulty", "lre_coef", "lre_sd", "lre_resid_sd", "lre_r2", "lre_coef_svd_dgelsd"].joined(separator: " "))
do {
  for name in NISTDataset.names {
    let data = try NISTDataset(contentsOf: URL(fileURLWithPath: "\(directory)/\(name).dat"))
    let s = try NISTScore(data)
    print([s.dataset, s.difficulty, cell(s.coefficients), cell(s.standardDeviations), cell(s.residualSD), cell(s.rSquared), cell(s.svdCoefficients)].joined(separator: " "))
  }
} catch {
  FileHandle.standardError.write(Data("indicators-nist: \(error)\n".utf8))
  exit(1)
}
