import Foundation
import IndicatorsStore
import IndicatorsWorkflows

/// `/import`: upload a CSV file, see what `indicators import --dry-run` says about it, then
/// confirm to import it through the same workflow as the command (one file, one transaction;
/// a changed value adds a vintage, never overwrites one). Only with `--allow-import`.
package enum ImportPage {
  /// The upload form.
  package static func form(chinese: Bool) -> Page {
    let text = PageText(chinese: chinese)
    return Page(title: text.importTitle, body: """
      <p class="sub">\(HTML.escape(text.importHelp))</p>
      <form method="post" action="/import" enctype="multipart/form-data">
      <p><label>\(text.chooseFile): <input type="file" name="file" accept=".csv,text/csv,text/plain" required></label></p>
      <p><label><input type="checkbox" name="skip_targets" value="1"> \(text.skipTargets)</label></p>
      <p><button type="submit">\(text.check)</button></p>
      </form>

      """)
  }

  /// What a read-only server says to `/import` (status 403).
  package static func readOnly(chinese: Bool) -> Page {
    let text = PageText(chinese: chinese)
    return Page(status: 403, title: text.readOnlyTitle, body: "<p class=\"error\">\(HTML.escape(text.readOnly))</p>\n")
  }

  /// Checks the upload without the store (the dry run) and offers to import it; or, confirmed,
  /// imports it. A file that is refused gets status 400 and the reader's message (line, column,
  /// value), and the store is unchanged.
  package static func submit(_ upload: Upload, into store: any IndicatorStoring, chinese: Bool) -> Page {
    let text = PageText(chinese: chinese)
    let input = ImportWorkflow.Input.bytes(name: upload.name, upload.bytes)
    do {
      if upload.confirm {
        var reader = try ImportWorkflow.open(input, skipTargets: upload.skipTargets)
        let notices = ImportWorkflow.notices(upload.name, encoding: reader.encoding, ignoredColumns: reader.ignoredColumns)
        let summary = try ImportWorkflow.load(upload.name, &reader, into: store, fileSHA256: AccessToken.sha256(upload.bytes))
        return Page(title: text.importedHeading, body: SeriesPage.notices(notices) + """
          <div class="ok"><pre>\(HTML.escape(summary))</pre></div>
          <p class="links"><a href="/">\(text.seriesNav)</a> <a href="/import">\(text.anotherFile)</a></p>

          """)
      }
      // The same check as `import --dry-run`: form and catalogue.
      var catalog = CatalogCheck(try store.catalogIndex())
      let (notices, summary) = try ImportWorkflow.check(input, skipTargets: upload.skipTargets, catalog: &catalog)
      return Page(title: text.checkedHeading, body: SeriesPage.notices(notices) + """
        <div class="ok"><pre>\(HTML.escape(summary))</pre></div>
        <form method="post" action="/import" enctype="application/x-www-form-urlencoded">
        <input type="hidden" name="name" value="\(HTML.escape(upload.name))">
        <input type="hidden" name="content" value="\(Data(upload.bytes).base64EncodedString())">
        <input type="hidden" name="skip_targets" value="\(upload.skipTargets ? "1" : "0")">
        <input type="hidden" name="confirm" value="1">
        <p><button type="submit">\(text.confirm)</button> <a href="/import">\(text.anotherFile)</a></p>
        </form>

        """)
    } catch {
      return Page(status: ErrorPage.status(for: error), title: text.refusedHeading, body: """
        <div class="error"><pre>\(HTML.escape(ErrorPage.message(for: error)))</pre></div>
        <p class="links"><a href="/import">\(text.anotherFile)</a></p>

        """)
    }
  }
}
