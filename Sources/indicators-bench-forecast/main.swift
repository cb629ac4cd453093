import Dispatch
import Foundation
import IndicatorsForecast

// `indicators-bench-forecast DATA.csv MODEL…`: scores forecasting methods in-process on many
// series at once, for choosing what `auto` is. DATA.csv rows: set,id,train,test with the values
// space-separated. A MODEL is a method name (`ets`, `dotm`, `theta`, `drift_damped`, `ETS(M,Ad,N)`…),
// `log_` + a name (the method on log y), `auto_rate` (auto as for a rate series), names joined by
// `+` (their equal-weight combination) or by `&` (the same, for combining combinations).
// `indicators-bench-forecast DATA.csv prior` prints the pooled quantiles behind
// `AutoModel.priorQuantiles`. DUMP=FILE appends every case's point forecasts to FILE.
// Prints one row per set and model: sMAPE, MASE, 80%/95% coverage, MSIS, seconds.
// `indicators-bench-forecast speed [MODEL…]` times each method (default `auto`) on one core on
// series like bench/store_data.py's (a positive level growing 3% a year, ±2%), 10, 30, 100 and 300
// values long, and prints microseconds of CPU time per series (fit and a 6-year forecast with
// 80/95% bands).

func model(_ spec: String, horizon: Int) -> any ForecastModel {
  if spec.contains("&") { return CombinationModel(spec.split(separator: "&").map { model(String($0), horizon: horizon) }) }
  if spec.contains("+") { return CombinationModel(spec.split(separator: "+").map { model(String($0), horizon: horizon) }) }
  if spec.hasPrefix("log_") { return LogScaleModel(model(String(spec.dropFirst(4)), horizon: horizon)) }
  if let method = ForecastMethod(rawValue: spec) { return method.model(horizon: horizon) }
  switch spec {
  case "drift_damped": return DriftModel(damping: 0.9)
  case "auto_rate": return AutoModel(horizon: horizon, kind: .rate)
  case "drift_median": return DriftModel(estimator: .median)
  default:
    for e in ETSComponents.Error.allCases {
      for t in ETSComponents.Trend.allCases {
        for d in [false, true] where !(d && t == .none) {
          let c = ETSComponents(error: e, trend: t, damped: d)
          if c.description == spec { return ETSModel(c) }
        }
      }
    }
    fatalError("unknown model \(spec)")
  }
}

struct Case { var set: String; var id: String; var train: [Double]; var test: [Double] }

/// Deterministic series for `speed`: y_t = y_{t−1}·(1.03 + 0.02·z_t), z_t standard normal by
/// Box–Muller from a 64-bit linear congruential generator (Knuth's MMIX constants).
func growthSeries(length: Int, seed: UInt64) -> [Double] {
  var state = seed &* 6364136223846793005 &+ 1442695040888963407
  func uniform() -> Double {
    state = state &* 6364136223846793005 &+ 1442695040888963407
    return (Double(state >> 11) + 0.5) / 9007199254740992
  }
  var level = 100 + 900 * uniform()
  return (0..<length).map { _ in
    let z = (-2 * log(uniform())).squareRoot() * cos(2 * Double.pi * uniform())
    level *= 1.03 + 0.02 * z
    return level
  }
}

/// The CPU time of this thread, which other processes on a busy machine do not inflate as they do
/// wall time.
func threadSeconds() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

let arguments = CommandLine.arguments
if arguments.count >= 2, arguments[1] == "speed" {
  let specs = arguments.count > 2 ? Array(arguments.dropFirst(2)) : ["auto"]
  print("model\tlength\tseries\tµs per series")
  for spec in specs {
    for (length, count) in [(10, 4000), (30, 2000), (100, 1000), (300, 300)] {
      let series = (0..<count).map { growthSeries(length: length, seed: UInt64($0)) }
      let m = model(spec, horizon: 6)
      var checksum = 0.0
      let start = threadSeconds()
      for y in series {
        if let f = try? m.fit(y) { checksum += f.forecast(horizon: 6, levels: [80, 95]).mean[5] }
      }
      let seconds = threadSeconds() - start
      print(String(format: "%@\t%d\t%d\t%.1f", spec, length, count, seconds / Double(count) * 1e6), checksum.isFinite ? "" : "(non-finite)")
    }
  }
  exit(0)
}
guard arguments.count >= 3 else { fatalError("usage: indicators-bench-forecast DATA.csv MODEL…") }
let cases: [Case] = try String(contentsOfFile: arguments[1], encoding: .utf8).split(separator: "\n").dropFirst().map { line in
  let f = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
  return Case(set: f[0], id: f[1], train: f[2].split(separator: " ").map { Double($0)! }, test: f[3].split(separator: " ").map { Double($0)! })
}
let sets = cases.map(\.set).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
if arguments[2] == "prior" {
  // The pooled quantiles of auto's calibration scores, for `AutoModel.priorQuantiles`.
  var pooled: [Double] = []
  for c in cases {
    if let f = try? AutoModel(horizon: c.test.count).fit(c.train) as? AutoModel.Fitted { pooled += f.scores }
  }
  pooled.sort()
  for level in [80.0, 95.0] { print(level, pooled[Int(Double(pooled.count) * level / 100)], pooled.count) }
  exit(0)
}
print("set\tmodel\tsMAPE\tMASE\tcov80\tcov95\tMSIS\tfailed\tseconds")
for spec in arguments.dropFirst(2) {
  for set in sets {
    let selected = cases.filter { $0.set == set }
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<Accuracy?>.allocate(capacity: selected.count)
    results.initialize(repeating: nil)
    nonisolated(unsafe) let means = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: selected.count)
    means.initialize(repeating: [])
    let start = DispatchTime.now()
    DispatchQueue.concurrentPerform(iterations: selected.count) { i in
      let c = selected[i]
      let m = model(spec, horizon: c.test.count)
      let fallback = DriftModel()
      let forecast = ((try? m.fit(c.train)) ?? (try? fallback.fit(c.train)))?.forecast(horizon: c.test.count, levels: [80, 95])
      results[i] = forecast.map { Accuracy(actual: c.test, forecast: $0, training: c.train) }
      means[i] = forecast?.mean ?? []
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let scored = results.compactMap { $0 }
    func mean(_ f: (Accuracy) -> Double) -> Double { scored.map(f).reduce(0, +) / Double(scored.count) }
    print(String(format: "%@\t%@\t%.2f\t%.3f\t%.1f\t%.1f\t%.1f\t%d\t%.2f", set, spec, mean(\.smape), mean(\.mase),
      100 * mean { $0.coverage[80]! }, 100 * mean { $0.coverage[95]! }, mean(\.msis), selected.count - scored.count, seconds))
    if let dump = ProcessInfo.processInfo.environment["DUMP"] {
      var text = ""
      for (i, c) in selected.enumerated() { text += "\(set),\(c.id),\(spec)," + means[i].map { "\($0)" }.joined(separator: " ") + "\n" }
      if let handle = FileHandle(forWritingAtPath: dump) { handle.seekToEndOfFile(); handle.write(text.data(using: .utf8)!); handle.closeFile() }
      else { try! text.write(toFile: dump, atomically: false, encoding: .utf8) }
    }
    results.deallocate()
    means.deallocate()
  }
}
