import ArgumentParser
import Foundation
import Interpreter
import PythonModules

/// `deeplings` with no subcommand: an interactive Python prompt with the course's modules.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the interactive prompt (the default).")

    func run() throws {
        installInterruptHandler()
        let cwd = FileManager.default.currentDirectoryPath
        let python = PythonEnvironment.makeInterpreter(
            output: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            interrupt: sessionInterrupt,
            policy: SandboxPolicy(readableFolders: ["datasets"] + PythonEnvironment.dataFolders, workspaceFolder: cwd))
        print("Deeplings — convolutional neural networks, by doing.")
        print("Type Python as in a notebook: `import tensorflow as tf` works. Ctrl-C stops a run, Ctrl-D leaves.")
        var prompt = LineReader()
        while let cell = prompt.readCell() {
            clearInterrupts()
            if let failure = python.run(cell, file: "<stdin>", echo: .everyExpression) {
                FileHandle.standardError.write(Data((failure.traceback + "\n").utf8))
            }
        }
        print("")
    }
}
