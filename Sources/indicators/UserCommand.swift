import ArgumentParser
import IndicatorsCore
import IndicatorsWorkflows

extension UserRole: ExpressibleByArgument {}

struct UserCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "user", abstract: "Add, list and revoke the users who may sign in to `indicators serve`.",
    discussion: """
      A viewer reads the pages, an analyst also imports files, an admin also reads the audit log
      (/log). `user add` prints the new user's token on stdout, once: the database keeps only its
      SHA-256. Create the first admin of a team server with:
        indicators user add NAME --role admin --db postgresql://…
      """,
    subcommands: [Add.self, List.self, Revoke.self])

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user and print their token (shown once).")

    @OptionGroup var options: StoreLanguageOptions

    @Argument(help: "The user's name, as the audit log shows it (letters, digits, Chinese characters, . _ - @).")
    var name: String

    @Option(help: "What they may do.")
    var role: UserRole

    @Option(name: .customLong("expires-in"), help: ArgumentHelp("The token stops signing in after this many days (default: never).", valueName: "days"))
    var expiresIn: Int?

    func validate() throws {
      if let expiresIn, !(1...3650).contains(expiresIn) {
        throw ValidationError(options.language.pick("--expires-in：请给出 1 到 3650 天", "--expires-in: give 1 to 3650 days"))
      }
    }

    func run() throws {
      let (user, token) = try UserWorkflow.add(name, role: role, validForDays: expiresIn, to: options.open(), language: options.language)
      Console.output(token + "\n")
      Console.note(Messages.tokenShownOnce(user, options.language))
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users, revoked ones included.")

    @OptionGroup var options: TableOptions

    func run() throws {
      Console.output(options.output.render(try UserWorkflow.table(options.open(), language: options.output.language)))
    }
  }

  struct Revoke: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "revoke", abstract: "Revoke a user's token: it signs nothing in from now on.")

    @OptionGroup var options: StoreLanguageOptions

    @Argument(help: "The user's name.")
    var name: String

    func run() throws {
      try UserWorkflow.revoke(name, in: options.open(), language: options.language)
      Console.note(Messages.userRevoked(name, options.language))
    }
  }
}
