import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

extension TargetCommand {
  struct AddTarget: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Add a plan target.",
      discussion: """
        Kinds: level (a value by --due), growth (average % a year from --base to --due), multiple (×value
        from --base to --due), share (a share or ratio threshold), relative (growth at least --value points
        above --compared's), cumulative (% change from --base to --due), annual (a value for the year --due).
        Shortcut for 倍增 targets: --double-in 5 --milestone 3 is a doubling in five years from --base with
        a milestone on the doubling path after three (三年攻坚, 2^(3/5) ≈ 1.516× the base).
        """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var series: SeriesOptions
    @OptionGroup var language: LanguageOptions

    @Option(help: "The kind of target.") var kind: PlanTarget.Kind = .level
    @Option(help: "Base year.") var base: Int?
    @Option(help: "Base value (default: the series' value in the base year).") var baseValue: Double?
    @Option(help: "Due year.") var due: Int?
    @Option(help: "Target value (level, % a year, multiple, share, points, % change).") var value: Double?
    @Option(name: .customLong("double-in"), help: "Doubling in this many years from --base.") var doubleIn: Int?
    @Option(help: "A milestone this many years after --base on the target's path (repeatable).") var milestone: [Int] = []
    @Option(help: "Higher or lower is better.") var direction: PlanTarget.Direction = .higher
    @Option(help: "expected (预期性) or binding (约束性).") var attribute: PlanTarget.Attribute = .expected
    @Option(help: "The stretch value (力争), beside the firm one (确保).") var stretch: Double?
    @Option(help: "For relative targets: the region compared with.") var compared: String?
    @Option(help: "A label, e.g. 三年攻坚、五年倍增.") var label = ""
    @Option(help: "Where the target was set (document title).") var source = "entered by hand"

    /// The target as described; a doubling fixes the kind, value and due year. Years are checked
    /// against `SupportedRange.years` before any arithmetic on them.
    func draft() throws -> TargetList.Draft {
      var (kind, value, due) = (kind, value, due)
      let years = SupportedRange.years
      if let base, !years.contains(base) { throw ValidationError("--base: \(SupportedRange.yearMessage(base))") }
      if let due, !years.contains(due) { throw ValidationError("--due: \(SupportedRange.yearMessage(due))") }
      let span = years.upperBound - years.lowerBound
      for m in milestone where !(1...span).contains(m) {
        throw ValidationError("--milestone: \(m) is not a number of years after --base (1 to \(span))")
      }
      if let doubleIn {
        guard let base else { throw ValidationError("--double-in needs --base") }
        guard (1...years.upperBound - base).contains(doubleIn) else {
          throw ValidationError("--double-in: \(doubleIn) is not a number of years from --base \(base) to at most \(years.upperBound)")
        }
        (kind, value, due) = (.multiple, 2, base + doubleIn)
      }
      guard let due else { throw ValidationError("give --due (or --double-in)") }
      guard let value else { throw ValidationError("give --value (or --double-in)") }
      if kind != .annual && base == nil { throw ValidationError("a \(kind.rawValue) target needs --base") }
      if kind == .relative && compared == nil { throw ValidationError("a relative target needs --compared") }
      return TargetList.Draft(
        kind: kind, base: base, baseValue: baseValue, due: due, value: value, milestoneYears: milestone, direction: direction,
        attribute: attribute, stretch: stretch, compared: compared, label: label, source: source)
    }

    func validate() throws {
      do { try draft().validate() } catch let problem as TargetProblem { throw ValidationError(problem.description) }
    }

    func run() throws {
      Console.note(try TargetList.add(draft(), for: series.selector, in: store.open(), language: Console.language))
    }
  }
}
