import Foundation
import Testing

/// `indicators serve` in a real browser: Debian's headless Chromium loads every page of a
/// server started on a free loopback port; an upload goes through curl as a browser form would;
/// every page again in Chinese and English (lang attribute, float noise, the language switch, the
/// compare page's lines).
/// Screenshots go to .build/browser/ to be looked at. Skipped only when Chromium cannot run
/// (`make test` installs it).
extension Trait where Self == ConditionTrait {
  /// Runs a test only where Chromium can run.
  static var needsChromium: Self {
    .enabled(if: Chromium.shared != nil, "Chromium cannot run here (install Debian's chromium; `make test` does)")
  }
}

@Suite(.serialized) struct BrowserTests {
  @Test(.needsChromium)
  func everyPageRendersAndAnUploadImports() throws {
    let chromium = try #require(Chromium.shared)
    try CLIRunner.withDatabase(named: "serve.sqlite") { db, scratch in
      let token = try CLIRunner.run(["user", "add", "analyst", "--role", "analyst", "--db", db]).stdout
        .trimmingCharacters(in: .whitespacesAndNewlines)
      let bearer = ["-H", "Authorization: Bearer \(token)"]
      let server = try Server(arguments: ["serve", "--db", db, "--port", "0", "--allow-import", "--public-read"])
      defer { server.stop() }
      let base = server.address

      let pages: [(name: String, path: String, expected: [String])] = [
        ("series-list", "/", ["<h1>Series</h1>", "href=\"/series/gdp/mianyang\""]),
        ("search", "/?q=%E7%BB%B5%E9%98%B3+GDP", ["href=\"/series/gdp/mianyang\"", "value=\"绵阳 GDP\""]),
        ("series-gdp-mianyang", "/series/gdp/mianyang", ["<svg", "<polygon", "4038.73", "?format=csv"]),
        ("report-mianyang", "/report?region=mianyang", ["Progress toward plan targets", "<svg"]),
        ("import-signed-out", "/import", ["Sign-in needed", "href=\"/login\""]),
        ("login", "/login", ["type=\"password\" name=\"token\""]),
        ("not-found", "/series/nothing/here", ["Not found"]),
      ]
      for page in pages {
        let dom = try chromium.dumpDOM(base + page.path)
        for text in page.expected { #expect(dom.contains(text), "\(page.path) lacks \(text)") }
        try chromium.screenshot(base + page.path, to: Chromium.screenshots.appendingPathComponent(page.name + ".png"))
      }
      // The series page's chart is drawn: Chromium lays the SVG out at its size.
      let svgWidth = try chromium.dumpDOM(base + "/series/gdp/mianyang")
      #expect(svgWidth.contains("width=\"720\""))

      // Upload as the browser's form does (multipart), check, then confirm.
      let csv = scratch.appendingPathComponent("web.csv")
      try "indicator,region,period,value,unit,source,published\ngdp,mianyang,2031,9999.5,亿元,browser test,2031-02-01\n"
        .write(to: csv, atomically: true, encoding: .utf8)
      let checked = try Curl.run(bearer + ["-F", "file=@\(csv.path);type=text/csv", base + "/import"])
      #expect(checked.contains("web.csv: 1 values in long layout are well-formed and match the catalogue (dry run: nothing written)"))
      #expect(!(try chromium.dumpDOM(base + "/series/gdp/mianyang")).contains("9999.5"))
      let dryRun = scratch.appendingPathComponent("dry-run.html")
      try checked.write(to: dryRun, atomically: true, encoding: .utf8)
      try chromium.screenshot(dryRun.absoluteString, to: Chromium.screenshots.appendingPathComponent("import-dry-run.png"))
      // As a browser's form on this server sends it: with the server's own origin.
      let imported = try Curl.run(bearer + ["-H", "Origin: \(base)", "-F", "file=@\(csv.path);type=text/csv", "-F", "confirm=1", base + "/import"])
      #expect(imported.contains("web.csv: 1 added, 0 new vintages, 0 unchanged"))
      #expect(try chromium.dumpDOM(base + "/series/gdp/mianyang").contains("9999.5"))
      let show = try CLIRunner.run(["show", "gdp", "--region", "mianyang", "--db", db, "--format", "csv"])
      #expect(show.stdout.contains("2031,9999.5"))

      #expect(server.stop() == 0, "the server stops cleanly on SIGTERM")
    }
  }
}

extension BrowserTests {
  /// Every page in Chinese and English (issue 26): its `lang` attribute, no float noise in what
  /// it shows, a language switch that leads to the same page in the other language, and a compare
  /// page that draws one line per region. Screenshots of each to .build/browser/.
  @Test(.needsChromium)
  func everyPageInBothLanguages() throws {
    let chromium = try #require(Chromium.shared)
    try CLIRunner.withDatabase(named: "serve.sqlite") { db, _ in
      let server = try Server(arguments: ["serve", "--db", db, "--port", "0", "--public-read", "--lang", "en"])
      defer { server.stop() }
      let base = server.address
      let compare = "/compare?indicator=gdp&regions=mianyang,chengdu,sichuan"
      let pages: [(name: String, path: String)] = [
        ("series-list", "/"), ("series-gdp-mianyang", "/series/gdp/mianyang"), ("series-gdp_growth-sichuan", "/series/gdp_growth/sichuan"),
        ("report", "/report"), ("report-mianyang", "/report?region=mianyang"), ("compare-gdp", compare),
        ("compare-gdp-one-axis", "/compare?indicator=gdp&regions=sichuan,chengdu"), ("login", "/login"), ("import-signed-out", "/import"),
      ]
      for page in pages {
        for lang in ["zh", "en"] {
          let path = page.path + (page.path.contains("?") ? "&" : "?") + "lang=\(lang)"
          let dom = try chromium.dumpDOM(base + path)
          #expect(dom.contains("<html lang=\"\(lang == "zh" ? "zh-CN" : "en")\">"), "\(path): lang attribute")
          #expect(Self.noisyNumbers(dom).isEmpty, "\(path) shows \(Self.noisyNumbers(dom).prefix(5))")
          // The switch: the same address in the other language.
          let other = lang == "zh" ? "en" : "zh"
          let marker = "class=\"lang\" href=\""
          let href = try #require(dom.components(separatedBy: marker).dropFirst().first.map { String($0.prefix { $0 != "\"" }) }, "\(path): no switch")
            .replacingOccurrences(of: "&amp;", with: "&")
          #expect(href.hasPrefix(page.path.split(separator: "?")[0] + "?"), "\(path): the switch leaves the page (\(href))")
          #expect(href.hasSuffix("lang=\(other)"), "\(path): \(href)")
          let switched = try chromium.dumpDOM(base + href)
          #expect(switched.contains("<html lang=\"\(other == "zh" ? "zh-CN" : "en")\">"), "\(href) is not in \(other)")
          try chromium.screenshot(base + path, to: Chromium.screenshots.appendingPathComponent("\(page.name)-\(lang).png"))
        }
      }
      // One line per region, each named in the legend's language.
      let zh = try chromium.dumpDOM(base + compare + "&lang=zh")
      #expect(zh.components(separatedBy: "<polyline class=\"series\"").count - 1 == 3)
      for name in ["绵阳市", "成都市", "四川省"] { #expect(zh.contains("data-series=\"\(name)\""), "\(name)") }
      let en = try chromium.dumpDOM(base + compare + "&lang=en")
      #expect(en.components(separatedBy: "<polyline class=\"series\"").count - 1 == 3)
      for name in ["Mianyang", "Chengdu", "Sichuan"] { #expect(en.contains("data-series=\"\(name)\""), "\(name)") }
      #expect(server.stop() == 0, "the server stops cleanly on SIGTERM")
    }
  }

  /// Numbers a person reads in `html` (text, not markup or styles) with more than 9 significant
  /// digits: float noise (4886.747247131769). The rule of IndicatorsServerTests' `noisyNumbers`,
  /// which this target cannot import.
  static func noisyNumbers(_ html: String) -> [String] {
    var text = html
    for pattern in ["<style[^>]*>.*?</style>", "<[^>]*>"] {
      text = text.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression, .caseInsensitive])
    }
    let number = try! NSRegularExpression(pattern: "(?<![A-Za-z0-9_.])[0-9]+(?:\\.[0-9]+)?(?![A-Za-z0-9_])")
    return number.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
      let found = String(text[Range(match.range, in: text)!])
      let parts = found.split(separator: ".", omittingEmptySubsequences: false)
      let whole = parts[0].drop { $0 == "0" }
      let digits = parts.count == 1 ? String(whole).reversed().drop { $0 == "0" }.count
        : whole.isEmpty ? parts[1].drop { $0 == "0" }.count : whole.count + parts[1].count
      return digits > 9 ? found : nil
    }
  }
}

