import Foundation
import IndicatorsCore
import Testing

/// Every command on the bundled sample data, read in Chinese, in numbers fit to read, and as
/// JSON a program can use (issue 12: "English leaks", "Numbers are not fit to read",
/// "report --format json", "Help").
@Suite(.serialized) struct ChineseOutputTests {
  let directory = CLIRunner.scratch()
  var database: String { directory.appendingPathComponent("sample.sqlite").path }

  init() throws {
    let result = try CLIRunner.run(["init", "--db", directory.appendingPathComponent("sample.sqlite").path])
    precondition(result.status == 0, result.stderr)
  }

  func run(_ arguments: [String], environment: [String: String] = [:]) throws -> CLIRunner.Result {
    try CLIRunner.run(arguments + ["--db", database], environment: environment)
  }

  /// What a Chinese reader may meet in ASCII letters: the store's codes (indicator codes are
  /// what a user types), forecast and trend model codes, statistical symbols, the tool's name,
  /// the mark for a value that is not finite, and words inside the sample data's own text
  /// (source titles, URLs, locators, target sources), the names of the tool's commands and the
  /// names a user mistyped (echoed in an error) — nothing else.
  func allowedWords() throws -> Set<String> {
    var allowed: Set<String> = [
      "indicators", "auto", "naive", "drift", "drift_median", "log_drift", "linear", "loglinear", "quadratic", "damped",
      "ses", "theta", "dotm", "ets", "robust", "comb", "ETS", "M", "A", "Ad", "N",  // model codes, ETS(M,A,N)
      "R", "t", "AICc", "MASE", "sMAPE", "n", "a",  // R², t值, n/a
      "forecast", "help", "forcast", "gpd",  // a command's name, and the mistyped names of two tests below
    ]
    let list = try run(["list", "--format", "json"])
    for object in try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]]) {
      if let code = object["indicator"] as? String { allowed.insert(code) }
      if let unit = object["unit"] as? String { allowed.formUnion(asciiWords(unit)) }
    }
    let export = try run(["export", "--all-vintages", "--format", "json"])
    let targets = try run(["targets", "--format", "json"])
    for object in try #require(try JSONSerialization.jsonObject(with: Data(targets.stdout.utf8)) as? [[String: Any]]) {
      if let code = object["indicator"] as? String { allowed.insert(code) }
    }
    for text in [export.stdout, targets.stdout] {
      for object in try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]]) {
        for key in ["source", "source_url", "locator", "note"] { allowed.formUnion(asciiWords(object[key] as? String ?? "")) }
      }
    }
    return allowed
  }

  /// Runs of ASCII letters (with digits and `_` inside), not counting those glued to a number (`1e6`).
  func asciiWords(_ text: String) -> [String] {
    let regex = try! NSRegularExpression(pattern: "(?<![0-9A-Za-z_.])[A-Za-z][A-Za-z0-9_]*")
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
  }

  /// The text of an HTML or SVG document: no style sheet, no tags, entities decoded.
  func visibleText(_ markup: String) -> String {
    var text = markup.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
    text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
    for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&amp;", "&")] {
      text = text.replacingOccurrences(of: entity, with: character)
    }
    return text
  }

  @Test func everyCommandSpeaksChinese() throws {
    let allowed = try allowedWords()
    let commands: [[String]] = [
      ["list"], ["show", "gdp"], ["show", "gdp", "--region", "绵阳市", "--all-vintages"], ["history", "gdp", "2023"],
      ["fit", "gdp", "--model", "loglinear"], ["forecast", "gdp"], ["forecast", "gdp_growth"], ["forecast", "--all", "--horizon", "2"],
      ["backtest", "gdp"], ["backtest", "gdp", "--as-of-vintages"], ["targets"], ["report"], ["report", "--format", "markdown"],
      ["report", "--format", "html"], ["chart", "gdp"], ["show", "gpd"], ["forcast", "gdp"],
    ]
    var leaks: [String] = []
    let added = try run(["target", "add", "gdp", "--region", "成都市", "--base", "2020", "--double-in", "5", "--milestone", "3", "--lang", "zh"])
    #expect(added.status == 0, "\(added.stderr)")
    let id = try #require(added.stderr.range(of: "[0-9]+", options: .regularExpression).map { String(added.stderr[$0]) })
    #expect(added.stderr.hasPrefix("目标 \(id)：地区生产总值 · 成都市 · 倍增"))
    let removed = try run(["target", "rm", id, "--lang", "zh"])
    #expect(removed.status == 0 && removed.stderr.hasPrefix("已删除目标"))
    for result in [added, removed] {
      leaks += Set(asciiWords(result.stdout + result.stderr)).subtracting(allowed).map { "target: \($0)" }
    }
    for command in commands {
      let result = try run(command + ["--lang", "zh"])
      let output = command.contains("html") || command[0] == "chart" ? visibleText(result.stdout) : result.stdout
      for word in Set(asciiWords(output + "\n" + result.stderr)) where !allowed.contains(word) {
        leaks.append("\(command.joined(separator: " ")): \(word)")
      }
    }
    #expect(leaks.isEmpty, "English words in --lang zh: \(leaks.sorted().joined(separator: "; "))")
  }

  /// A target that breaks a rule is refused (exit 64) in Chinese: no English word but the option
  /// names and the codes the user typed.
  @Test func targetRulesAreSaidInChinese() throws {
    let allowed = try allowedWords()
    let broken: [[String]] = [
      ["--kind", "growth", "--base", "2020", "--due", "2020", "--value", "5"],
      ["--kind", "multiple", "--base", "2020", "--due", "2025", "--value", "0"],
      ["--kind", "growth", "--base", "2020", "--due", "2025", "--value=-150"],
      ["--kind", "cumulative", "--base", "2020", "--due", "2025", "--value=-100"],
      ["--kind", "share", "--base", "2020", "--due", "2025", "--value", "150"],
      ["--kind", "growth", "--base", "2020", "--base-value=-5", "--due", "2025", "--value", "7"],
      ["--kind", "relative", "--base", "2020", "--due", "2025", "--value", "500", "--compared", "成都市"],
    ]
    for options in broken {
      let result = try run(["target", "add", "gdp", "--region", "绵阳市", "--lang", "zh"] + options)
      #expect(result.status == 64, "\(options): \(result.stderr)")
      #expect(result.stderr.contains("用法见 `indicators target add --help`"), "\(options): \(result.stderr)")
      let words = Set(asciiWords(result.stderr.replacingOccurrences(of: "--[a-z-]+|target add", with: "", options: .regularExpression)))
      #expect(words.subtracting(allowed).isEmpty, "\(options): \(result.stderr)")
    }
    // Found once the region is known (exit 1): the relative target's own region.
    let own = try run(["target", "add", "gdp", "--region", "绵阳市", "--lang", "zh", "--kind", "relative", "--base", "2020", "--due", "2025", "--value", "1", "--compared", "绵阳市"])
    #expect(own.status == 1 && own.stderr.contains("就是目标自己的地区"), "\(own.stderr)")
  }

  /// A new city as the README's "Adding a new city" adds it, then `init`, a bad file and
  /// `extract`: every command run with `language` on a database of its own. Returns each
  /// command with what it said (stdout and stderr, paths of files left out) and its status.
  func addNewCity(_ language: String) throws -> [(command: String, said: String, status: Int32)] {
    let scratch = CLIRunner.scratch()
    let db = scratch.appendingPathComponent("city.sqlite").path
    func file(_ name: String, _ text: String) throws -> String {
      let url = scratch.appendingPathComponent(name)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return url.path
    }
    let regions = try file("regions.csv", "代码,中文名,英文名,上级,别名\nluzhou,泸州市,Luzhou,sichuan,泸州\n")
    let bulletin = try file(
      "bulletin.csv",
      "指标,地区,时期,数值,单位\n地区生产总值,宜宾市,2024年全年,3700,亿元\nGDP增速,宜宾市,2024年前三季度,同比增长6.0%,%\n"
        + "实际利用外资,宜宾市,2024年,近3亿美元,万美元\nR&D经费投入强度,宜宾市,2024年,—,%\n")
    let bad = try file(
      "bad.csv",
      "指标,地区,时期,数值,单位\n地区生产总碩,宜宾市,2024,3700,亿元\n地区生产总值,宜宾,2024年13月,3700,亿元\n"
        + "地区生产总值,宜宾市,2024,三千,亿元\n地区生产总值,宜宾市,2024,3700,公斤\n地区生产总值,宜宾市,2024\n地区生产总值,宜宾县,2024,3700,亿元\n")
    let seed = Self.data.appendingPathComponent("seeds/000_d4b3c903fbfae081.txt").path
    let commands: [[String]] = [
      ["init"], ["init"], ["region", "add", "yibin", "--zh", "宜宾市", "--en", "Yibin", "--parent", "sichuan", "--alias", "宜宾"],
      ["config", "set", "region", "宜宾市"], ["config", "get", "region"], ["region", "add", "--file", regions],
      ["indicator", "alias", "gdp_growth", "经济增长率"], ["region", "list"], ["indicator", "list"],
      ["import", bulletin, "--dry-run"], ["import", bulletin, "--source", "宜宾市2024年国民经济和社会发展统计公报", "--published", "2025-03-20"],
      ["import", bulletin], ["import", bad], ["import", bad, "--dry-run"], ["import", bulletin, "--published", "去年"],
      ["region", "add", "宜宾"], ["indicator", "add", "fdi_x"], ["config", "set", "region", "宜宾州"],
      ["extract", seed, "--region", "mianyang", "--published", "2025", "--source", "绵阳市统计局", "--out", scratch.appendingPathComponent("seed.csv").path],
    ]
    return try commands.map { command in
      let result = try CLIRunner.run(command + (command[0] == "extract" ? [] : ["--db", db]) + ["--lang", language])
      // File names and paths are the user's own words.
      let said = (result.stdout + "\n" + result.stderr).replacingOccurrences(
        of: "[^\\s：:，,（）()']*\\.(csv|txt|sqlite)", with: "", options: .regularExpression)
      return (command.map { $0.hasPrefix("/") ? URL(fileURLWithPath: $0).lastPathComponent : $0 }.joined(separator: " "), said, result.status)
    }
  }

  static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Data")

  @Test func importAndTheCatalogueSpeakChinese() throws {
    var allowed = try allowedWords().union(["UTF"])  // the encoding's name
    // The catalogue's own codes and English names, which `region list` and `indicator list` show.
    for command in [["region", "list"], ["indicator", "list"]] {
      for object in try #require(try JSONSerialization.jsonObject(with: Data(try run(command + ["--format", "json"]).stdout.utf8)) as? [[String: Any]]) {
        for key in ["code", "name_en"] { allowed.formUnion(asciiWords(object[key] as? String ?? "")) }
      }
    }
    allowed.formUnion(["yibin", "luzhou", "Yibin", "Luzhou", "gdp_growth", "fdi_x"])
    let runs = try addNewCity("zh")
    var leaks: [String] = []
    for run in runs {
      // What the reader is told to type: options and commands in backquotes.
      let told = run.said.replacingOccurrences(of: "`[^`]*`|--[a-z][a-z-]*", with: "", options: .regularExpression)
      leaks += Set(asciiWords(told)).subtracting(allowed).map { "\(run.command): \($0)" }
    }
    #expect(leaks.isEmpty, "English words in --lang zh: \(leaks.sorted().joined(separator: "; "))")
    let said = Dictionary(runs.map { ($0.command, ($0.said, $0.status)) }, uniquingKeysWith: { first, _ in first })
    #expect(said["init"]?.0.contains("目录有") == true)
    #expect(said["import bulletin.csv --dry-run"]?.0.contains("3个值（长表）格式正确") == true)
    let imported = try #require(said["import bulletin.csv --source 宜宾市2024年国民经济和社会发展统计公报 --published 2025-03-20"])
    #expect(imported.0.contains("新增3个值，新版本0个，未变0个（长表，UTF-8 编码）") && imported.0.contains("1行无数据"), "\(imported.0)")
    let bad = try #require(said["import bad.csv"])
    #expect(bad.1 == 1 && bad.0.contains("6处错误（未导入任何内容）"), "\(bad.0)")
    #expect(bad.0.contains("没有名为 '地区生产总碩' 的指标") && bad.0.contains("是否要找 '地区生产总值'"))
    #expect(bad.0.contains(":3:3：'2024年13月' 不是时期") && bad.0.contains("'三千' 不是数字") && bad.0.contains("不认识的单位 '公斤'"))
    #expect(bad.0.contains("表头有5个字段，此行有3个"))
    #expect(said["import bulletin.csv --published 去年"]?.0.contains("'去年' 不是日期") == true)
    #expect(said["region add 宜宾"]?.0.contains("不是地区代码") == true)
    #expect(said["config get region"]?.0.hasPrefix("yibin") == true)
    #expect(said["extract 000_d4b3c903fbfae081.txt --region mianyang --published 2025 --source 绵阳市统计局 --out seed.csv"]?.0.contains("个数字（待核对") == true)
  }

  @Test func commandLineMistakesInChinese() throws {
    let cases: [([String], String)] = [
      (["forecast"], "请给出一个指标，或 --all"), (["fit", "gdp", "--from", "2020", "--to", "2010"], "--from 2020 晚于 --to 2010"),
      (["forecast", "gdp", "--level", "120"], "--level：120.0 不是区间水平"), (["show", "gdp", "--as-of", "昨天"], "--as-of：'昨天' 不是日期"),
      (["list", "--nosuch"], "没有 '--nosuch' 这个选项"),
    ]
    for (command, said) in cases {
      let result = try run(command + ["--lang", "zh"])
      #expect(result.status == 64 && result.stderr.contains("indicators: 错误：" + said), "\(command): \(result.stderr)")
      #expect(result.stderr.contains("用法见 `indicators \(command[0]) --help`") && !result.stderr.contains("Usage"), "\(result.stderr)")
      let english = try run(command + ["--lang", "en"])
      #expect(english.status == 64 && english.stderr.contains("Usage: indicators \(command[0])"), "\(english.stderr)")
    }
  }

  @Test func importAndTheCatalogueStayEnglishInEnglish() throws {
    let said = Dictionary(try addNewCity("en").map { ($0.command, $0.said) }, uniquingKeysWith: { first, _ in first })
    #expect(said["init"]?.contains("catalogue has") == true)
    #expect(said["region add yibin --zh 宜宾市 --en Yibin --parent sichuan --alias 宜宾"]?.contains("added region yibin 宜宾市 (Yibin), in sichuan, also 宜宾") == true)
    #expect(said["config set region 宜宾市"]?.contains("default region: yibin (宜宾市)") == true)
    #expect(said["import bulletin.csv --dry-run"]?.contains("3 values in long layout are well-formed and match the catalogue (dry run: nothing written)") == true)
    let imported = try #require(said["import bulletin.csv --source 宜宾市2024年国民经济和社会发展统计公报 --published 2025-03-20"])
    #expect(imported.contains("3 added, 0 new vintages, 0 unchanged (long layout, UTF-8)") && imported.contains("1 row says no data"))
    let bad = try #require(said["import bad.csv"])
    #expect(bad.contains("6 problems (nothing was imported)") && bad.contains("did you mean '地区生产总值'"), "\(bad)")
    #expect(bad.contains("'2024年13月' is not a period") && bad.contains("expected 5 fields as in the header, found 3"))
    #expect(said["import bulletin.csv --published 去年"]?.contains("is not a date") == true)
    #expect(said["region add 宜宾"]?.contains("is not a region code") == true)
    #expect(said["extract 000_d4b3c903fbfae081.txt --region mianyang --published 2025 --source 绵阳市统计局 --out seed.csv"]?.contains(" figures (") == true)
    #expect(!said.values.joined().contains("未导入") && !said.values.joined().contains("目录有"))
  }

  @Test func chineseComesFromTheEnvironmentToo() throws {
    let result = try CLIRunner.run(["report", "--db", database], environment: ["LANG": "zh_CN.UTF-8"])
    #expect(result.stdout.contains("进展有限") && result.stdout.contains("基期2023年无数据"))
    #expect(!result.stdout.contains("no value for the base year"))
  }

  @Test func regionsPeriodsQualifiersAndAttributesAreWords() throws {
    let report = try run(["report", "--lang", "zh"]).stdout
    #expect(report.contains("绵阳市") && !report.contains("mianyang"))
    #expect(report.contains("基期2023年无数据") && report.contains("2023年实际8，目标10"))
    let show = try run(["show", "gdp", "--lang", "zh"]).stdout
    #expect(show.contains("2010年一季度") && !show.contains("2010Q1"))
    #expect(show.contains("  约  ") && !show.contains("about"))
    let targets = try run(["targets", "--lang", "zh"]).stdout
    #expect(targets.contains("预期性") && targets.contains("不低于") && !targets.contains("expected"))
  }

  @Test func englishChartsAndPagesAreEnglish() throws {
    let chart = try run(["chart", "gdp", "--lang", "en"]).stdout
    #expect(chart.contains(">Mianyang · GDP</text>") && !chart.contains("地区生产总值"))
    #expect(!chart.contains("source") && !chart.contains("实际"))
    let html = try run(["report", "--format", "html", "--lang", "en"]).stdout
    #expect(html.contains("<html lang=\"en\">") && !html.contains("来源 source") && !html.contains("规划目标进展报告"))
    let chinese = try run(["report", "--format", "html", "--lang", "zh"]).stdout
    #expect(chinese.contains("<html lang=\"zh-CN\">") && !chinese.contains("来源 source"))
    #expect(chinese.contains("'Noto Sans CJK SC','PingFang SC','Microsoft YaHei'"))
  }

  @Test func chartLegendListsWhatItDraws() throws {
    // gdp of Mianyang has a level target after its data but no required path in `chart`.
    let chart = try run(["chart", "gdp", "--lang", "zh"]).stdout
    #expect(chart.contains(">实际</text>") && chart.contains(">目标</text>"))
    #expect(!chart.contains("所需路径") && !chart.contains("required path"))
  }

  @Test func fitGivesGrowthAsAPercentage() throws {
    let fit = try run(["fit", "gdp", "--model", "loglinear", "--lang", "zh"]).stdout
    let growth = try #require(fit.split(separator: "\n").first { $0.hasPrefix("年均增速") })
    #expect(growth.hasSuffix("%") && growth.contains("11.94"))
    let json = try run(["fit", "gdp", "--model", "loglinear", "--format", "json"]).stdout
    let statistics = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])["statistics"] as? [String: Any]
    let rate = try #require(statistics?["growth_rate"] as? Double)
    #expect(abs(rate - 0.1194) < 0.0001)
  }

  @Test func numbersCarryNoFloatNoise() throws {
    let noise = try NSRegularExpression(pattern: "[0-9]\\.[0-9]{7,}")
    for command in [["report"], ["report", "--format", "markdown"], ["forecast", "gdp"], ["chart", "gdp"], ["fit", "gdp"], ["backtest", "gdp"]] {
      let text = try run(command + ["--lang", "en"]).stdout
      let found = noise.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { (text as NSString).substring(with: $0.range) }
      #expect(found.isEmpty, "\(command): \(found.prefix(3))")
    }
    let report = try run(["report", "--lang", "en"]).stdout
    #expect(!report.contains("-0.10000000000000053"))
    // The projection reads `2027: 5166 [3941–6390]` (wrapped after the mean in a terminal).
    #expect(report.range(of: "2027: [0-9]{4}", options: .regularExpression) != nil)
    #expect(report.range(of: "\\[[0-9]{4}–[0-9]{4}\\]", options: .regularExpression) != nil)
  }

  @Test func chartTicksAreNice() throws {
    let chart = try run(["chart", "gdp", "--lang", "en"]).stdout
    let regex = try NSRegularExpression(pattern: "text-anchor=\"end\" fill=\"#6b7280\">([-0-9.]+)</text>")
    let ticks = regex.matches(in: chart, range: NSRange(chart.startIndex..., in: chart)).compactMap { Double((chart as NSString).substring(with: $0.range(at: 1))) }
    try #require(ticks.count >= 3, "\(ticks)")
    let step = ticks[1] - ticks[0]
    var mantissa = step
    while mantissa >= 10 { mantissa /= 10 }
    while mantissa < 1 { mantissa *= 10 }
    #expect([1, 2, 2.5, 5].contains { abs($0 - mantissa) < 1e-9 }, "ticks \(ticks)")
  }

  @Test func terminalReportFitsAbout160Columns() throws {
    for language in ["zh", "en"] {
      let report = try run(["report", "--lang", language]).stdout
      let widest = report.split(separator: "\n").map { ChineseText.displayWidth(String($0)) }.max() ?? 0
      #expect(widest <= 165, "\(language): \(widest) columns")
    }
  }

  @Test func reportJSONIsTyped() throws {
    for language in ["zh", "en"] {
      let json = try run(["report", "--format", "json", "--lang", language]).stdout
      let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
      let gdp = try #require(rows.first { $0["indicator"] as? String == "gdp" && $0["kind"] as? String == "level" && $0["region"] as? String == "mianyang" })
      #expect(gdp["probability"] is Double && gdp["required_per_year"] is Double)
      #expect(abs((gdp["required_per_year"] as? Double ?? 0) - 0.1001) < 0.0001)
      #expect(gdp["status"] as? String == "limited_progress")
      let projection = try #require(gdp["projection"] as? [String: Any])
      #expect(Set(projection.keys) == ["year", "mean", "lo80", "hi80", "lo95", "hi95"])
      #expect(projection["year"] as? Int == 2027 && projection["mean"] is Double)
      let base = try #require(gdp["base"] as? [String: Any])
      #expect(base["year"] as? Int == 2023 && base["value"] as? Double == 4096)
      // No value: null, not "".
      let missing = try #require(rows.first { ($0["status"] as? String) == "insufficient_data" })
      #expect(missing["probability"] is NSNull && missing["projection"] is NSNull)
      #expect(rows.allSatisfy { $0.keys.allSatisfy { $0.range(of: "^[a-z0-9_]+$", options: .regularExpression) != nil } })
    }
    let csv = try run(["report", "--format", "csv", "--no-bom"]).stdout
    let header = try #require(csv.split(separator: "\n").first).split(separator: ",").map(String.init)
    #expect(header.contains("probability") && header.contains("projection_mean") && header.contains("base_value"))
    let gdp = try #require(csv.split(separator: "\n").first { $0.contains(",gdp,mianyang,2027 GDP ≥ 6000") })
    #expect(gdp.contains(",geometric,0.1001") && !gdp.contains("10.01%") && !gdp.contains("limited progress"))
  }

  @Test func globalOptionsMayComeBeforeTheCommand() throws {
    let before = try CLIRunner.run(["--db", database, "list"])
    #expect(before.status == 0)
    #expect(before.stdout == (try CLIRunner.run(["list", "--db", database])).stdout)
    let several = try CLIRunner.run(["--lang", "zh", "--db", database, "--format", "json", "report"])
    #expect(several.status == 0 && several.stdout.hasPrefix("["))
    #expect(try CLIRunner.run(["--db", database, "target", "rm", "999"]).stderr.contains("no target with id 999"))
  }

  @Test func mistypedNamesGetSuggestions() throws {
    let command = try CLIRunner.run(["forcast", "gdp", "--db", database])
    #expect(command.status == 64)
    #expect(command.stderr.contains("did you mean 'forecast'"))
    let indicator = try run(["show", "gpd"])
    #expect(indicator.status == 1 && indicator.stderr.contains("did you mean 'gdp'"))
    let region = try run(["show", "gdp", "--region", "mianyng"])
    #expect(region.stderr.contains("did you mean 'mianyang'"))
  }

  @Test func helpOfAnUnknownCommandIsAUsageError() throws {
    let result = try CLIRunner.run(["help", "nosuch"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("unknown command 'nosuch'"))
    #expect(try CLIRunner.run(["help", "list"]).status == 0)
  }

  /// The HTML report fits a 1,280 px window: laid out by headless Chromium at 1280×800, nothing
  /// (the page, a table, a section, a chart) reaches past 1,280 px.
  @Test func htmlReportFitsA1280PixelWindow() throws {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    let browser = try #require(chromium, "headless Chromium is needed (Debian package chromium; `make test` installs it)")
    for language in ["zh", "en"] {
      let html = try run(["report", "--format", "html", "--lang", language]).stdout
      let probe = """
        <script>document.body.setAttribute("data-widest", String(Math.max(document.documentElement.scrollWidth,
          ...[...document.querySelectorAll("*")].map(e => Math.ceil(e.getBoundingClientRect().right)))))</script></body>
        """
      let page = directory.appendingPathComponent("report-\(language).html")
      try html.replacingOccurrences(of: "</body>", with: probe).write(to: page, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: browser)
      process.arguments = [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1280,800",
        "--user-data-dir=\(directory.appendingPathComponent("chromium").path)", "--dump-dom", page.absoluteString,
      ]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      try process.run()
      let dom = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      let match = try #require(dom.range(of: "data-widest=\"[0-9]+\"", options: .regularExpression), "no measurement in Chromium's DOM")
      let widest = Int(dom[match].filter(\.isNumber))!
      #expect(widest <= 1280, "\(language): the page reaches \(widest) px")
    }
  }
}
