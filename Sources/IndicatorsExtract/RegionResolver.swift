import IndicatorsCore

/// How wide a region is, as a share or a rank names it (占全市, 居全省).
enum RegionScope: String, Hashable, Sendable {
  case nation = "china", province, city, district
}

/// Region names → codes, with 全国/全省/全市/全区 resolved against the document's region and its
/// ancestors. A document region missing from the tree is taken to be a city in the tree's only
/// province (when it has exactly one), so 全省 still resolves.
struct RegionResolver: Sendable {
  /// `wholeArea` is 全区: the district a text is about, or in a city of an autonomous region
  /// (宁夏, 广西, 西藏, 新疆, 内蒙古) that region, as 全省 is a province's.
  enum Mention: Hashable, Sendable {
    case code(String), scope(RegionScope), wholeArea

    var isScope: Bool {
      if case .code = self { return false }
      return true
    }
  }

  private(set) var phrases = PhraseTable<Mention>()
  /// Names several places share (朝阳区 in Beijing and in Changchun), with their codes: a title
  /// that names the city too (北京市朝阳区) tells which.
  private(set) var sharedNames = PhraseTable<[String]>()
  private var parent: [String: String] = [:]
  private var scope: [String: RegionScope] = [:]
  /// Provinces that are autonomous regions (…自治区).
  private var autonomous: Set<String> = []
  let document: String

  /// `places` is the gazetteer (Data/places.csv): every province, prefecture and county-level city,
  /// named by its full name and the aliases it lists, so a text about any city resolves 全省 to that
  /// city's province. Without one, a document region missing from `regions` is taken to be a city in
  /// the tree's only province (when it has exactly one).
  init(document: String, regions: [RegionDefinition], places: [RegionDefinition] = []) {
    self.document = document
    let listed = Set(regions.map(\.code))
    for region in regions {
      parent[region.code] = region.parent
      scope[region.code] = Self.scope(of: region)
      if region.nameZh.hasSuffix("自治区") { autonomous.insert(region.code) }
    }
    for place in places where !listed.contains(place.code) {
      parent[place.code] = place.parent
      scope[place.code] = Self.scope(of: place)
      if place.nameZh.hasSuffix("自治区") { autonomous.insert(place.code) }
    }
    if scope[document] == nil, !document.isEmpty {
      scope[document] = .city
      let provinces = regions.filter { Self.scope(of: $0) == .province }
      if provinces.count == 1 { parent[document] = provinces[0].code }
    }
    for region in regions where Self.scope(of: region) != .nation {
      for name in Self.names(of: region, parentName: regions.first { $0.code == region.parent }?.nameZh) {
        phrases.add(name, .code(region.code))
      }
    }
    // A place is named by its full name and its listed aliases only (中山市, not 中山: the short
    // names that are also common words are left out of the list).
    var named: [String: [String]] = [:]
    for place in places where !listed.contains(place.code) {
      for name in [place.nameZh] + place.aliases + Self.prefectureForms(of: place) { named[name, default: []].append(place.code) }
    }
    for (name, codes) in named {
      // 鼓楼区 is in Nanjing, Xuzhou, Fuzhou and Kaifeng: the one in the document's region, else none.
      let code = codes.count == 1 ? codes[0] : codes.first { isWithin($0, document) }
      if let code, codes.count == 1 || codes.filter({ isWithin($0, document) }).count == 1 { phrases.add(name, .code(code)) }
      else if codes.count > 1 { sharedNames.add(name, codes) }
    }
    phrases.add("全国", .scope(.nation))
    phrases.add("中国", .scope(.nation))
    phrases.add("全省", .scope(.province))
    for word in ["全市", "本市", "我市", "全州", "我州"] { phrases.add(word, .scope(.city)) }
    for word in ["我省", "本省"] { phrases.add(word, .scope(.province)) }
    for word in ["全县", "我区", "我县", "本区"] { phrases.add(word, .scope(.district)) }
    phrases.add("全区", .wholeArea)
  }

  /// An autonomous prefecture is written 凉山州 as often as 凉山彝族自治州.
  static func prefectureForms(of place: RegionDefinition) -> [String] {
    guard place.nameZh.hasSuffix("自治州") else { return [] }
    return place.aliases.map { $0 + "州" }
  }

  /// Whether `code` is `ancestor` or lies inside it.
  func isWithin(_ code: String, _ ancestor: String) -> Bool {
    var current: String? = code
    var steps = 0
    while let c = current, steps < 8 {
      if c == ancestor { return true }
      current = parent[c]
      steps += 1
    }
    return false
  }

  /// The region list holds `code`, or it is the document's own region.
  func isListed(_ code: String) -> Bool { scope[code] != nil }

  static func scope(of region: RegionDefinition) -> RegionScope {
    if region.parent == nil || region.nameZh == "全国" || region.code == "china" { return .nation }
    if region.nameZh.hasSuffix("省") || region.nameZh.hasSuffix("自治区") { return .province }
    if region.nameZh.hasSuffix("市") || region.nameZh.hasSuffix("自治州") || region.nameZh.hasSuffix("地区")
      || region.nameZh.hasSuffix("盟")
    {
      return .city
    }
    return .district
  }

  /// `四川省` → 四川省, 四川; `绵阳高新区(科技城直管区)` → also 绵阳高新区, 高新区, 科技城直管区.
  static func names(of region: RegionDefinition, parentName: String?) -> [String] {
    var names = [region.nameZh]
    var plain = region.nameZh
    if let open = plain.firstIndex(where: { $0 == "(" || $0 == "（" }) {
      let inner = plain[plain.index(after: open)...].dropLast()
      if inner.count >= 2 { names.append(String(inner)) }
      plain = String(plain[..<open])
      names.append(plain)
    }
    for suffix in ["省", "市", "自治区"] where plain.hasSuffix(suffix) && plain.count > suffix.count + 1 {
      names.append(String(plain.dropLast(suffix.count)))
    }
    if let parentName {
      let short = parentName.hasSuffix("市") || parentName.hasSuffix("省") ? String(parentName.dropLast()) : parentName
      if plain.hasPrefix(short), plain.count - short.count >= 2 { names.append(String(plain.dropFirst(short.count))) }
    }
    return names
  }

  /// The region a mention stands for, seen from the document's region.
  func resolve(_ mention: Mention) -> String? {
    switch mention {
    case .code(let code): return code
    case .scope(.district): return document
    case .wholeArea:
      guard scope[document] != .district else { return document }
      var code: String? = document
      while let current = code {
        if autonomous.contains(current) { return current }
        code = parent[current]
      }
      return document
    case .scope(let wanted):
      var code: String? = document
      while let current = code {
        if scope[current] == wanted { return current }
        code = parent[current]
      }
      return wanted == .nation ? "china" : nil
    }
  }

  func scope(ofCode code: String) -> RegionScope { scope[code] ?? .city }

  func parentCode(of code: String) -> String? { parent[code] }
}
