import ArgumentParser

/// The `deeplings` command: the course REPL and its subcommands.
struct Deeplings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deeplings",
        abstract: "Learn convolutional neural networks by doing, in your terminal.",
        subcommands: [ReplCommand.self, RunCommand.self, DatasetsCommand.self, GradeCommand.self, ProgressWriterCommand.self],
        defaultSubcommand: ReplCommand.self)
}

Deeplings.main()
