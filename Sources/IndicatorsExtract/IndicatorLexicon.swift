import IndicatorsCore

/// What a figure says about its indicator: a level, a growth rate, an average growth over a span,
/// a rate or share that is itself the indicator, a rank, or a share of a wider region's total.
enum FigureRole: Hashable, Sendable {
  case level, growth, average, rate, rank
  case share(RegionScope)
}

/// An indicator as a text names it, with the catalogue code of each role it can take.
struct Concept: Hashable, Sendable {
  var key: String
  var codes: [FigureRole: String]

  /// The code for `role`; a growth falls back to the rate (CPI 上涨2% is its rate).
  func code(for role: FigureRole) -> String? {
    if let code = codes[role] { return code }
    // Never a rate from a growth code: 占地区生产总值比重35% is not GDP growth.
    return role == .growth ? codes[.rate] : nil
  }

  /// A snake_case code to propose when the catalogue has none for `role`.
  func proposedCode(for role: FigureRole) -> String {
    let base = codes[.level] ?? codes[.rate] ?? codes[.growth] ?? codes[.rank] ?? key
    switch role {
    case .level: return base
    case .growth: return base + "_growth"
    case .average: return base + "_growth_avg"
    // 占规上工业比重48%: a share of something else than the level's own total.
    case .rate: return codes[.rate] ?? (base + "_share")
    case .rank: return base + "_rank"
    case .share(let scope): return base + "_share_of_" + scope.rawValue
    }
  }
}

/// Indicator names and aliases → concepts. Built-in aliases cover the standard bulletin set and the
/// names news and reports use; the caller's catalogue adds every indicator's Chinese name.
struct IndicatorLexicon: Sendable {
  private(set) var phrases = PhraseTable<Concept>()
  let catalogue: Set<String>

  /// Each catalogue indicator's unit.
  let units: [String: MeasurementUnit]

  init(catalogue indicators: [IndicatorDefinition]) {
    catalogue = Set(indicators.map(\.code))
    units = Dictionary(indicators.map { ($0.code, $0.unit) }, uniquingKeysWith: { a, _ in a })
    var known: Set<String> = []
    for entry in Self.builtIn + Self.bulletinSet {
      let concept = Concept(key: entry.key, codes: entry.codes)
      known.formUnion(entry.codes.values)
      for phrase in entry.phrases { phrases.add(phrase, concept) }
    }
    // Catalogue names the built-in table does not cover name their indicator directly.
    for indicator in indicators where !known.contains(indicator.code) {
      let role: FigureRole
      switch indicator.measureKind {
      case .level, .count: role = .level
      case .rank: role = .rank
      case .rate: role = indicator.nameZh.contains("增") ? .growth : .rate
      case .share, .ratio: role = .rate
      }
      let concept = Concept(key: indicator.code, codes: [role: indicator.code])
      for name in Self.nameVariants(indicator.nameZh) { phrases.add(name, concept) }
    }
  }

  /// `特色(专业)产业园` is also written `特色产业园`; `国家级“小巨人”企业` without its quotes.
  static func nameVariants(_ name: String) -> [String] {
    var plain = ""
    var depth = 0
    for c in name {
      if c == "(" || c == "（" { depth += 1; continue }
      if c == ")" || c == "）" { depth -= 1; continue }
      if depth == 0 { plain.append(c) }
    }
    return plain == name || plain.count < 2 ? [name] : [name, plain]
  }

  /// Keys of concepts that count additions, and the concept of their total (总数达107户).
  static let totals = [
    "little_giant_new": "little_giant", "high_tech_net": "high_tech_enterprises",
    "net_new_industrial": "industrial_enterprises",
  ]

  /// Names that stand for two indicators in a 分别 list (城乡居民人均可支配收入分别增长4.6%和6.7%).
  static let pairs = ["urban_rural_income": ["urban_income", "rural_income"]]

  /// Stocks and the concept of what 新增 or 净增 adds to them.
  static let additions = [
    "little_giant": ("新增", "little_giant_new"), "high_tech_enterprises": ("净增", "high_tech_net"),
    "industrial_enterprises": ("净增", "net_new_industrial"),
  ]

