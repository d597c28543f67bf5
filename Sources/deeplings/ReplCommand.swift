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
        let library = LessonLibrary(folder: LessonLibrary.folder(option: lessons))
        let keeper: ProgressKeeping
        do {
            let store = try ProgressStore(path: ProgressStore.defaultPath())
            keeper = StoreProgress(store: store) { id in library.lesson(id: id)?.contentHash ?? "" }
        } catch {
            keeper = UnavailableProgress(reason: error)
        }
        let repl = Repl(
            style: style,
            library: library,
            keeper: keeper,
            policy: SandboxPolicy(readableFolders: ["datasets"] + PythonEnvironment.dataFolders, workspaceFolder: cwd))
        var reader = LineReader(historyPath: state + "/history", plain: style.isPlain)
        Completion.repl = repl
        repl.run(reader: &reader)
    }
}
