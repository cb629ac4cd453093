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

let arguments = CommandLine.arguments
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
