import Course
import Foundation
import Interpreter
import PythonModules

/// The learner's prompt: Python typed as in a notebook, `:commands` to move through a lesson,
/// check exercises and get unstuck. Nothing a learner types ends it except `:quit`, Ctrl-D or
/// `exit()`; every error is rendered.
final class Repl {
    let style: TerminalStyle
    let library: LessonLibrary
    let keeper: ProgressKeeping
    let policy: SandboxPolicy
    /// The open lesson, if any.
    var session: LessonSession?
    /// The namespace used while no lesson is open (made on first use).
    var loosePython: PythonInterpreter?
    /// Inputs typed so far, for `<python-input-N>` names.
    var inputCount = 0
    /// What ran and how it went, for `:recap`.
    var recap = RecapLog()
    /// Code typed at the prompt while at an exercise, since its last check: the draft answer.
    var drafts: [String: [String]] = [:]
    /// Set by `:quit` and `exit()`.
    var finished = false
    /// Set once a failed save was reported, so the learner hears of it once, not after every input.
    var saveFailureReported = false
    private var plainFilter = PlainTextFilter()
    private var cap = OutputCap(lineLimit: 400)

    init(style: TerminalStyle, library: LessonLibrary, keeper: ProgressKeeping, policy: SandboxPolicy) {
        self.style = style
        self.library = library
        self.keeper = keeper
        self.policy = policy
    }

    // MARK: output

    /// Writes text for the learner to standard output (plain mode strips escapes and redraws).
    func say(_ text: String) {
        let shown = style.isPlain ? plainFilter.filter(text) : text
        FileHandle.standardOutput.write(Data(shown.utf8))
    }

    /// Writes what learner code prints, capped per run so a runaway loop cannot flood the screen.
    func sayProgramOutput(_ text: String) {
        if let shown = cap.admit(text) { say(shown) }
    }

    /// Writes a problem (a traceback, a refused command) to standard error.
    func complain(_ text: String) {
        var filter = PlainTextFilter()
        let shown = style.isPlain ? filter.filter(text) : text
        FileHandle.standardError.write(Data((shown.hasSuffix("\n") ? shown : shown + "\n").utf8))
    }

    /// Starts a run of learner code: clears Ctrl-C and the output cap.
    func beginRun() {
        clearInterrupts()
        cap.reset()
    }

    /// Ends a run: reports output the cap held back.
    func endRun() {
        if let note = cap.finish() { say(style.paint(note, "2") + "\n") }
    }

    // MARK: the loop

    /// Greets the learner, resumes the last lesson, then reads and runs input until the end.
    func run(reader: inout LineReader) {
        say(style.paint("Deeplings", "1") + " \(DeeplingsVersion.string) — convolutional neural networks, by doing.\n")
        resume()
        while !finished, let input = reader.readCell() {
            handle(input)
        }
        save()
        say(finished ? "" : "\n")
    }

    /// Handles one input: a command, a bare command word, or Python.
    func handle(_ input: String) {
        let trimmed = input.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        if trimmed.hasPrefix(":") {
            runCommand(String(trimmed.dropFirst()))
        } else if let command = Self.bareCommandWords[trimmed], !isBoundName(trimmed) {
            say("Commands start with a colon: type \(style.paint(command, "1")).\n")
        } else {
            runPython(input)
        }
        save()
    }

    /// Words a learner may type meaning a command, and the command to show them.
    static let bareCommandWords = [
        "next": ":next", "prev": ":prev", "help": ":help (or help(object) for Python's help)",
        "quit": ":quit (or exit(), or Ctrl-D)", "exit": ":quit (or exit(), or Ctrl-D)",
        "hint": ":hint", "check": ":check", "lessons": ":lessons",
    ]

    private func isBoundName(_ name: String) -> Bool {
        (session?.interpreter ?? loosePython)?.global(name) != nil
    }

    // MARK: Python

    /// The interpreter learner code runs in now.
    var python: PythonInterpreter {
        if let session { return session.interpreter }
        if let loosePython { return loosePython }
        let made = PythonEnvironment.makeInterpreter(
            output: { [weak self] in self?.sayProgramOutput($0) },
            interrupt: sessionInterrupt, policy: policy)
        loosePython = made
        return made
    }

    /// Runs code typed at the prompt, named `<python-input-N>` as CPython 3.13 names it.
    func runPython(_ code: String) {
        beginRun()
        defer { endRun() }
        let file = "<python-input-\(inputCount)>"
        inputCount += 1
        let failure: PythonFailure?
        let output: String
        if let session {
            let result = session.runPrompt(code, file: file)
            failure = result.failure
            output = result.output
            if let exercise = session.exercise(atCell: session.position), failure == nil {
                drafts[exercise.id, default: []].append(code)
            }
        } else {
            failure = python.run(code, file: file, echo: .everyExpression)
            output = ""
        }
        recap.record(.prompt(code: code, output: output, failure: failure?.traceback))
        if let failure {
            if failure.typeName == "SystemExit" { finished = true; return }
            complain(failure.traceback)
        }
    }
}
