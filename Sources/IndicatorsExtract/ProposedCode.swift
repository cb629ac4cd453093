/// A snake_case code for an indicator the catalogue lacks, built from the English of the words the
/// text used and a hash of them (`营业收入` → `revenue_3fa2`); a reviewer renames it.
enum ProposedCode {
  static let glossary: PhraseTable<String> = {
    var t = PhraseTable<String>()
    let pairs: [(String, String)] = [
      ("营业收入", "revenue"), ("主营业务收入", "revenue"), ("收入", "revenue"), ("利润", "profit"),
      ("企业", "enterprises"), ("项目", "projects"), ("投资", "investment"), ("产值", "output"),
      ("增加值", "value_added"), ("人口", "population"), ("平台", "platforms"), ("园区", "parks"),
      ("基金", "fund"), ("集群", "clusters"), ("用电量", "electricity_use"), ("工业", "industrial"),
      ("服务业", "services"), ("旅游", "tourism"), ("游客", "tourists"), ("外资", "foreign_capital"),
      ("税收", "tax"), ("专利", "patents"), ("人才", "talent"), ("院士", "academicians"),
      ("高校", "universities"), ("团队", "teams"), ("就业", "employment"), ("城镇", "urban"),
      ("农村", "rural"), ("房地产", "real_estate"), ("销售", "sales"), ("消费", "consumption"),
      ("粮食", "grain"), ("科技", "tech"), ("创新", "innovation"), ("数字经济", "digital_economy"),
      ("新增", "new"), ("净增", "net_new"), ("签约", "signed"), ("招商", "promotion"),
      ("重点", "key"), ("民营", "private"), ("制造业", "manufacturing"), ("电子信息", "electronics"),
      ("航空", "aviation"), ("医药", "pharma"), ("汽车", "vehicles"), ("产业", "industry"),
      ("物流", "logistics"), ("金融", "finance"), ("商品房", "housing"), ("建筑业", "construction"),
      ("客运", "passengers"), ("货运", "freight"), ("能源", "energy"), ("数字", "digital"),
      ("总投资", "total_investment"), ("规模", "size"), ("增速", "growth"), ("成交额", "turnover"),
      ("上市公司", "listed_companies"), ("上市", "listed"), ("新设", "new"), ("引进", "attracted"),
      ("农林牧渔业", "agriculture"), ("批发和零售业", "wholesale_retail"), ("住宿和餐饮业", "accommodation_catering"),
      ("交通运输", "transport"), ("出生", "births"), ("死亡", "deaths"),
      ("出口", "exports"), ("进口", "imports"), ("存款", "deposits"), ("贷款", "loans"),
    ]
    for (zh, en) in pairs { t.add(zh, en) }
    return t
  }()

  static func make(from phrase: [Unicode.Scalar], role: FigureRole) -> String {
    var parts: [String] = []
    for match in glossary.matches(phrase, in: 0..<phrase.count) where !parts.contains(match.value) {
      parts.append(match.value)
    }
    // A short hash of the words keeps two unknown indicators of one sentence apart.
    var hash: UInt32 = 2_166_136_261
    for s in phrase { hash = (hash ^ s.value) &* 16_777_619 }
    let tag = String(hash % 0xFFFF, radix: 16)
    let base = (parts.isEmpty ? "unnamed" : parts.suffix(4).joined(separator: "_")) + "_" + tag
    return Concept(key: base, codes: [:]).proposedCode(for: role)
  }
}
