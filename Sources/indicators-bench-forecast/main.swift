import Dispatch
import Foundation
import IndicatorsForecast

// `indicators-bench-forecast DATA.csv MODEL…`: scores forecasting methods in-process on many
// series at once, for choosing what `auto` is. DATA.csv rows: set,id,train,test[,family,kind] with
// the values space-separated (bench/series_sets.py); family defaults to the set, kind (level or
// rate) to level. A MODEL is a method name (`ets`, `dotm`, `theta`, `drift_damped`, `ETS(M,Ad,N)`…),
// `log_` + a name (the method on log y), names joined by `+` (their equal-weight combination), by
// `&` (the same, for combining combinations) or by `~` (their median, bounds included). `auto` and
// its variants are as for the series' kind (a rate: no log members, √h interval growth):
// `auto_with_damped` and `auto_with_ets` weigh ETS(A,Ad,N) or the AICc-chosen ETS beside auto's
// members (prior 1), `auto_with_ets_chosen` the ETS that AICc picks before auto's earliest backtest
// origin as a fixed member, `auto_power2` and `auto_power1.5` weigh by prior / score² or score^1.5,
// `loglevels_auto` is auto on log y with its calibrated bounds mapped back by exp
// (`LogScaleModel`; levels that are all positive, auto otherwise), `auto_rate` is auto as for a rate series always.
// `indicators-bench-forecast DATA.csv prior` prints the pooled quantiles behind
// `AutoModel.priorQuantiles`. DUMP=FILE appends every case's point forecasts to FILE.
// Prints one row per set and model: sMAPE, MASE, 80%/95% coverage, MSIS, seconds; then, for a set
// of several families, a row per family (`set:family`), and last the pooled row (`all`) over every
// case. A case a model cannot fit gets the drift's forecast (counted in `failed`).
// `indicators-bench-forecast speed [MODEL…]` times each method (default `auto`) on one core on
// series like bench/store_data.py's (a positive level growing 3% a year, ±2%), 10, 30, 100 and 300
// values long, and prints microseconds of CPU time per series (fit and a 6-year forecast with
// 80/95% bands).