/// Debian's Chromium, headless, if it runs here.
struct Chromium: Sendable {
  var executable: String

  /// Where screenshots go: .build/browser in the package.
  static let screenshots: URL = {
    let url = CLIRunner.binary.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("browser")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// The browser, when it is installed and renders a page; nil otherwise (the reason on stderr).
  static let shared: Chromium? = {
    let candidates = [ProcessInfo.processInfo.environment["CHROMIUM"], "/usr/bin/chromium", "/usr/bin/chromium-browser"].compactMap { $0 }
    guard let path = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
      FileHandle.standardError.write(Data("BrowserTests: skipped: no chromium at \(candidates.joined(separator: ", "))\n".utf8))
      return nil
    }
    let chromium = Chromium(executable: path)
    do {
      guard try chromium.dumpDOM("data:text/html,<p>rendered</p>").contains("<p>rendered</p>") else {
        FileHandle.standardError.write(Data("BrowserTests: skipped: \(path) does not render a page\n".utf8))
        return nil
      }
    } catch {
      FileHandle.standardError.write(Data("BrowserTests: skipped: \(path) cannot run: \(error)\n".utf8))
      return nil
    }
    return chromium
  }()

  func dumpDOM(_ url: String) throws -> String {
    try run(["--dump-dom", url])
  }

