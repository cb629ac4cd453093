/// Indicators every statistical bulletin and economic press release carries that the catalogue may
/// lack: prices, industrial enterprises' accounts, livestock stocks, the private economy, tourism,
/// contributions to growth. A figure named here is still marked for review when its code is not in
/// the catalogue, but it gets the same readable code in every document (`ppi_change`, not
/// `unnamed_4615`), so a reviewer renames nothing and figures from two bulletins line up.
extension IndicatorLexicon {
  static let bulletinSet: [Entry] = [
    // Prices: 居民消费价格 is in the core table; the other indices of the price section.
    entry("ppi", ["工业生产者出厂价格", "工业生产者出厂价格指数", "PPI"], rate: "ppi_change"),
    entry("ppi_purchase", ["工业生产者购进价格", "工业生产者购进价格指数", "IPI"], rate: "ppi_purchase_change"),
    entry("retail_prices", ["商品零售价格", "商品零售价格指数"], rate: "retail_price_change"),
    entry("farm_input_prices", ["农业生产资料价格"], rate: "farm_input_price_change"),
    // Industrial enterprises above the size threshold: their sales ratio, revenue and profit.
    entry("industrial_sales_ratio", ["产品销售率", "产销率", "工业产品销售率", "规模以上工业企业产品销售率",
                                     "规上工业企业产品销售率", "规模以上工业企业产销率", "规上工业企业产销率"],
          rate: "industrial_sales_ratio"),
    entry("industrial_revenue", ["规模以上工业企业营业收入", "规上工业企业营业收入", "规模以上工业企业实现营业收入",
                                 "规上工业企业实现营业收入", "工业企业营业收入"],
          level: "industrial_revenue", growth: "industrial_revenue_growth"),
    entry("industrial_profit", ["规模以上工业企业利润总额", "规上工业企业利润总额", "规模以上工业企业实现利润总额",
                                "规上工业企业实现利润总额", "工业企业利润总额", "利润总额"],
          level: "industrial_profit", growth: "industrial_profit_growth"),
    entry("high_tech_industry_va", ["高技术产业增加值", "规模以上高技术产业增加值"], growth: "high_tech_industry_va_growth"),
    entry("high_tech_manufacturing_va", ["高技术制造业增加值"], growth: "high_tech_manufacturing_va_growth"),
    // Services: 服务业增加值 is the tertiary sector's value added (国家统计局: 第三产业即服务业).
    entry("services_va", ["服务业增加值"], level: "tertiary_va", growth: "tertiary_va_growth"),
    // Parts of the sector, kept apart from it (the longest name wins).
    entry("modern_services_va", ["现代服务业增加值"], level: "modern_services_va", growth: "modern_services_va_growth"),
    entry("producer_services_va", ["生产性服务业增加值"], level: "producer_services_va", growth: "producer_services_va_growth"),
    entry("consumer_services_va", ["生活性服务业增加值"], level: "consumer_services_va", growth: "consumer_services_va_growth"),
    entry("services_revenue", ["规模以上服务业企业营业收入", "规上服务业企业营业收入", "规模以上服务业营业收入",
                               "规上服务业营业收入"],
          level: "services_above_scale_revenue", growth: "services_above_scale_revenue_growth"),
    // Contributions to growth: 工业对经济增长的贡献率24.5%.
    entry("industry_contribution", ["工业对经济增长的贡献率", "工业对经济增长贡献率", "工业对GDP增长的贡献率"],
          rate: "industry_contribution_to_growth"),
    entry("services_contribution", ["服务业对经济增长的贡献率", "服务业对经济增长贡献率", "第三产业对经济增长的贡献率"],
          rate: "services_contribution_to_growth"),
    entry("consumption_contribution", ["消费对经济增长的贡献率", "最终消费支出对经济增长的贡献率"],
          rate: "consumption_contribution_to_growth"),
    // The private economy's section.
    entry("private_economy_va", ["民营经济增加值", "民营经济实现增加值"], level: "private_economy_va",
          growth: "private_economy_va_growth", rate: "private_economy_share_of_gdp"),
    // Livestock stocks and meat beside the slaughter figures of the core table.
    entry("hog_inventory", ["生猪存栏", "年末生猪存栏", "生猪存栏量"], level: "hog_inventory", growth: "hog_inventory_growth"),
    entry("sow_inventory", ["能繁母猪存栏"], level: "sow_inventory", growth: "sow_inventory_growth"),
    entry("pork", ["猪肉产量"], level: "pork_output", growth: "pork_output_growth"),
    // Tourism, spending and trade lines.
    entry("tourism_revenue", ["旅游总收入", "旅游收入", "实现旅游收入", "旅游业总收入"], level: "tourism_revenue",
          growth: "tourism_revenue_growth"),
    entry("tourist_arrivals", ["接待游客", "接待国内外游客", "接待旅游者", "游客接待量"], level: "tourist_arrivals",
          growth: "tourist_arrivals_growth"),
    entry("consumption_per_capita", ["居民人均消费支出", "全体居民人均消费支出"], level: "consumption_per_capita",
          growth: "consumption_per_capita_growth"),
    entry("online_retail", ["网络零售额", "网上零售额"], level: "online_retail_sales", growth: "online_retail_sales_growth"),
    entry("tax_revenue", ["税收收入"], level: "tax_revenue", growth: "tax_revenue_growth"),
    entry("electricity", ["全社会用电量"], level: "electricity_consumption", growth: "electricity_consumption_growth"),
    entry("registered_population", ["户籍人口", "年末户籍人口"], level: "registered_population"),
    entry("fortune500", ["世界500强企业", "世界500强"], level: "fortune500_enterprises"),
  ]
}
