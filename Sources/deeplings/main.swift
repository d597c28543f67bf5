import ArgumentParser

/// The `deeplings` command: the course REPL and its subcommands.
struct Deeplings: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "deeplings",
        abstract: "Learn convolutional neural networks by doing, in your terminal.")

    func run() throws {
        print("Deeplings — convolutional neural networks, by doing.")
        print("The course is being built; lessons arrive soon.")
    }
}

Deeplings.main()
