import Foundation

/// The Chinese wording of the mistakes `import` and the catalogue commands find in what a user
/// gave. The parsers write one English sentence per mistake without knowing the reader's
/// language; each sentence has a fixed form, so here each form is matched and said again in
/// Chinese, the names and values it quotes kept as they are. A sentence of no known form is
/// shown in English rather than lost. Nothing here prints: each function returns the sentence.
extension Messages {
  /// A form of message: the pattern of a whole English message, and how it reads in Chinese given
  /// the pattern's groups (`g[1]` is the first).
  private typealias Form = (pattern: NSRegularExpression, say: ([String]) -> String)
  /// An import's mistakes in Chinese, each still headed by `file:line:column`.
  package static func inputError(_ error: InputError) -> String {
    let single = "\(error.location)：\(chinese(error.message))"
    guard !error.further.isEmpty else { return single }
    let total = 1 + error.further.count + error.leftOut
    var lines = ["\(error.location.file)：\(total)处错误（未导入任何内容）：", "  " + single]
    lines += error.further.map { "  \($0.location)：\(chinese($0.message))" }
    if error.leftOut > 0 { lines.append("  …… 另有\(error.leftOut)处") }
    return lines.joined(separator: "\n")
  }

  /// One English message of a known form in Chinese; any other as it is.
  package static func chinese(_ message: String) -> String { said(message, in: forms) ?? message }

  /// `message` as the first of `forms` it matches says it, or nil when it matches none.
  private static func said(_ message: String, in forms: [Form]) -> String? {
    let range = NSRange(message.startIndex..., in: message)
    for (pattern, say) in forms {
      guard let match = pattern.firstMatch(in: message, range: range) else { continue }
      return say((0..<match.numberOfRanges).map { Range(match.range(at: $0), in: message).map { String(message[$0]) } ?? "" })
    }
    return nil
  }

  /// Forms written as patterns of whole messages (`^…$` is added), compiled once.
  private static func compiled(_ forms: [(String, ([String]) -> String)]) -> [Form] {
    forms.map { (try! NSRegularExpression(pattern: "^(?:" + $0.0 + ")$"), $0.1) }
  }