func model(_ spec: String, horizon: Int, kind: AutoModel.Kind = .level, positive: Bool = false, training: [Double] = []) -> any ForecastModel {
  func part(_ s: Substring) -> any ForecastModel { model(String(s), horizon: horizon, kind: kind, positive: positive, training: training) }
  if spec.contains("&") { return CombinationModel(spec.split(separator: "&").map(part)) }
  if spec.contains("+") { return CombinationModel(spec.split(separator: "+").map(part)) }
  if spec.contains("~") { return MedianCombinationModel(members: spec.split(separator: "~").map(part)) }
  if spec.hasPrefix("log_") { return LogScaleModel(part(spec.dropFirst(4))) }
  if spec.hasPrefix("loglevels_") {
    let base = part(spec.dropFirst(10))
    return kind == .level && positive ? LogScaleModel(base) : base
  }
  switch spec {
  case "auto": return AutoModel(horizon: horizon, kind: kind)
  case "auto_with_damped":
    return AutoModel(horizon: horizon, kind: kind, extraMembers: [.init(ETSModel(ETSComponents(error: .additive, trend: .additive, damped: true)))])
  case "auto_power2": return AutoModel(horizon: horizon, kind: kind, weightPower: 2)
  case "auto_power1.5": return AutoModel(horizon: horizon, kind: kind, weightPower: 1.5)
  case "auto_with_ets": return AutoModel(horizon: horizon, kind: kind, extraMembers: [.init(AutomaticETSModel())])
  case "auto_with_ets_chosen":
    // The ETS that R's AICc rule picks on the values before auto's earliest backtest origin, as a
    // fixed member (estimated once and filtered on, like ETS(M,A,N)), not re-chosen at each origin.
    let before = Array(training.prefix(max(5, training.count - 8)))
    guard let chosen = try? AutomaticETSModel().select(before) else { return AutoModel(horizon: horizon, kind: kind) }
    return AutoModel(horizon: horizon, kind: kind, extraMembers: [.init(ETSModel(chosen.components))])
  default: break
  }
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

struct Case {
  var set: String, id: String, train: [Double], test: [Double], family: String, kind: AutoModel.Kind
  var positive: Bool { train.allSatisfy { $0 > 0 } }
}

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
      var checksum = 0.0
      let start = threadSeconds()
      for y in series {
        // Built for each series, since a candidate may choose its members from the series.
        let m = model(spec, horizon: 6, positive: y.allSatisfy { $0 > 0 }, training: y)
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
  return Case(
    set: f[0], id: f[1], train: f[2].split(separator: " ").map { Double($0)! }, test: f[3].split(separator: " ").map { Double($0)! },
    family: f.count > 4 ? f[4] : f[0], kind: f.count > 5 ? AutoModel.Kind(rawValue: f[5])! : .level)
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
/// One row: the mean of each measure over the cases scored, and how many could not be.
func row(_ label: String, _ spec: String, _ scored: [Accuracy], failed: Int, seconds: Double?) {
  func mean(_ f: (Accuracy) -> Double) -> Double { scored.map(f).reduce(0, +) / Double(scored.count) }
  print(String(format: "%@\t%@\t%.2f\t%.3f\t%.1f\t%.1f\t%.1f\t%d\t%@", label, spec, mean(\.smape), mean(\.mase),
    100 * mean { $0.coverage[80]! }, 100 * mean { $0.coverage[95]! }, mean(\.msis), failed, seconds.map { String(format: "%.2f", $0) } ?? "-"))
}
for spec in arguments.dropFirst(2) {
  var pooled: [Accuracy] = [], pooledFailed = 0, pooledSeconds = 0.0
  for set in sets {
    let selected = cases.filter { $0.set == set }
    nonisolated(unsafe) let results = UnsafeMutableBufferPointer<(Accuracy, fitted: Bool)?>.allocate(capacity: selected.count)
    results.initialize(repeating: nil)
    nonisolated(unsafe) let means = UnsafeMutableBufferPointer<[Double]>.allocate(capacity: selected.count)
    means.initialize(repeating: [])
    let start = DispatchTime.now()
    DispatchQueue.concurrentPerform(iterations: selected.count) { i in
      let c = selected[i]
      let m = model(spec, horizon: c.test.count, kind: c.kind, positive: c.positive, training: c.train)
      let fitted = try? m.fit(c.train)
      let forecast = (fitted ?? (try? DriftModel().fit(c.train)))?.forecast(horizon: c.test.count, levels: [80, 95])
      results[i] = forecast.map { (Accuracy(actual: c.test, forecast: $0, training: c.train), fitted != nil) }
      means[i] = forecast?.mean ?? []
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    func report(_ label: String, _ indices: [Int], seconds: Double?) {
      let scored = indices.compactMap { results[$0]?.0 }
      row(label, spec, scored, failed: indices.filter { results[$0]?.fitted != true }.count, seconds: seconds)
    }
    report(set, Array(selected.indices), seconds: seconds)
    let families = selected.map(\.family).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
    if families.count > 1 {
      for family in families { report(set + ":" + family, selected.indices.filter { selected[$0].family == family }, seconds: nil) }
    }
    pooled += results.compactMap { $0?.0 }
    pooledFailed += results.filter { $0?.fitted != true }.count
    pooledSeconds += seconds
    if let dump = ProcessInfo.processInfo.environment["DUMP"] {
      var text = ""
      for (i, c) in selected.enumerated() { text += "\(set),\(c.id),\(spec)," + means[i].map { "\($0)" }.joined(separator: " ") + "\n" }
      if let handle = FileHandle(forWritingAtPath: dump) { handle.seekToEndOfFile(); handle.write(text.data(using: .utf8)!); handle.closeFile() }
      else { try! text.write(toFile: dump, atomically: false, encoding: .utf8) }
    }
    results.deallocate()
    means.deallocate()
  }
  if sets.count > 1 { row("all", spec, pooled, failed: pooledFailed, seconds: pooledSeconds) }
}
