import IndicatorsCore

/// The words of the dashboard's pages, in Chinese or English (`indicators serve --lang`).
/// Data (names, sources, notes) is shown as stored; only the frame around it is translated.
struct PageText: Sendable {
  var chinese: Bool

  func pick(_ zh: String, _ en: String) -> String { chinese ? zh : en }

  var seriesNav: String { pick("序列", "Series") }
  var reportNav: String { pick("目标报告", "Target report") }
  var importNav: String { pick("导入", "Import") }

  var seriesTitle: String { pick("指标序列", "Series") }
  var searchPlaceholder: String { pick("代码、中文或英文名称、地区", "code, Chinese or English name, region") }
  var search: String { pick("搜索", "Search") }
  func seriesCount(_ shown: Int, of total: Int) -> String {
    shown == total ? pick("共 \(total) 个序列", "\(total) series") : pick("\(total) 个序列中的 \(shown) 个", "\(shown) of \(total) series")
  }
  var noMatch: String { pick("没有匹配的序列。", "No series matches.") }

  var download: String { pick("下载", "Download") }
  var everyVintageCSV: String { pick("CSV(全部版本)", "CSV (every vintage)") }
  var forecastHeading: String { pick("预测(80%/95% 区间)", "Forecast (80%/95% intervals)") }
  var noForecast: String { pick("无法预测", "No forecast") }
  var valuesHeading: String { pick("数值(每期最新版本)", "Values (latest vintage of each period)") }
  var vintagesHeading: String { pick("全部版本", "Every vintage") }
  var targetReportOfRegion: String { pick("该地区的目标报告", "Target report of this region") }
  func unit(_ symbol: String) -> String { pick("单位：\(symbol)", "unit: \(symbol)") }
  var asOfNote: String { pick("截至发布日期", "as published by") }

  var compareThis: String { pick("对比各地区的该指标", "Compare this indicator across regions") }
  var compareNav: String { pick("地区对比", "Regions side by side") }
  func compareTitle(_ indicator: String) -> String { pick("地区对比：\(indicator)", "Regions side by side: \(indicator)") }
  var compareNeedsIndicator: String {
    pick("indicator：请给出一个指标（如 /compare?indicator=gdp&regions=mianyang,chengdu）",
      "indicator: name an indicator (/compare?indicator=gdp&regions=mianyang,chengdu)")
  }
  func oneAxisScale(unit: String) -> String { pick("各地区数值画在同一坐标轴上（单位：\(unit)）。", "Every region's values on one axis (\(unit)).") }
  func indexedScale(base: Int, ratio: Double) -> String {
    let times = DisplayNumber.value(ratio)
    return pick(
      "各地区水平相差超过 \(times) 倍，故以 \(base) 年 = 100 指数化，比较的是增长而非水平。",
      "The regions' levels differ more than \(times)×, so each is indexed to \(base) = 100: the chart compares growth, not levels.")
  }
  func noValues(in regions: [String]) -> String {
    pick("没有年度数值：\(regions.joined(separator: "、"))", "No annual values in: \(regions.joined(separator: ", "))")
  }
  var seriesOfEachRegion: String { pick("各地区的序列", "Each region's series") }
  var targetsSideBySide: String { pick("规划目标（各地区并列）", "Plan targets, side by side") }
  func noTargets(_ indicator: String) -> String { pick("这些地区没有\(indicator)的目标。", "None of these regions has a target for \(indicator).") }
  var downloadCSV: String { pick("下载 CSV", "Download CSV") }

  var allRegions: String { pick("全部地区", "All regions") }

