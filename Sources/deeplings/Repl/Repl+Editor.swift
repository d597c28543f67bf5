import Course
import Foundation

extension Repl {
    /// `:edit`: the exercise's current code in `$EDITOR` (`vi` when unset); when the editor
    /// exits, the saved text runs as the answer and is checked.
    func editExercise() {
        guard let (session, exercise) = currentExercise() else { return }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-\(getpid())-\(exercise.id).py").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let current = drafts[exercise.id]?.joined(separator: "\n") ?? session.currentSource(ofCell: exercise.cellIndex)
        do { try current.write(toFile: file, atomically: true, encoding: .utf8) } catch {
            complain("Could not write a temporary file for the editor (\(error.localizedDescription)); type your answer at the prompt instead.")
            return
        }
        let editor = ProcessInfo.processInfo.environment["VISUAL"] ?? ProcessInfo.processInfo.environment["EDITOR"] ?? "vi"
        let status = Self.runEditor(editor, file: file)
        clearInterrupts()
        guard status == 0 else {
            complain("The editor (\(editor)) exited with status \(status); nothing was checked. Set $EDITOR to your editor, e.g. export EDITOR=nano.")
            return
        }
        guard let edited = try? String(contentsOfFile: file, encoding: .utf8) else {
            complain("The edited file could not be read back; nothing was checked.")
            return
        }
        drafts[exercise.id] = [edited]
        checkExercise()
    }

    /// Runs `editor file` through the shell (so `EDITOR="code -w"` works) and waits for it.
    static func runEditor(_ editor: String, file: String) -> Int32 {
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup("\(editor) \"$1\""), strdup("sh"), strdup(file), nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return 127 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }
}
