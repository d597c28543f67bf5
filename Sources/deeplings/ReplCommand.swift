import ArgumentParser
import Course
import Foundation
import Interpreter
import PythonModules

/// `deeplings` with no subcommand: the course prompt. Resumes the last lesson at its cell.
struct ReplCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "repl",
        abstract: "Start the course prompt, where you left off (the default).")

    @Option(help: "Folder of lesson files (default: Lessons in the current folder).")
    var lessons: String?

    @Flag(help: "Plain text: no colours, no redraws, images described in words (also NO_COLOR, or when output is not a terminal).")
    var plain = false

    func run() throws {
        installInterruptHandler()
        let style = TerminalStyle.current(plainFlag: plain)
        if style.isPlain { PlainMode.enable() }
        let cwd = FileManager.default.currentDirectoryPath
        let state = deeplingsStateFolder()
        let repl = Repl(style: style,
                        library: LessonLibrary(folder: LessonLibrary.folder(option: lessons)),
                        keeper: StateFileProgress(path: state + "/progress.json"),
                        policy: SandboxPolicy(readableFolders: ["datasets"] + PythonEnvironment.dataFolders, workspaceFolder: cwd))
        var reader = LineReader(historyPath: state + "/history", plain: style.isPlain)
        Completion.repl = repl
        repl.run(reader: &reader)
    }
}