  var importTitle: String { pick("导入 CSV", "Import a CSV file") }
  var importHelp: String {
    pick(
      "长表或宽表 CSV(与 indicators import 相同)。先检查(不写入),确认后在一个事务中导入;修改的数值新增版本,从不覆盖旧版本。",
      "Long or wide CSV, as the command indicators import reads it. The file is checked first (nothing written); once you confirm, it is imported in one transaction, and a changed value adds a vintage, never overwriting one.")
  }
  var chooseFile: String { pick("CSV 文件", "CSV file") }
  var skipTargets: String { pick("跳过目标行(kind = target)", "Skip target rows (kind = target)") }
  var check: String { pick("检查(不写入)", "Check (dry run)") }
  var confirm: String { pick("确认导入", "Import it") }
  var checkedHeading: String { pick("检查结果:尚未写入", "Checked: nothing written yet") }
  var importedHeading: String { pick("已导入", "Imported") }
  var refusedHeading: String { pick("文件被拒绝,数据库未改变", "The file was refused; the database is unchanged") }
  var readOnlyTitle: String { pick("只读", "Read-only") }
  var readOnly: String {
    pick(
      "此服务器为只读。要通过网页导入,请用 indicators serve --allow-import 启动。",
      "This server is read-only. To import through the browser, start it with: indicators serve --allow-import.")
  }
  var anotherFile: String { pick("导入另一个文件", "Import another file") }

  var signInNav: String { pick("登录", "Sign in") }
  var signInTitle: String { pick("登录", "Sign in") }
  var signInHelp: String {
    pick(
      "粘贴管理员用 indicators user add 为您创建的令牌。登录后浏览器在 12 小时内保存它（仅发送给本服务器）。脚本可改用 HTTP 头 Authorization: Bearer 令牌。",
      "Paste the token an admin made for you with indicators user add. Once signed in, the browser keeps it for 12 hours and sends it to this server only. Scripts send the header Authorization: Bearer TOKEN instead.")
  }
  var token: String { pick("令牌", "Token") }
  var signIn: String { pick("登录", "Sign in") }
  var signOut: String { pick("退出登录", "Sign out") }
  func signedInAs(_ name: String, role: UserRole) -> String {
    pick("已登录：\(name)（\(Messages.role(role, .zh))）", "Signed in as \(name) (\(Messages.role(role, .en)))")
  }
  var badToken: String {
    pick("令牌无效：不存在、已过期或已被撤销。请检查后重新登录，或请管理员创建新令牌。", "The token is not valid: it is wrong, has expired or has been revoked. Check it and sign in again, or ask an admin for a new one.")
  }
  var unauthorizedTitle: String { pick("需要登录", "Sign-in needed") }
  var unauthorized: String {
    pick(
      "此页面需要登录：请在 /login 输入您的令牌，或发送 HTTP 头 Authorization: Bearer 令牌。",
      "This page needs a signed-in user: enter your token at /login, or send the header Authorization: Bearer TOKEN.")
  }
  var forbiddenTitle: String { pick("权限不足", "Not allowed") }
  func forbidden(needs role: UserRole, has: UserRole?) -> String {
    let yours = has.map { pick("您的角色是\(Messages.role($0, .zh))。", "Your role is \(Messages.role($0, .en)).") } ?? ""
    return pick(
      "此操作需要\(Messages.role(role, .zh))或更高角色。\(yours)如需权限请联系管理员；数据库未改变。",
      "This needs the role \(Messages.role(role, .en)) or above. \(yours) Ask an admin if you need it; the database is unchanged.")
  }
  var logNav: String { pick("审计日志", "Audit log") }
  var logTitle: String { pick("审计日志", "Audit log") }
  func logHelp(_ count: Int) -> String {
    pick("每次写入（导入、目标、目录、设置、用户）的记录：谁、何时、文件的 SHA-256 和行数。最新的在前，最多 \(count) 条。",
      "Every write (imports, targets, the catalogue, settings, users): who, when, the file's SHA-256 and its rows. Newest first, at most \(count).")
  }

  var notFoundTitle: String { pick("找不到页面", "Not found") }
  var errorTitle: String { pick("出错了", "Something went wrong") }
  var backHome: String { pick("返回序列列表", "Back to the series list") }
}