  /// A 1280×800 PNG of the page.
  func screenshot(_ url: String, to file: URL) throws {
    try? FileManager.default.removeItem(at: file)
    _ = try run(["--screenshot=\(file.path)", "--window-size=1280,800", "--hide-scrollbars", url])
    let png = try Data(contentsOf: file)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(file.lastPathComponent) is a PNG")
  }

  func run(_ arguments: [String]) throws -> String {
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent("indicators-chromium-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: profile) }
    return try Command.run(
      executable,
      ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage", "--user-data-dir=\(profile.path)"] + arguments)
  }
}

enum Curl {
  static func run(_ arguments: [String]) throws -> String {
    try Command.run("/usr/bin/env", ["curl", "--silent", "--show-error", "--max-time", "60"] + arguments)
  }
}

/// A helper program run to its end within 120 s; its stdout, or an error with its stderr.
enum Command {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let (out, err) = (Pipe(), Pipe())
    (process.standardOutput, process.standardError, process.standardInput) = (out, err, FileHandle.nullDevice)
    try process.run()
    let pid = process.processIdentifier
    let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
    defer { watchdog.cancel() }
    let errors = ErrorText()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async { errors.data = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
    let output = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "\(executable) \(arguments.joined(separator: " ")): exit \(process.terminationStatus): \(String(decoding: errors.data.suffix(2000), as: UTF8.self))")
    }
    return String(decoding: output, as: UTF8.self)
  }

  private final class ErrorText: @unchecked Sendable { var data = Data() }
}

/// `indicators serve` running in the background; its address read from what it says on stderr.
final class Server {
  let process: Process
  let address: String
  private var status: Int32?

  init(arguments: [String]) throws {
    process = try CLIRunner.start(arguments)
    let stderr = (process.standardError as! Pipe).fileHandleForReading
    var said = ""
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, !said.contains("/ ("), process.isRunning {
      let data = stderr.availableData
      if data.isEmpty { break }
      said += String(decoding: data, as: UTF8.self)
    }
    guard let range = said.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) else {
      process.terminate()
      throw Command.Failure(description: "the server did not say where it listens: \(said)")
    }
    address = String(said[range])
    // Keep draining stderr so that the server never blocks on a full pipe.
    DispatchQueue.global().async { while !stderr.availableData.isEmpty {} }
  }

  /// Sends SIGTERM once and waits up to 30 s; the exit status (SIGKILL after the wait).
  @discardableResult func stop() -> Int32 {
    if let status { return status }
    process.terminate()
    let deadline = Date().addingTimeInterval(30)
    while process.isRunning, Date() < deadline { usleep(50_000) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL); process.waitUntilExit() }
    status = process.terminationStatus
    return process.terminationStatus
  }
}
