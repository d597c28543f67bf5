import ArgumentParser
import Course

/// The `deeplings` command: the course REPL and its subcommands.
struct Deeplings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deeplings",
        abstract: "Learn convolutional neural networks by doing, in your terminal.",
        version: DeeplingsVersion.string,
        subcommands: [
            ReplCommand.self, RunCommand.self, LintCommand.self, CheckCommand.self, GradeCommand.self,
            DatasetsCommand.self, ExportCommand.self, PretrainCommand.self, ProgressWriterCommand.self,
        ],
        defaultSubcommand: ReplCommand.self)
}

Deeplings.main()
