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
  var asOfNote: String { pick("截至发布日期", "as published by") }

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

  var notFoundTitle: String { pick("找不到页面", "Not found") }
  var errorTitle: String { pick("出错了", "Something went wrong") }
  var backHome: String { pick("返回序列列表", "Back to the series list") }
}