  // The forms, each a whole message and how it reads in Chinese; `g[1]` is the first group.
  nonisolated(unsafe) private static let forms: [Form] = compiled([
    ("the file is empty", { _ in "文件是空的" }),
    ("the file has no rows", { _ in "文件没有任何行" }),
    ("the file has a header but no data rows", { _ in "文件只有表头，没有数据行" }),
    ("the file has no values to import.*", { _ in "文件没有可导入的值" }),
    ("the column '(.*)' appears twice in the header", { g in "表头中 '\(g[1])' 列出现了两次" }),
    ("missing required column '([^']*)' \\(or (.*?)\\); the header is: (.*?)(\\. A wide file needs period headers such as 2022, 2023年 or 2023Q1)?",
     { g in "缺少必需的列 '\(g[1])'（或 \(g[2])）；表头为：\(g[3])" + (g[4].isEmpty ? "" : "。宽表需要 2022、2023年 或 2023Q1 这样的时期表头") }),
    ("missing the column '([^']*)' \\(or (.*?)\\); the header is: (.*)", { g in "缺少 '\(g[1])' 列（或 \(g[2])）；表头为：\(g[3])" }),
    ("expected ([0-9]+) fields as in the header, found ([0-9]+)", { g in "表头有\(g[1])个字段，此行有\(g[2])个" }),
    ("'(.*)' is not an? (indicator|region) code \\(.*\\)",
     { g in "'\(g[1])' 不是\(g[2] == "region" ? "地区" : "指标")代码（由小写字母、数字和 _ 组成，以字母开头）" }),
    ("unknown unit '(.*)'", { g in "不认识的单位 '\(g[1])'" }),
    ("unknown measure kind '(.*)'; use (.*)", { g in "不认识的类型 '\(g[1])'；可用：\(g[2])" }),
    ("expected ([0-9]+) fields as in the header, found ([0-9]+)( \\(an unquoted comma .*\\))?: (.*)",
     { g in "表头有\(g[1])个字段，此行有\(g[2])个" + (g[3].isEmpty ? "" : "（值里有未加引号的逗号？请把这样的值放在双引号里）") + "：\(g[4])" }),
    ("kind '(.*)' is neither .*", { g in "类型 '\(g[1])' 既不是实际值也不是目标" }),
    ("the indicator is empty", { _ in "指标为空" }),
    ("the region is empty", { _ in "地区为空" }),
    ("'(.*)' is a code `indicators extract` proposed for an indicator the catalogue lacks \\((.*)\\); .*",
     { g in "'\(g[1])' 是 `indicators extract` 为目录中没有的指标提议的代码（\(g[2])）；请换成目录中的代码，或删去 'review:' 以新建该指标" }),
    ("'(.*)' is not a period: (.*)", { g in "'\(g[1])' 不是时期：\(chinese(g[2]))" }),
    ("'(.*)' is not a number: (.*)", { g in "'\(g[1])' 不是数字：\(chinese(g[2]))" }),
    ("'(.*)' is not a date; use .*", { g in "'\(g[1])' 不是日期；\(dateHint(.zh))" }),
    ("unknown unit '(.*)'; known units: (.*)", { g in "不认识的单位 '\(g[1])'；已知单位：\(chineseUnits(g[2]))" }),
    ("the value says '(.*)' but the unit column says '(.*)'", { g in "数值写的是 '\(g[1])'，单位列却是 '\(g[2])'" }),
    ("unknown qualifier '(.*)'; .*", { g in "不认识的限定 '\(g[1])'；请用 超、约、近（或 exact、at_least、about、below）" }),
    ("the value says '(.*)' but the qualifier column says '(.*)'", { g in "数值写的是 '\(g[1])'，限定列却是 '\(g[2])'" }),
    ("unknown status '(.*)'; use one of (.*)", { g in "不认识的状态 '\(g[1])'；可用：\(g[2])" }),
    ("this row is a plan target .*", { _ in "此行是规划目标（kind 为 target），不是观测值；规划目标另行导入（或用 --skip-targets 跳过）" }),
    ("unknown indicator '(.*)'; a new indicator needs a code .*?( \\(did you mean .*\\?\\))?",
     { g in "没有名为 '\(g[1])' 的指标；新指标需要由小写字母、数字和 _ 组成的代码（或先添加：`indicators indicator add 代码 --zh \(g[1]) --unit …`）" + suggestions(g[2]) }),
    ("no region called '(.*?)'; known regions: (.*?); a new region needs a code .*?( \\(did you mean .*\\?\\))?",
     { g in "没有名为 '\(g[1])' 的地区；已有地区：\(g[2])；新地区需要由小写字母、数字和 _ 组成的代码（或先添加：`indicators region add 代码 --zh \(g[1])`）" + suggestions(g[3]) }),
    ("no region called '(.*?)'; known regions: (.*)", { g in "没有名为 '\(g[1])' 的地区；已有地区：\(g[2])" }),
    ("no region called '([^']*)'( \\(did you mean .*\\?\\))?", { g in "没有名为 '\(g[1])' 的地区" + suggestions(g[2]) }),
    ("no indicator called '(.*?)'; .*", { g in "没有名为 '\(g[1])' 的指标；`indicators indicator list` 列出已有指标" }),
    ("new indicator '(.*)' needs a unit .*", { g in "新指标 '\(g[1])' 需要单位（单位列，或值里写出单位）" }),
    ("'(.*)' cannot be converted to '(.*)', the unit of (\\S+) \\((.*)\\)", { g in "'\(g[1])' 不能换算为 \(g[3])（\(g[4])）的单位 '\(g[2])'" }),
    ("'(.*)' cannot be converted to '(.*)', the unit the new indicator (\\S+) takes from its first row",
     { g in "'\(g[1])' 不能换算为新指标 \(g[3]) 从第一行取得的单位 '\(g[2])'" }),
    ("this row gives (\\S+) for (\\S+) (\\S+) (\\S+) but line ([0-9]+) gives (\\S+) with the same source, date and locator; .*",
     { g in "此行给出 \(g[2]) \(g[3]) \(g[4]) 为\(g[1])，但第\(g[5])行给出\(g[6])，来源、日期和位置都相同；请保留一个，或用发布日期或位置区分" }),
    ("region (\\S+) \\((.*)\\) already exists; .*", { g in "地区 \(g[1])（\(g[2])）已存在；改名请用 `indicators region rename \(g[1]) --zh … --en …`" }),
    ("indicator (\\S+) \\((.*)\\) already exists; .*", { g in "指标 \(g[1])（\(g[2])）已存在；添加别名请用 `indicators indicator alias \(g[1]) 名称`" }),
    ("region (\\S+): no parent region called '(.*)'; .*", { g in "地区 \(g[1])：没有名为 '\(g[2])' 的上级地区；请先添加（或放在文件中更前面）" }),
    ("(.*): no such file, or it cannot be read", { g in "\(g[1])：文件不存在或无法读取" }),
    ("(.*): is a directory; .*", { g in "\(g[1])：是目录；请给出 CSV 文件（或用 - 表示标准输入）" }),
    ("the file is (UTF-[0-9]+[LB]E)( \\(no byte-order mark\\))?; save it as 'CSV UTF-8' in Excel, or convert it: (.*)",
     { g in "文件是 \(g[1]) 编码" + (g[2].isEmpty ? "" : "（无字节顺序标记）") + "；请在 Excel 中另存为 'CSV UTF-8'，或这样转换：\(g[3])" }),
    ("the file is neither UTF-8 nor GBK/GB18030 \\(byte (\\S+) at offset ([0-9]+)\\); .*",
     { g in "文件既不是 UTF-8 也不是 GBK/GB18030 编码（偏移\(g[2])处的字节 \(g[1])）；请另存为 'CSV UTF-8'" }),
    ("the file holds a NUL byte at offset ([0-9]+): .*", { g in "文件在偏移\(g[1])处有 NUL 字节：不是文本（CSV）文件" }),
    ("text after a closing quote in field ([0-9]+) \\((.*)\\); .*",
     { g in "第\(g[1])个字段的右引号后还有文字（\(g[2])）；请把整个字段放在引号里，字段内的引号写两次" }),
    ("a quote opened in field ([0-9]+) is never closed", { g in "第\(g[1])个字段的引号没有闭合" }),
    ("'(.*)' already names the (indicator|region) (\\S+) \\((.*)\\); (an alias names one|choose another).*",
     { g in "'\(g[1])' 已是\(g[2] == "region" ? "地区" : "指标") \(g[3])（\(g[4])）的名称；" + (g[5] == "choose another" ? "请换一个名称" : "一个别名只能指一个\(g[2] == "region" ? "地区" : "指标")") }),
    ("(.*): is an empty file, not an indicators database; nothing was written to it \\(create one there with (`.*`)\\)",
     { g in "\(g[1])：是空文件，不是 indicators 数据库；未写入任何内容（可用 \(g[2]) 在此创建）" }),
    // Why a value is not a number (`Figure`) or a period (`Period`).
    ("it is ([0-9]+) characters long; a value has at most ([0-9]+)", { g in "长达\(g[1])个字符；数值最多\(g[2])个字符" }),
    ("the cell is empty", { _ in "单元格为空" }),
    ("it says both '(.*)' and '(.*)'", { g in "同时写了 '\(g[1])' 和 '\(g[2])'" }),
    ("use '\\.' for decimals .*", { _ in "小数点用 '.'，除千位分组（1,234.5）外不用其他分隔符" }),
    ("expected digits, optionally with .*", { _ in "应为数字，可带 超/约/近/余/万/亿 或单位" }),
    ("it is too large to store .*", { _ in "数值太大，无法保存" }),
    ("it is too small to store .*", { _ in "数值太小，无法保存（会存成0）" }),
    ("month ([0-9]+) does not exist .*", { g in "没有\(g[1])月（1–12）" }),
    ("quarter ([0-9]+) does not exist .*", { g in "没有第\(g[1])季度（1–4）" }),
    ("half ([0-9]+) does not exist .*", { g in "没有第\(g[1])个半年（1–2）" }),
    ("it must start with a four-digit year.*", { _ in "应以四位年份开头，如 2023、2023Q1、2023年1-11月" }),
    ("year (-?[0-9]+) is outside the supported years (.*)", { g in "\(g[1])年不在支持的年份\(g[2])之内" }),
    ("expected (2023.*)", { g in "应为 \(g[1].replacingOccurrences(of: " or ", with: " 或 "))" }),
    ("unexpected text after the .*", { _ in "时期后面有多余的文字" }),
    ("a cumulative period starts in January.*", { _ in "累计时期应从1月开始" }),
    ("expected a month or a year after the dash", { _ in "横线后应为月份或年份" }),
    ("a span must end after it starts", { _ in "时段的结束年份应晚于开始年份" }),
    ("unrecognised form; .*", { _ in "无法识别的写法；请用 2023、2023Q1、2023H1、2023-03、2023年1-11月 或 2021-2025" }),
    // A target's rules (`PlanTarget.validate`), said after the option (`target add`) or the cell they are about.
    ("the due year (-?[0-9]+) must come after the base year (-?[0-9]+)", { g in "目标年份\(g[1])须晚于基年\(g[2])" }),
    ("(\\S+) is not a finite number", { g in "\(g[1]) 不是有限的数" }),
    ("(\\S+) is not positive; a ([a-z]+) target grows from a positive base",
     { g in "\(g[1]) 不是正数；\(PlanTarget.Kind(rawValue: g[2]).map { Wording.targetKind($0, .zh) } ?? g[2])目标须从正的基数算起" }),
    ("a share is between 0 and 100(?: \\(%\\))?, not (\\S+)", { g in "占比在0到100之间，不能是 \(g[1])" }),
    ("'(.*)' is the target's own region; compare with another region", { g in "'\(g[1])' 就是目标自己的地区；请与另一个地区比较" }),
    ("a milestone in (\\S+) is not between the base year (-?[0-9]+) and the due year (-?[0-9]+)",
     { g in "\(g[1]) 的节点不在基年\(g[2])与目标年份\(g[3])之间" }),
    ("a growth of (\\S+)% a year is impossible or implausible; give more than −100 and at most (\\S+)",
     { g in "年均增长\(g[1])%不可能或不合情理；请给出大于−100、至多\(g[2])的值" }),
    ("a change of (\\S+)% is impossible or implausible; give more than −100 and at most (\\S+)",
     { g in "变化\(g[1])%不可能或不合情理；请给出大于−100、至多\(g[2])的值" }),
    ("a multiple of (\\S+) means nothing; give a positive multiple, at most (\\S+) \\(2 = doubling\\)",
     { g in "倍数\(g[1])没有意义；请给出正的倍数，至多\(g[2])（2 即翻一番）" }),
    ("a margin of (\\S+) points is implausible; give at most ±(\\S+)", { g in "相差\(g[1])个百分点不合情理；请给出至多±\(g[2])" }),
  ])

