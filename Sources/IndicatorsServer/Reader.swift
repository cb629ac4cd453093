import Hummingbird

/// Who reads a page, as far as the page cares: the language they asked for and the address they
/// asked for it at (for the switch to the other language).
///
/// The language is taken per request: `?lang=zh|en`, else the first language of `Accept-Language`
/// (by q-value, then by order) that is Chinese (`zh`, `zh-CN`, `zh-Hant`, …) or English (`en…`),
/// else the server's default (`indicators serve --lang`). A language chosen by `?lang=` is carried
/// by every link of the page to this server (see `keepingLanguage`); one chosen by the header needs
/// no carrying, since the browser sends the header with every request.
package struct Reader: Sendable, Equatable {
  package var chinese: Bool
  /// Whether `?lang=` chose the language (so links must carry it).
  package var chosenInQuery: Bool
  /// The path asked for, as sent (percent escapes kept).
  package var path: String
  /// The query as sent, or nil.
  package var query: String?

  package init(chinese: Bool, chosenInQuery: Bool = false, path: String = "/", query: String? = nil) {
    self.chinese = chinese
    self.chosenInQuery = chosenInQuery
    self.path = path
    self.query = query
  }

  /// The reader of `request` on a server whose default language is Chinese when `defaultChinese`.
  package init(_ request: Request, defaultChinese: Bool) {
    self.init(
      query: request.uri.query, acceptLanguage: request.headers[.acceptLanguage], defaultChinese: defaultChinese,
      path: request.uri.path)
  }

  /// The rule of the type's comment on a request's raw query and `Accept-Language` header. An
  /// unknown `lang` value (`?lang=fr`) is ignored, as if absent.
  package init(query: String?, acceptLanguage: String?, defaultChinese: Bool, path: String = "/") {
    self.path = path
    self.query = query
    if let lang = FormFields(query).text("lang").flatMap(Self.chinese(tag:)) {
      (chinese, chosenInQuery) = (lang, true)
    } else {
      (chinese, chosenInQuery) = (acceptLanguage.flatMap(Self.chinese(acceptLanguage:)) ?? defaultChinese, false)
    }
  }

  /// Chinese (true) or English (false) for a language tag whose primary subtag is `zh` or `en`
  /// (any case); nil for any other.
  static func chinese(tag: String) -> Bool? {
    let primary = tag.trimmingSpaces.lowercased().split(separator: "-", maxSplits: 1).first.map(String.init) ?? ""
    switch primary {
    case "zh": return true
    case "en": return false
    default: return nil
    }
  }

  /// The language an `Accept-Language` header prefers among Chinese and English
  /// (`en-US;q=0.5, zh-CN;q=0.9` → Chinese): the highest q-value wins, ties go to the earlier;
  /// `q=0` means "not this". nil when it names neither (`fr`, `*`).
  static func chinese(acceptLanguage header: String) -> Bool? {
    var best: (q: Double, chinese: Bool)?
    for item in header.split(separator: ",") {
      let parts = item.split(separator: ";")
      guard let tag = parts.first, let chinese = chinese(tag: String(tag)) else { continue }
      var q = 1.0
      for parameter in parts.dropFirst() {
        let pair = parameter.trimmingSpaces.split(separator: "=", maxSplits: 1)
        if pair.count == 2, pair[0].lowercased() == "q" { q = Double(pair[1].trimmingSpaces) ?? 0 }
      }
      guard q > 0 else { continue }
      if best == nil || q > best!.q { best = (q, chinese) }
    }
    return best?.chinese
  }

  /// The language code of `?lang=` and the `lang` attribute's value.
  var code: String { chinese ? "zh" : "en" }
  var htmlLang: String { chinese ? "zh-CN" : "en" }

  /// This page's address in the other language: the same path and query, `lang` replaced.
  package var otherLanguageAddress: String {
    let kept = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("lang=") && $0 != "lang" }
    return path + "?" + (kept + ["lang=\(chinese ? "en" : "zh")"]).joined(separator: "&")
  }

  /// The switch in the header: a link to this page in the other language, named in that language.
  var languageSwitch: String {
    let name = chinese ? "English" : "中文"
    return "<a class=\"lang\" href=\"\(HTML.escape(otherLanguageAddress))\" hreflang=\"\(chinese ? "en" : "zh-CN")\" lang=\"\(chinese ? "en" : "zh-CN")\">\(name)</a>"
  }

  /// `html` with the language carried by its links to this server, when `?lang=` chose it: every
  /// `href="/…"` and form `action="/…"` without a `lang` gets `lang=zh|en`, and every GET form
  /// gets it as a hidden field. Links elsewhere and links that name a language (the switch) are
  /// left as they are.
  package func keepingLanguage(_ html: String) -> String {
    guard chosenInQuery else { return html }
    let out = carryingLanguage(carryingLanguage(html, after: "href=\"/"), after: "action=\"/")
    // A GET form replaces the query with its fields: it carries the language as one of them.
    guard out.contains("method=\"get\"") else { return out }
    var withForms = ""
    var tail = out[...]
    while let open = tail.range(of: "<form "), let close = tail[open.upperBound...].firstIndex(of: ">") {
      let tag = tail[open.lowerBound...close]
      withForms += tail[..<open.lowerBound] + tag
      if tag.contains("method=\"get\"") { withForms += "<input type=\"hidden\" name=\"lang\" value=\"\(code)\">" }
      tail = tail[tail.index(after: close)...]
    }
    return withForms + tail
  }

  /// `html` with `lang=` added to each address to this server that follows `marker`.
  func carryingLanguage(_ html: String, after marker: String) -> String {
    var out = ""
    var rest = html[...]
    while let start = rest.range(of: marker) {
      out += rest[..<start.upperBound]
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(of: "\"") else { break }
      let address = rest[..<end]
      rest = rest[end...]
      if address.contains("lang=") {
        out += address
        continue
      }
      let (before, fragment) = address.firstIndex(of: "#").map { (address[..<$0], address[$0...]) } ?? (address, ""[...])
      out += before + (before.contains("?") ? "&amp;" : "?") + "lang=\(code)" + fragment
    }
    return out + rest
  }
}
