import ArgumentParser
import IndicatorsCore
import IndicatorsReports
import IndicatorsStore

extension PlanTarget.Kind: ExpressibleByArgument {}
extension PlanTarget.Direction: ExpressibleByArgument {}
extension PlanTarget.Attribute: ExpressibleByArgument {}

struct TargetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "target", abstract: "Add or remove plan targets.", subcommands: [AddTarget.self, RemoveTarget.self])

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

    @Option(help: "The kind of target.")
    var kind: PlanTarget.Kind = .level

    @Option(help: "Base year.")
    var base: Int?

    @Option(help: "Base value (default: the series' value in the base year).")
    var baseValue: Double?

    @Option(help: "Due year.")
    var due: Int?

    @Option(help: "Target value (level, % a year, multiple, share, points, % change).")
    var value: Double?

    @Option(name: .customLong("double-in"), help: "Doubling in this many years from --base.")
    var doubleIn: Int?

    @Option(help: "A milestone this many years after --base on the target's path (repeatable).")
    var milestone: [Int] = []

    @Option(help: "Higher or lower is better.")
    var direction: PlanTarget.Direction = .higher

    @Option(help: "expected (预期性) or binding (约束性).")
    var attribute: PlanTarget.Attribute = .expected

    @Option(help: "The stretch value (力争), beside the firm one (确保).")
    var stretch: Double?

    @Option(help: "For relative targets: the region compared with.")
    var compared: String?

    @Option(help: "A label, e.g. 三年攻坚、五年倍增.")
    var label = ""

    @Option(help: "Where the target was set (document title).")
    var source = "entered by hand"

    func run() throws {
      let database = try store.open()
      let (definition, region) = try series.resolve(in: database)
      var kind = kind, value = value, due = due
      if let doubleIn {
        guard let base else { throw ValidationError("--double-in needs --base") }
        kind = .multiple
        value = 2
        due = base + doubleIn
      }
      guard let due else { throw ValidationError("give --due (or --double-in)") }
      guard let value else { throw ValidationError("give --value (or --double-in)") }
      if kind != .annual && base == nil { throw ValidationError("a \(kind.rawValue) target needs --base") }
      if kind == .relative && compared == nil { throw ValidationError("a relative target needs --compared") }
      let comparedCode = try compared.map { try database.resolveSeries(indicator: definition.code, region: $0).1.code }
      let milestones = milestone.map { PlanTarget.Milestone(period: (base ?? due) + $0, value: .nan, label: "第\($0)年") }
      let target = PlanTarget(
        indicator: definition.code, region: region.code, kind: kind, basePeriod: base, baseValue: baseValue, duePeriod: due,
        value: value, direction: direction, attribute: attribute, stretchValue: stretch, comparedRegion: comparedCode,
        milestones: milestones, label: label, source: SourceReference(title: source))
      let id = try database.addTarget(target)
      Console.note("target \(id): \(definition.code) · \(region.code) · \(kind.rawValue) due \(due)")
    }
  }

  struct RemoveTarget: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rm", abstract: "Remove a target by its id (see `indicators targets`).")

    @OptionGroup var store: StoreOptions

    @Argument(help: "Target id.")
    var id: Int64

    func run() throws {
      guard try store.open().removeTarget(id: id) else { throw CommandFailure("no target with id \(id)") }
      Console.note("removed target \(id)")
    }
  }
}

struct TargetsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "targets", abstract: "List the plan targets.")

  @OptionGroup var store: StoreOptions
  @OptionGroup var output: OutputOptions

  @Option(help: "Only this region.")
  var region: String?

  func run() throws {
    let database = try store.open()
    var table = Table(columns: [
      .init("id", "编号", alignRight: true), .init("indicator", "指标"), .init("region", "地区"), .init("kind", "类型"),
      .init("base", "基期"), .init("due", "目标年"), .init("value", "目标值", alignRight: true), .init("qualifier", "限定"),
      .init("direction", "方向"), .init("attribute", "属性"), .init("source", "来源"),
    ])
    for t in try database.targets(region: region) {
      table.rows.append([
        .number(Double(t.id ?? 0)), .text(t.indicator), .text(t.region), .text(t.kind.rawValue),
        t.basePeriod.map { .text("\($0)") } ?? .empty, .text("\(t.duePeriod)"), .number(t.value),
        .text(t.qualifier == .exact ? "" : t.qualifier.rawValue), .text(t.direction.rawValue), .text(t.attribute.rawValue),
        .text(t.source.title),
      ])
    }
    Console.output(output.render(table))
  }
}
