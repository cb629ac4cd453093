/// The language a person reads output in. Keys of JSON and CSV stay English whatever it is;
/// every word a person reads (headers, statuses, notes, periods, messages) follows it.
package enum Language: String, Sendable, CaseIterable {
  case zh, en

  /// `zh` when `LC_ALL` (or, without it, `LANG`) starts with `zh`, else `en`.
  package static func from(environment: [String: String]) -> Language {
    let locale = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
    return locale.hasPrefix("zh") ? .zh : .en
  }

  /// The language of a command line's messages: its `--lang zh|en` (or `--lang=…`; any value but
  /// `zh` is English), else the environment's.
  package static func from(arguments: [String], environment: [String: String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument.hasPrefix("--lang=") { return argument.dropFirst(7) == "zh" ? .zh : .en }
      if argument == "--lang", index + 1 < arguments.count { return arguments[index + 1] == "zh" ? .zh : .en }
    }
    return from(environment: environment)
  }

  package var isChinese: Bool { self == .zh }

  /// The one of two texts for this language.
  package func pick(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}

extension RegionDefinition {
  /// The region as a reader names it: its Chinese or English name, the code only when the name is missing.
  package func name(_ language: Language) -> String {
    let name = language == .zh ? nameZh : nameEn
    return name.isEmpty ? code : name
  }
}

extension IndicatorDefinition {
  /// The indicator as a reader names it: its Chinese or English name, the code only when the name is missing.
  package func name(_ language: Language) -> String {
    let name = language == .zh ? nameZh : nameEn
    return name.isEmpty ? code : name
  }
}