  /// The units of a list as a Chinese reader writes them (亿元, %), without their English spellings.
  private static func chineseUnits(_ list: String) -> String {
    list.split(separator: " ").filter { !$0.contains { $0.isASCII && $0.isLetter } }.joined(separator: " ")
  }

  /// ArgumentParser's own words about a command line, for the forms our commands meet most.
  package static func usageMistake(_ message: String) -> String {
    let chinese = chinese(message)
    guard chinese == message else { return chinese }
    return said(message, in: usageForms) ?? message
  }

  nonisolated(unsafe) private static let usageForms: [Form] = compiled([
    ("Unknown option '(.*?)'\\.?( Did you mean '(.*)'\\?)?", { g in "没有 '\(g[1])' 这个选项" + (g[3].isEmpty ? "" : "（是否要找 '\(g[3])'？）") }),
    ("Missing expected argument '(.*)'", { g in "缺少参数 '\(g[1])'" }),
    ("Missing value for '(.*)'", { g in "'\(g[1])' 缺少取值" }),
    ("The value '(.*)' is invalid for '(.*)'.*", { g in "'\(g[2])' 不能取 '\(g[1])'" }),
    ("Unexpected argument '(.*)'", { g in "多余的参数 '\(g[1])'" }),
    // The commands' own `validate()` messages.
    ("(-?[0-9]+) is not a number of years after --base \\(1 to ([0-9]+)\\)", { g in "\(g[1]) 不是 --base 之后的年数（1 到 \(g[2])）" }),
    ("--double-in needs --base", { _ in "--double-in 需要 --base" }),
    ("(-?[0-9]+) is not a number of years from --base ([0-9]+) to at most ([0-9]+)",
     { g in "\(g[1]) 不是从 --base \(g[2]) 起、最晚到\(g[3])年的年数" }),
    ("give (--due|--value) \\(or --double-in\\)", { g in "请给出 \(g[1])（或 --double-in）" }),
    ("a relative target needs --compared", { _ in "相对目标需要 --compared" }),
    ("a ([a-z]+) target needs --base", { g in "\(PlanTarget.Kind(rawValue: g[1]).map { Wording.targetKind($0, .zh) } ?? g[1])目标需要 --base" }),
    ("(-?[0-9]+); give ([0-9]+) to ([0-9]+) forecast origins", { g in "\(g[1])；请给出\(g[2])到\(g[3])个预测起点" }),
    ("--wide shows latest values only; drop --all-vintages", { _ in "--wide 只显示最新值；请去掉 --all-vintages" }),
    ("--from ([0-9]+) comes after --to ([0-9]+)", { g in "--from \(g[1]) 晚于 --to \(g[2])" }),
    ("give one indicator, or --all", { _ in "请给出一个指标，或 --all" }),
    ("(\\S+) is not an interval level; give more than 0 and at most (\\S+) \\(percent\\)",
     { g in "\(g[1]) 不是区间水平；请给出大于0、至多\(g[2])的百分数" }),
    ("(-?[0-9]+) years; give ([0-9]+) to ([0-9]+)", { g in "\(g[1])年；请给出\(g[2])到\(g[3])年" }),
    // `--option: what is wrong with its value`.
    ("(--[a-z-]+|[a-z]+): (.+)", { g in "\(g[1])：\(usageMistake(g[2]))" }),
  ])

  /// ` (did you mean 'gdp'?)` said again in Chinese.
  private static func suggestions(_ english: String) -> String {
    let names = english.split(separator: "'").enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    return didYouMean(names, .zh)
  }
}
