import Course
import Foundation

extension Repl {
    /// Runs `:name argument`; an unknown name gets a suggestion.
    func runCommand(_ text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts.first?.lowercased() ?? ""
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "help", "h", "?": say(ReplCommandCatalog.help(style: style))
        case "lessons": listLessons()
        case "open": openCommand(argument)
        case "where": showCurrentCell()
        case "next", "n": stepForward()
        case "prev", "p": stepBack()
        case "run": runCurrentExample()
        case "exercise": showExercise()
        case "edit": editExercise()
        case "check": checkExercise()
        case "hint": showHint()
        case "solution": showSolution()
        case "reset": resetExercise()
        case "rewind": rewind(argument)
        case "replay": replay()
        case "skip": skipExercise()
        case "progress": showProgress()
        case "recap": showRecap(argument)
        case "quit", "q", "exit": finished = true
        default:
            let suggestion = ReplCommandCatalog.suggestion(for: name).map { " Did you mean :\($0)?" } ?? ""
            complain("Unknown command :\(name).\(suggestion) :help lists the commands.")
        }
    }

    /// The exercise the learner is at, or nil after saying how to reach one.
    func currentExercise() -> (LessonSession, Exercise)? {
        guard let session = requireLesson() else { return nil }
        if let exercise = session.exercise(atCell: session.position) { return (session, exercise) }
        // Past an exercise's cell (at its hint or the prose after it), the last exercise above counts.
        if let exercise = session.lesson.exercises.last(where: { $0.cellIndex <= session.position }),
            !session.lesson.cells[(exercise.cellIndex + 1)...session.position].contains(where: { Self.isReadable($0.kind) })
        {
            return (session, exercise)
        }
        complain("This cell is not an exercise. :next goes on to the next one; :progress lists them all.")
        return nil
    }

    /// `:run`: runs the current example (or exercise) cell with its current text.
    func runCurrentExample() {
        guard let session = requireLesson(), let cell = session.currentCell else { return }
        guard cell.kind.isRunnable else { complain("This cell has no code to run; :next goes on."); return }
        beginRun()
        defer { endRun() }
        let index = session.position
        let result = session.runCell(at: index)
        recap.record(.cell(number: session.number(ofCell: index), code: session.currentSource(ofCell: index), output: result.output, failure: result.failure?.traceback))
        if let failure = result.failure {
            complain(failure.traceback)
            // A missing name is most often defined by a cell above that has not run yet.
            if failure.typeName == "NameError", let notRun = session.stateWarnings(before: index).first(where: { if case .notRun = $0 { true } else { false } }) {
                say(style.paint("note: " + describe(notRun, in: session), "33") + "\n")
            }
        } else if result.output.isEmpty {
            say(style.paint("ran cell \(session.number(ofCell: index))", "2") + "\n")
        }
    }

    /// `:exercise`: the task (the prose just above) and the learner's code.
    func showExercise() {
        guard let (session, exercise) = currentExercise() else { return }
        if let task = session.lesson.cells[..<exercise.cellIndex].last(where: { $0.kind == .prose }) {
            say(ProseRenderer(style: style).render(task.source))
        }
        say(
            CellPresenter(style: style).exercise(
                id: exercise.id, points: exercise.points, index: exercise.cellIndex,
                session: session, place: "cell \(session.number(ofCell: exercise.cellIndex))"))
    }

    /// `:check`: runs the learner's typed answer (if any since the last check) as the exercise,
    /// then its checks, and shows each verdict.
    func checkExercise() {
        guard let (session, exercise) = currentExercise() else { return }
        let draft = drafts[exercise.id]?.joined(separator: "\n")
        drafts[exercise.id] = nil
        beginRun()
        defer { endRun() }
        do {
            let result = if let draft { try session.submit(draft, for: exercise.id) } else { try session.check(exercise.id) }
            report(result, exercise: exercise, session: session)
        } catch {
            complain("KeyboardInterrupt: the checks were stopped; nothing was recorded. :check runs them again.")
        }
    }

    /// One check message as a bullet, word-wrapped to the terminal with its lines indented under it.
    func bullet(_ mark: String, _ message: String) -> String {
        let wrapped = ProseRenderer.wrap(message, width: style.width - 4)
        return ProseRenderer.indent(wrapped, first: "  \(mark) ", rest: "    ") + "\n"
    }

    /// Shows a check result: the outcome, each failed check, warnings about the state.
    func report(_ result: ExerciseCheckResult, exercise: Exercise, session: LessonSession) {
        recap.record(.check(id: exercise.id, outcome: result.outcome))
        if let failure = result.runFailure { complain(failure.traceback) }
        let presenter = CellPresenter(style: style)
        switch result.outcome {
        case .passed:
            say("\(presenter.status(.passed)) \(exercise.id): every check passes — \(exercise.points) point\(exercise.points == 1 ? "" : "s"). :next goes on.\n")
        case .failed(let messages):
            say("\(presenter.status(result.outcome)) \(exercise.id):\n" + messages.map { bullet("✗", $0) }.joined())
            let hintsLeft = exercise.hintIndices.count - (session.progress[exercise.id]?.hintsShown ?? 0)
            say(hintsLeft > 0 ? "Stuck? :hint shows a hint (\(hintsLeft) left).\n" : "Stuck? :solution shows the solution.\n")
        case .notAttempted:
            let failed = result.lines.filter { $0.status != .passed }.map(\.message)
            say("\(exercise.id) still has its starter code. Type your answer at the prompt (or :edit), then :check.\n")
            if !failed.isEmpty { say("What the checks expect:\n" + failed.map { bullet("•", $0) }.joined()) }
        case .lessonError(let messages):
            complain("A check of this lesson is broken (not your fault); tell the lesson's author:\n" + messages.map { "  \($0)" }.joined(separator: "\n"))
        }
        for warning in result.warnings { say(style.paint("note: " + describe(warning, in: session), "33") + "\n") }
    }

    /// A warning about the namespace in the learner's terms: cell numbers, not file lines.
    func describe(_ warning: SessionWarning, in session: LessonSession) -> String {
        func cell(_ line: Int) -> String {
            session.lesson.cells.firstIndex { $0.line == line }.map { "cell \(session.number(ofCell: $0))" } ?? "the cell at line \(line)"
        }
        switch warning {
        case .notRun(let line): return "\(cell(line)) has not run in this session, so what it defines is missing — :replay runs the cells above again"
        case .outOfOrder(let line): return "\(cell(line)) ran after a cell below it, so the state may differ from the lesson's — :rewind replays in order"
        case .editedSinceRun(let line): return "\(cell(line)) was edited after it ran — run it again"
        }
    }

    /// `:hint`: the next hint, counting it.
    func showHint() {
        guard let (session, exercise) = currentExercise() else { return }
        guard let hint = session.nextHint(for: exercise.id) else {
            say(exercise.hintIndices.isEmpty ? "This exercise has no hints. " : "No more hints. ")
            say((session.progress[exercise.id]?.attempts ?? 0) > 0 ? ":solution shows the solution.\n" : "Try an answer and :check it; then :solution is available.\n")
            return
        }
        let shown = session.progress[exercise.id]?.hintsShown ?? 1
        say(CellPresenter(style: style).header("hint \(shown)/\(exercise.hintIndices.count) for \(exercise.id)") + ProseRenderer(style: style).render(hint))
    }

    /// `:solution`: only after an attempt.
    func showSolution() {
        guard let (session, exercise) = currentExercise() else { return }
        guard let solution = session.solution(for: exercise.id) else {
            say(
                exercise.solutionIndex == nil
                    ? "This exercise has no solution cell.\n"
                    : "The solution is shown after you have tried: type an answer and :check it first (:hint helps).\n")
            return
        }
        let presenter = CellPresenter(style: style)
        say(presenter.header("solution of \(exercise.id)") + presenter.code(solution))
    }

    /// `:reset`: the starter code becomes the exercise's text again; the namespace is untouched.
    func resetExercise() {
        guard let (session, exercise) = currentExercise() else { return }
        session.edit(cell: exercise.cellIndex, source: session.lesson.cells[exercise.cellIndex].source)
        drafts[exercise.id] = nil
        say("\(exercise.id) has its starter code again (what you ran is still defined; :rewind clears it).\n")
        showCurrentCell()
    }

    /// `:skip`: leaves the exercise as it stands and goes to the next cell after it.
    func skipExercise() {
        guard let (session, exercise) = currentExercise() else { return }
        session.move(to: exercise.cellIndex)
        say("Skipping \(exercise.id); :prev comes back to it, :progress shows what is open.\n")
        stepForward()
    }

    /// `:rewind N`: a fresh namespace replays the cells run before cell N.
    func rewind(_ argument: String) {
        guard let session = requireLesson() else { return }
        guard let number = Int(argument), let index = session.cellIndex(ofNumber: number) else {
            complain("Rewind to which cell? Type :rewind N with N from 1 to \(session.numberedCells.count) (:where shows the cell you are at).")
            return
        }
        beginRun()
        defer { endRun() }
        let failures = session.rewind(to: index)
        drafts = [:]
        say("Rewound to cell \(number): a fresh namespace replayed \(session.history.count) run\(session.history.count == 1 ? "" : "s") from before it.\n")
        for failure in failures { complain("A replayed cell failed again:\n" + failure.traceback) }
        showCurrentCell()
    }

    /// `:replay`: after a resume, runs the examples above the current cell and the learner's
    /// answers up to it in a fresh namespace, so the names they defined exist again.
    func replay() {
        guard let session = requireLesson() else { return }
        let count = session.cellsToCatchUp.count
        guard count > 0 else { say("There is nothing up to this cell to run again.\n"); return }
        say(style.paint("Running the \(count) cell\(count == 1 ? "" : "s") up to here again (examples and your answers; Ctrl-C stops)…", "2") + "\n")
        beginRun()
        defer { endRun() }
        let result = session.catchUp()
        drafts = [:]
        for (index, failure) in result.failures where !(failure.isInterrupt || failure.isTimeout) {
            complain("Cell \(session.number(ofCell: index)) failed again:\n" + failure.traceback)
        }
        if result.stopped {
            say("Stopped after \(result.cellsRun) of \(count) cells; names from the cells after that are not defined. :replay starts again.\n")
        } else {
            say("Ran \(result.cellsRun) cell\(result.cellsRun == 1 ? "" : "s"); their names are defined again.\n")
        }
        if !result.unanswered.isEmpty {
            say("Not run, because you have not answered them yet: " + result.unanswered.joined(separator: ", ") + ".\n")
        }
    }

    /// `:progress`: every exercise's outcome, attempts and hints.
    func showProgress() {
        guard let session = requireLesson() else { return }
        let presenter = CellPresenter(style: style)
        say(style.paint(session.lesson.title, "1") + "\n")
        for exercise in session.lesson.exercises {
            let progress = session.progress[exercise.id] ?? ExerciseProgress()
            say(
                "  \(exercise.id) (cell \(session.number(ofCell: exercise.cellIndex)), \(exercise.points) pt): \(presenter.status(progress.outcome)), "
                    + "\(progress.attempts) attempt\(progress.attempts == 1 ? "" : "s"), \(progress.hintsShown) hint\(progress.hintsShown == 1 ? "" : "s")\n")
        }
        let total = session.lesson.exercises.reduce(0) { $0 + $1.points }
        say("score \(session.score)/\(total)\n")
    }

    /// `:recap [FILE]`: the Markdown transcript, printed or written to FILE.
    func showRecap(_ argument: String) {
        let markdown = recap.markdown(session: session)
        guard !argument.isEmpty else { say(markdown); return }
        do {
            try markdown.write(toFile: argument, atomically: true, encoding: .utf8)
            say("Wrote the recap to \(argument).\n")
        } catch {
            complain("Could not write \(argument): \(error.localizedDescription). Try a path in the current folder.")
        }
    }
}
