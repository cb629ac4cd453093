import ArgumentParser

/// The database, the language and the entry an `alias` or `rename` is about.
struct EntryOptions<Entry: Catalogue>: ParsableArguments {
  @OptionGroup var options: StoreLanguageOptions

  @Argument(help: ArgumentHelp("The \(Entry.words.noun) (code, name or alias).", valueName: Entry.words.noun))
  var name: String
}

/// The database, the language, and the code and names an `add` begins with.
struct NewEntryOptions<Entry: Catalogue>: ParsableArguments {
  @OptionGroup var options: StoreLanguageOptions

  @Argument(help: ArgumentHelp(Entry.words.code))
  var code: String?

  @Option(help: ArgumentHelp(Entry.words.zh))
  var zh: String?

  @Option(help: ArgumentHelp(Entry.words.en))
  var en: String?
}

/// `--zh` and `--en` of `rename`.
struct NewNameOptions: ParsableArguments {
  @Option(help: "New Chinese name.")
  var zh: String?

  @Option(help: "New English name.")
  var en: String?
}