  func concept(forKey key: String) -> Concept? {
    (Self.builtIn + Self.bulletinSet).first { $0.key == key }.map { Concept(key: $0.key, codes: $0.codes) }
  }

  struct Entry {
    var key: String
    var phrases: [String]
    var codes: [FigureRole: String]
  }

  static func entry(
    _ key: String, _ phrases: [String], level: String? = nil, growth: String? = nil,
    average: String? = nil, rate: String? = nil, rank: String? = nil,
    shareCity: String? = nil, shareProvince: String? = nil
  ) -> Entry {
    var codes: [FigureRole: String] = [:]
    codes[.level] = level
    codes[.growth] = growth
    codes[.average] = average
    codes[.rate] = rate
    codes[.rank] = rank
    codes[.share(.city)] = shareCity
    codes[.share(.province)] = shareProvince
    return Entry(key: key, phrases: phrases, codes: codes)
  }

  static let builtIn: [Entry] = [
    entry("gdp", ["地区生产总值", "生产总值", "GDP", "经济总量", "国内生产总值", "经济增速", "经济增长速度", "经济增长"],
          level: "gdp", growth: "gdp_growth", average: "gdp_growth_avg",
          shareProvince: "chengdu_share_of_sichuan_gdp"),
    entry("gdp_per_capita", ["人均地区生产总值", "人均生产总值", "人均GDP"],
          level: "gdp_per_capita", growth: "gdp_per_capita_growth"),
    entry("primary_va", ["第一产业增加值", "第一产业"], level: "primary_va", growth: "primary_va_growth"),
    entry("secondary_va", ["第二产业增加值", "第二产业"], level: "secondary_va", growth: "secondary_va_growth"),
    entry("tertiary_va", ["第三产业增加值", "第三产业"], level: "tertiary_va", growth: "tertiary_va_growth"),
    entry("industry_va", ["全部工业增加值", "工业增加值"], level: "industry_va", growth: "industry_va_growth"),
    entry("industrial_va", ["规模以上工业增加值", "规上工业增加值", "规模以上工业企业增加值", "规上工业企业增加值",
                            "规模以上工业企业实现增加值", "规上工业企业实现增加值", "规模以上工业实现增加值", "规上工业实现增加值",
                            // 规模工业增加值: 规模以上 shortened, as some cities' releases write it.
                            "规模工业增加值", "规模工业企业增加值", "规模工业实现增加值"],
          level: "industrial_va", growth: "industrial_va_growth"),
    entry("industrial_output", ["规模以上工业总产值", "规上工业总产值", "工业总产值"],
          level: "industrial_output", growth: "industrial_output_growth",
          shareCity: "industrial_output_share_of_city"),
    entry("industrial_enterprises", ["规模以上工业企业", "规上工业企业", "规上企业"],
          level: "industrial_enterprises_above_scale"),
    entry("net_new_industrial", ["净增规上工业企业", "净增规模以上工业企业"], level: "net_new_industrial_enterprises"),
    entry("industrial_investment", ["工业投资"], level: "industrial_investment",
          growth: "industrial_investment_growth", rank: "industrial_investment_rank"),
    entry("tech_renovation", ["工业技改投资", "技改投资", "技术改造投资"], growth: "tech_renovation_investment_growth"),
    entry("fixed_investment", ["全社会固定资产投资", "固定资产投资", "全社会投资"], level: "fixed_investment",
          growth: "fixed_investment_growth", average: "fixed_investment_growth_avg"),
    entry("out_of_province", ["省外引进产业项目新增实际投资", "省外引进产业项目实际投资", "省外引进产业项目到位资金"],
          level: "out_of_province_industrial_investment", rank: "out_of_province_investment_rank"),
    entry("key_projects", ["重点项目"], level: "key_project_investment"),
    entry("new_projects_500m", ["5亿元以上招商项目", "新签约5亿元以上招商项目"], level: "new_investment_projects_over_500m"),
    entry("budget_revenue", ["地方一般公共预算收入", "一般公共预算收入", "地方财政一般预算收入", "地方公共财政收入",
                            "公共财政收入", "地方公共财政预算收入", "公共财政预算收入", "地方一般预算收入",
                            // Older and shorter names of the same revenue (not 财政总收入, which includes the centre's share).
                            "地方财政收入", "地方级财政收入", "地方一般公共财政预算收入", "地方财政一般公共预算收入"],
          level: "budget_revenue", growth: "budget_revenue_growth"),
    entry("budget_expenditure", ["一般公共预算支出", "地方一般公共预算支出", "财政支出", "地方财政支出", "公共财政支出",
                                "公共财政预算支出", "地方公共财政预算支出", "一般预算支出", "地方一般预算支出", "财政一般公共预算支出"],
          level: "budget_expenditure", growth: "budget_expenditure_growth"),
    entry("retail_sales", ["社会消费品零售总额", "社零总额", "社会消费品零售额"],
          level: "retail_sales", growth: "retail_sales_growth", average: "retail_sales_growth_avg"),
    entry("rd_intensity", ["研发经费投入强度", "R&D经费投入强度", "研究与试验发展经费投入强度",
                           "研究与试验发展(R&D)经费投入强度", "研发投入强度", "全社会研发经费投入强度", "R&D投入强度",
                           "研发经费投入占GDP比重", "R&D经费投入占GDP比重", "研发经费投入占地区生产总值比重",
                           // The long forms work reports write: the share of GDP is the intensity.
                           "全社会研发经费投入占地区生产总值比重", "全社会研发投入占地区生产总值比重", "研发投入占地区生产总值比重",
                           "研发经费支出占地区生产总值比重", "R&D经费支出占地区生产总值比重", "研发经费投入占地区生产总值的比重",
                           "全社会研发经费投入占GDP比重", "研发投入占GDP比重", "R&D投入占GDP比重", "研发经费占GDP比重"],
          average: "rd_intensity_avg", rate: "rd_intensity"),
    entry("rd_spending", ["研发经费投入", "R&D经费投入", "研究与试验发展经费投入", "研究与试验发展(R&D)经费投入",
                          "全社会研发经费投入", "研发经费", "研究与试验发展(R&D)经费支出", "研究与试验发展经费支出",
                          "R&D经费支出", "研发经费支出", "研发投入", "全社会研发投入", "R&D投入"],
          level: "rd_spending", growth: "rd_spending_growth"),
    entry("rd_share_revenue", ["R&D经费支出占营业收入比重", "研发经费支出占营业收入比重"],
          rate: "rd_spending_share_of_revenue", rank: "rd_spending_share_rank"),
    entry("fdi", ["实际利用外资", "实际使用外资", "外商直接投资", "FDI到资", "FDI", "外资到位", "实际到位外资",
                  "实际利用外商直接投资", "外商直接投资额"],
          level: "fdi", growth: "fdi_growth"),
    entry("foreign_reinvestment", ["外资企业再投资", "再投资"], level: "foreign_reinvestment"),
    entry("new_foreign_enterprises", ["新设外资企业", "新设立外商投资企业", "新设外商投资企业"], level: "new_foreign_enterprises"),
    entry("high_tech_enterprises", ["国家高新技术企业", "高新技术企业"], level: "high_tech_enterprises",
          growth: "high_tech_enterprises_growth", shareProvince: "high_tech_enterprises_share_of_sichuan"),
    entry("high_tech_net", ["净增国家高新技术企业", "净增高新技术企业"], level: "high_tech_enterprises_net_added"),
    entry("high_tech_revenue", ["高新技术产业营业收入", "高新技术产业营收"], level: "high_tech_industry_revenue",
          shareProvince: "high_tech_industry_revenue_share_of_province"),
    entry("sme_tech", ["科技型中小企业"], level: "sme_tech_enterprises"),
    entry("little_giant", ["国家专精特新企业", "国家级专精特新企业", "专精特新小巨人企业", "专精特新小巨人", "小巨人企业", "小巨人"], level: "little_giant_enterprises"),
    entry("little_giant_new", ["新增国家专精特新小巨人企业", "新增国家级专精特新小巨人企业", "新增专精特新小巨人企业"],
          level: "little_giant_enterprises_new"),
    entry("single_champion", ["制造业单项冠军企业", "单项冠军企业", "单项冠军"], level: "single_champion_enterprises"),
    entry("specialized_sme", ["专精特新中小企业"], level: "specialized_sme_enterprises"),
    entry("national_clusters", ["国家级产业集群", "国家产业集群", "国家级先进制造业集群"], level: "national_industrial_clusters"),
    entry("provincial_clusters", ["省级产业集群", "省产业集群"], level: "provincial_industrial_clusters"),
    entry("specialized_parks", ["特色(专业)产业园", "特色产业园"], level: "specialized_parks"),
    entry("innovation_platforms", ["产业创新平台", "创新平台"], level: "innovation_platforms"),
    entry("tech_transfer", ["科技成果转化"], level: "tech_transfer_projects"),
    entry("tech_contract", ["技术合同成交额", "技术合同登记额", "技术合同交易额"], level: "tech_contract_turnover"),
    entry("tech_fund", ["基金规模"], level: "tech_fund_size"),
    entry("cloud", ["企业上云"], level: "cloud_enterprises"),
    entry("nev", ["新能源汽车"], level: "nev_new_registrations", growth: "nev_growth"),
    entry("manufacturing_rank", ["先进制造业百强市"], rank: "manufacturing_top100_rank"),
    entry("innovation_rank", ["城市科技创新竞争力", "科技创新竞争力"], rank: "tech_innovation_competitiveness_rank"),
    entry("innovation_input_rank", ["城市科技创新投入竞争力", "科技创新投入竞争力"], rank: "tech_innovation_input_rank"),
    entry("cpi", ["居民消费价格总水平", "居民消费价格指数", "居民消费价格", "CPI"], rate: "cpi_change"),
    entry("trade", ["进出口总额", "外贸进出口总额", "货物进出口总额", "进出口总值", "外贸进出口", "进出口"],
          level: "trade_total", growth: "trade_total_growth"),
    entry("exports", ["出口总额", "出口额", "出口", "外贸出口", "货物出口", "外贸出口总额"], level: "exports", growth: "exports_growth"),
    entry("imports", ["进口总额", "进口额", "进口", "外贸进口", "货物进口", "外贸进口总额"], level: "imports", growth: "imports_growth"),
    entry("income", ["全体居民人均可支配收入", "居民人均可支配收入", "人均可支配收入"],
          level: "disposable_income_per_capita", growth: "disposable_income_per_capita_growth"),
    entry("urban_income", ["城镇居民人均可支配收入", "城镇常住居民人均可支配收入"],
          level: "urban_disposable_income_per_capita", growth: "urban_disposable_income_per_capita_growth"),
    entry("rural_income", ["农村居民人均可支配收入", "农村常住居民人均可支配收入", "乡村居民人均可支配收入"],
          level: "rural_disposable_income_per_capita", growth: "rural_disposable_income_per_capita_growth"),
    entry("urban_rural_income", ["城乡居民人均可支配收入", "城乡居民收入", "城镇和农村居民人均可支配收入",
                                 "城镇和乡村居民人均可支配收入", "城镇、农村居民人均可支配收入", "城乡常住居民人均可支配收入"],
          // One figure for both (城乡居民人均可支配收入26659元) is the all-resident one; two are a pair.
          level: "disposable_income_per_capita", growth: "disposable_income_per_capita_growth"),
    entry("population", ["常住人口", "年末常住人口"], level: "resident_population"),
    entry("new_urban_employment", ["城镇新增就业", "新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "城镇新增就业岗位"],
          level: "new_urban_employment"),
    entry("unemployment", ["城镇调查失业率"], rate: "urban_unemployment_rate"),
    entry("registered_unemployment", ["城镇登记失业率"], rate: "registered_unemployment_rate"),
    entry("agri_output", ["农林牧渔业总产值", "农林牧渔总产值", "农林牧渔业产值", "农林牧渔业现价总产值"],
          level: "agri_output", growth: "agri_output_growth"),
    entry("urbanization", ["常住人口城镇化率", "城镇化率"], rate: "urbanization_rate"),
    entry("deposits", ["金融机构本外币各项存款余额", "本外币各项存款余额", "各项存款余额", "存款余额"],
          level: "deposits_balance", growth: "deposits_balance_growth"),
    entry("loans", ["金融机构本外币各项贷款余额", "本外币各项贷款余额", "各项贷款余额", "贷款余额"],
          level: "loans_balance", growth: "loans_balance_growth"),
    entry("grain", ["粮食总产量", "粮食产量"], level: "grain_output", growth: "grain_output_growth"),
    // The farm, industry, investment and market lines every bulletin carries.
    entry("hogs", ["生猪出栏", "生猪出栏量", "出栏生猪"], level: "hogs_slaughtered", growth: "hogs_slaughtered_growth"),
    entry("cattle", ["牛出栏", "出栏牛"], level: "cattle_slaughtered", growth: "cattle_slaughtered_growth"),
    entry("sheep", ["羊出栏", "出栏羊"], level: "sheep_slaughtered", growth: "sheep_slaughtered_growth"),
    entry("poultry", ["家禽出栏", "出栏家禽"], level: "poultry_slaughtered", growth: "poultry_slaughtered_growth"),
    entry("meat", ["肉类总产量", "猪牛羊禽肉产量", "肉类产量"], level: "meat_output", growth: "meat_output_growth"),
    entry("aquatic", ["水产品产量", "水产品总产量"], level: "aquatic_output", growth: "aquatic_output_growth"),
    entry("vegetables", ["蔬菜及食用菌产量", "蔬菜产量"], level: "vegetable_output", growth: "vegetable_output_growth"),
    entry("fruit", ["水果产量", "园林水果产量"], level: "fruit_output", growth: "fruit_output_growth"),
    entry("tea", ["茶叶产量"], level: "tea_output", growth: "tea_output_growth"),
    entry("oilseed", ["油料产量", "油料作物产量"], level: "oilseed_output", growth: "oilseed_output_growth"),
    entry("rapeseed", ["油菜籽产量"], level: "rapeseed_output", growth: "rapeseed_output_growth"),
    entry("light_industry", ["轻工业增加值", "轻工业"], growth: "light_industry_va_growth"),
    entry("heavy_industry", ["重工业增加值", "重工业"], growth: "heavy_industry_va_growth"),
    entry("construction_va", ["建筑业增加值"], level: "construction_va", growth: "construction_va_growth"),
    entry("wholesale_retail_va", ["批发和零售业增加值", "批发零售业增加值"], level: "wholesale_retail_va",
          growth: "wholesale_retail_va_growth"),
    entry("primary_investment", ["第一产业投资"], growth: "primary_industry_investment_growth"),
    entry("secondary_investment", ["第二产业投资"], growth: "secondary_industry_investment_growth"),
    entry("tertiary_investment", ["第三产业投资"], growth: "tertiary_industry_investment_growth"),
    entry("real_estate_investment", ["房地产开发投资"], level: "real_estate_investment", growth: "real_estate_investment_growth"),
    entry("private_investment", ["民间投资"], growth: "private_investment_growth"),
    entry("infrastructure_investment", ["基础设施投资"], growth: "infrastructure_investment_growth"),
    entry("urban_retail", ["城镇消费品零售额", "城镇社会消费品零售总额"], level: "urban_retail_sales", growth: "urban_retail_sales_growth"),
    entry("rural_retail", ["乡村消费品零售额", "乡村社会消费品零售总额", "农村消费品零售额"], level: "rural_retail_sales",
          growth: "rural_retail_sales_growth"),
  ]
}
