import IndicatorsCore
import IndicatorsForecast
import IndicatorsStore

/// The wording of the libraries' errors a user can fix, in their language; the Chinese of those
/// whose English text is built from parts. The executable and the server show what this returns.
extension Messages {
  /// The message for an error a user can fix in `language`, or nil for any other error (a
  /// command-line mistake ArgumentParser reports itself, or a failure of the program).
  package static func userMessage(for error: any Error, _ language: Language) -> String? {
    switch error {
    case let e as StoreError: language == .zh ? storeError(e) ?? chinese(e.description) : e.description
    case let e as InputError: language == .zh ? inputError(e) : e.description
    case let e as TrendFitError: language == .zh ? trendFitError(e) : e.description
    case let e as ForecastError: language == .zh ? forecastError(e) : e.description
    case let e as WorkflowError: language == .zh ? chinese(e.description) : e.description
    case let e as TargetProblem: language == .zh ? usageMistake(e.description) : e.description
    case let e as OutputFile.Failure: e.description
    default: nil
    }
  }

  /// A store error in Chinese, for the cases whose English text is built here from parts; nil
  /// for those that carry a finished message (shown as they are).
  package static func storeError(_ error: StoreError) -> String? {
    switch error {
    case .missing(let path): "\(path) 处没有数据库；请先运行 `indicators init` 创建（或用 --db / INDICATORS_DB 指定）"
    case .notADatabase(let path): "\(path) 不是 SQLite 数据库；未写入任何内容"
    case .foreignDatabase(let path): "\(path) 是其他程序的 SQLite 数据库；indicators 不会写入"
    case .newerSchema(let path, let unknown):
      "\(path) 由更新版本的 indicators 写入（本版本不认识迁移 \(unknown.joined(separator: "、"))）；请升级 indicators"
    case .busy(let path, let seconds): "\(path) 正被另一个命令写入，已等待超过\(seconds)秒，本命令放弃且未做任何修改；请稍后重试"
    case .sqlite(let message): "数据库错误：\(message)"
    case .input(let error): inputError(error)
    case .unknownSeries, .ambiguousSeries, .unusable: nil
    }
  }

  package static func trendFitError(_ error: TrendFitError) -> String {
    switch error {
    case .tooFewPoints(let model, let needed, let got): "\(model)趋势至少需要\(needed)个年度值，现有\(got)个"
    case .nonPositive(let year, let value): "对数线性趋势需要正值，但\(year)年为\(DisplayNumber.value(value))"
    case .numerical(let message): "数值计算失败：\(message)"
    }
  }

  package static func forecastError(_ error: ForecastError) -> String {
    switch error {
    case .tooShort(let model, let needed, let got): "\(model) 至少需要\(needed)个数据点，现有\(got)个"
    case .nonPositive(let model): "\(model) 需要正值"
    case .nonFinite: "序列中有非有限数值"
    }
  }
}
