import ArgumentParser
import Foundation
import Interpreter
import PythonModules

/// `deeplings run FILE.py`: runs a script as `python FILE.py` would, on Deeplings' Python.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a Python script with tensorflow, keras, numpy and matplotlib available.")

    @Argument(help: "The Python script to run.")
    var file: String

    @Option(help: "Folder of the procedural data sets (built there on first use).")
    var datasets: String = "datasets"

    @Flag(help: "Plain text: no colours, no redraws, images described in words (also NO_COLOR, or when output is not a terminal).")
    var plain = false

    func run() throws {
        guard let source = try? String(contentsOfFile: file, encoding: .utf8) else {
            let reason = FileManager.default.fileExists(atPath: file) ? "could not be read as UTF-8 text" : "[Errno 2] No such file or directory"
            FileHandle.standardError.write(Data("deeplings: can't open file '\(file)': \(reason)\n".utf8))
            throw ExitCode(2)
        }
        installInterruptHandler()
        try buildMissingDatasets(for: source)
        let cwd = FileManager.default.currentDirectoryPath
        let scriptFolder = (URL(fileURLWithPath: file).deletingLastPathComponent().path)
        let policy = SandboxPolicy(readableFolders: [scriptFolder, datasets] + PythonEnvironment.dataFolders, workspaceFolder: cwd)
        // Into a log or a pipe, Keras' progress goes as one line per update and colours go,
        // as at the prompt.
        let style = TerminalStyle.current(plainFlag: plain)
        if style.isPlain { PlainMode.enable() }
        var filter = style.isPlain ? PlainTextFilter() : nil
        let python = PythonEnvironment.makeInterpreter(
            output: { text in FileHandle.standardOutput.write(Data((filter?.filter(text) ?? text).utf8)) },
            interrupt: sessionInterrupt, policy: policy)
        if let failure = python.run(source, file: file) {
            FileHandle.standardError.write(Data((failure.traceback + "\n").utf8))
            throw ExitCode(failure.isInterrupt ? 130 : 1)
        }
    }

    private func buildMissingDatasets(for source: String) throws {
        try buildDatasets(named: source, root: datasets, purpose: "the script", exitCode: 1)
    }
}
