import IndicatorsCore
import IndicatorsStore

extension ImportWorkflow {
  /// What `indicators import` does with its inputs. With `dryRun`, or with several inputs, every
  /// one is read and checked (form and catalogue; `catalog` carries what one would create to the
  /// next) before the first is imported, so a bad last file leaves the first unimported; a dry
  /// run stops there. Then each input is imported in its own transaction. `say` is handed each
  /// input's notices as they come (a dry run's findings and summary; an import's encoding and
  /// ignored columns, then what changed), so a long import reports file by file.
  package static func importInputs(
    _ inputs: [Input], into database: any IndicatorStoring, dryRun: Bool, skipTargets: Bool, sourceDefaults: SourceReference,
    language: Language, say: ([Notice]) -> Void
  ) throws {
    if dryRun || inputs.count > 1 {
      var catalog = CatalogCheck(try database.catalogIndex())
      for input in inputs {
        let (notices, summary) = try check(input, skipTargets: skipTargets, sourceDefaults: sourceDefaults, catalog: &catalog, language: language)
        if dryRun { say(notices + [.note(summary)]) }
      }
    }
    guard !dryRun else { return }
    for input in inputs {
      var reader = try open(input, skipTargets: skipTargets, sourceDefaults: sourceDefaults)
      say(notices(input.name, encoding: reader.encoding, ignoredColumns: reader.ignoredColumns, language: language))
      say([.note(try load(input.name, &reader, into: database, fileSHA256: input.sha256, language: language))])
    }
  }
}
