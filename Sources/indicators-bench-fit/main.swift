import Foundation
import IndicatorsNumerics

// Fits a linear trend (intercept + slope) to many short series, as `indicators fit` and the
// forecast models do, and times it against numpy.linalg.lstsq looping over the same series in
// the same run. Usage: indicators-bench-fit [SERIES] [PEER_SCRIPT]
let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1])! : 100_000
let peerScript = arguments.count > 2 ? arguments[2] : "bench/fit_numpy.py"

// Deterministic series: length 10–40, a level, a growth rate and noise (xorshift64*).
var state: UInt64 = 0x9E37_79B9_7F4A_7C15
@MainActor func uniform() -> Double {
  state ^= state >> 12; state ^= state << 25; state ^= state >> 27
  return Double((state &* 0x2545_F491_4F6C_DD1D) >> 11) / Double(1 << 53)
}
var series: [[Double]] = []
series.reserveCapacity(count)
for _ in 0..<count {
  let n = 10 + Int(uniform() * 31)
  let level = 100 + 5000 * uniform(), growth = 0.02 + 0.1 * uniform()
  series.append((0..<n).map { t in level * pow(1 + growth, Double(t)) * (1 + 0.05 * (uniform() - 0.5)) })
}

// The same data for the peer: lengths then values, little-endian float64.
let dataPath = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-bench-fit.bin").path
var blob = Data()
for s in series { var n = Double(s.count); blob.append(Data(bytes: &n, count: 8)) }
for s in series { s.withUnsafeBytes { blob.append(contentsOf: $0) } }
FileManager.default.createFile(atPath: dataPath, contents: blob)

func design(_ n: Int) -> Matrix {
  let centre = Double(n - 1) / 2
  return Matrix(columns: [[Double](repeating: 1, count: n), (0..<n).map { Double($0) - centre }])
}
let designs = Dictionary(uniqueKeysWithValues: (10...40).map { ($0, design($0)) })

@MainActor func time(_ label: String, steps: Int) throws -> (String, Double, Double) {
  var checksum = 0.0
  let start = DispatchTime.now().uptimeNanoseconds
  for s in series {
    let fit = try LeastSquares.fit(designs[s.count]!, s, options: .init(hasIntercept: true, maximumRefinementSteps: steps))
    checksum += fit.coefficients[1]
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  return (label, seconds, checksum)
}

var rows = [
  try time("indicators LeastSquares.fit (QR + refinement, SEs, R², AICc)", steps: 8),
  try time("indicators LeastSquares.fit, refinement off", steps: 0),
]
let peer = Process()
peer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
peer.arguments = ["python3", peerScript, dataPath]
let pipe = Pipe()
peer.standardOutput = pipe
try peer.run()
let peerOutput = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
peer.waitUntilExit()
let fields = peerOutput.split(separator: " ")
if peer.terminationStatus == 0, fields.count == 2, let seconds = Double(fields[0]), let checksum = Double(fields[1].trimmingCharacters(in: .whitespacesAndNewlines)) {
  rows.append(("numpy.linalg.lstsq in a Python loop (coefficients only)", seconds, checksum))
} else {
  FileHandle.standardError.write(Data("peer failed: \(peerOutput)\n".utf8))
}
let numpy = rows.last!.1
print("\(count) linear trend fits, series of length 10–40, one core")
print("method | seconds | µs per fit | time ÷ numpy | Σ slopes (agreement)")
print("---|---:|---:|---:|---:")
for (label, seconds, checksum) in rows {
  print("\(label) | \(String(format: "%.3f", seconds)) | \(String(format: "%.2f", seconds / Double(count) * 1e6)) | \(String(format: "%.2f", seconds / numpy)) | \(String(format: "%.6e", checksum))")
}
try? FileManager.default.removeItem(atPath: dataPath)
