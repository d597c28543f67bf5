import Course
import Foundation

extension Repl {
    /// Opens the lesson the learner worked in last, at its cell; or says how to start.
    func resume() {
        for problem in library.problems { complain("deeplings: skipping a lesson that does not parse:\n\(problem)") }
        guard !library.lessons.isEmpty else {
            say(
                "No lessons found in '\(library.folder)/'. Put lesson files (NN-name.md) there, or start with "
                    + "`deeplings --lessons DIR`. Meanwhile this is a Python prompt: `import tensorflow as tf` works.\n"
                    + "Ctrl-C stops a run, Ctrl-D leaves, :help lists the commands.\n")
            return
        }
        if let id = keeper.lastLessonID(), let lesson = library.lesson(id: id) {
            open(lesson, greeting: "Welcome back.")
        } else {
            say(
                "\(library.lessons.count) lesson\(library.lessons.count == 1 ? "" : "s") in '\(library.folder)/'. "
                    + "Starting with the first; :lessons lists them all, :help the commands.\n")
            open(library.lessons[0], greeting: nil)
        }
    }

    /// Opens `lesson` where the learner left it and shows the cell there.
    func open(_ lesson: Lesson, greeting: String?) {
        save()
        // The data sets a lesson's cells name are rendered once, before its code needs them; a
        // failure or Ctrl-C is reported (with its fix) and the lesson opens anyway.
        clearInterrupts()
        try? LessonDatasets.prepare(lessonPath: lesson.path, root: "datasets")
        clearInterrupts()
        let session = LessonSession(
            lesson: lesson, policy: policy, interrupt: sessionInterrupt,
            output: { [weak self] in self?.sayProgramOutput($0) })
        let saved = keeper.saved(lessonID: lesson.id)
        if let saved { session.restore(saved.exercises, position: saved.position) }
        self.session = session
        drafts = [:]
        recap = RecapLog()
        recap.record(.opened(title: lesson.title))
        var intro = (greeting.map { $0 + " " } ?? "") + "Lesson " + style.paint(lesson.title, "1")
        if saved != nil, session.position > 0 {
            intro +=
                ", cell \(session.number(ofCell: session.position)) of \(session.numberedCells.count). The cells above have not run in this session: "
                + ":replay runs them again (examples and your answers).\n"
        } else {
            intro += ". :next steps through it one cell at a time.\n"
        }
        say(ProseRenderer.wrap(intro, width: style.width))
        if session.position == 0, !(session.currentCell?.kind.isShownToLearner ?? true) { stepForward() } else { showCurrentCell() }
        save()
    }

    /// Saves the open lesson's position and outcomes; a failure is reported, never fatal.
    func save() {
        guard let session else { return }
        do {
            try keeper.save(SavedLesson(position: session.position, exercises: session.progress), lessonID: session.lesson.id)
            saveFailureReported = false
        } catch {
            guard !saveFailureReported else { return }
            saveFailureReported = true
            complain("deeplings: could not save your progress (\(error.localizedDescription)); check that \(deeplingsStateFolder()) is writable.")
        }
    }

    /// `:lessons`: each lesson with its number, id, points earned and the one that is open.
    func listLessons() {
        guard !library.lessons.isEmpty else { say("No lessons in '\(library.folder)/'.\n"); return }
        for (number, lesson) in library.lessons.enumerated() {
            let progress = session?.lesson.id == lesson.id ? session?.progress : keeper.saved(lessonID: lesson.id)?.exercises
            let passed = lesson.exercises.filter { progress?[$0.id]?.outcome == .passed }
            let earned = passed.reduce(0) { $0 + $1.points }
            let total = lesson.exercises.reduce(0) { $0 + $1.points }
            let marker = session?.lesson.id == lesson.id ? style.paint("▸", "1") : " "
            say("\(marker) \(number + 1). \(lesson.title) (\(lesson.id)) — \(passed.count)/\(lesson.exercises.count) exercises, \(earned)/\(total) points\n")
        }
        say("Open one with :open N.\n")
    }

    /// `:open N|id`.
    func openCommand(_ argument: String) {
        guard !argument.isEmpty else { complain("Which lesson? Type :open N with a number from :lessons, or :open ID."); return }
        guard let lesson = library.lesson(argument) else {
            complain("No lesson '\(argument)' in '\(library.folder)/'. :lessons lists them (\(library.lessons.count) found).")
            return
        }
        open(lesson, greeting: nil)
    }

    /// Moves to the next cell the learner reads (hints stay hidden until `:hint`) and shows it.
    func stepForward() {
        guard let session = requireLesson() else { return }
        let start = session.position
        while let cell = session.advance() {
            if case .hint = cell.kind { continue }
            showCurrentCell()
            return
        }
        session.move(to: start)
        say("That is the end of '\(session.lesson.title)'. " + endOfLessonNote(session) + "\n")
    }

    /// Moves back to the previous cell the learner reads and shows it.
    func stepBack() {
        guard let session = requireLesson() else { return }
        var index = session.position - 1
        while index >= 0, !Self.isReadable(session.lesson.cells[index].kind) { index -= 1 }
        guard index >= 0 else { say("This is the first cell of the lesson.\n"); return }
        session.move(to: index)
        showCurrentCell()
    }

    static func isReadable(_ kind: CellKind) -> Bool {
        switch kind {
        case .prose, .example, .exercise: true
        default: false
        }
    }

    private func endOfLessonNote(_ session: LessonSession) -> String {
        let open = session.lesson.exercises.filter { session.progress[$0.id]?.outcome != .passed }
        if open.isEmpty { return "Every exercise passed — :lessons to pick the next lesson." }
        return "Still open: " + open.map(\.id).joined(separator: ", ") + " (:progress shows them)."
    }

    /// Shows the cell at the current position.
    func showCurrentCell() {
        guard let session = requireLesson(), let cell = session.currentCell else { return }
        say(CellPresenter(style: style).present(cell, index: session.position, session: session))
    }

    /// The open session, or nil after telling the learner how to open one.
    func requireLesson() -> LessonSession? {
        if let session { return session }
        complain(
            library.lessons.isEmpty
                ? "No lesson is open: there are no lessons in '\(library.folder)/' (use --lessons DIR)."
                : "No lesson is open: :lessons lists them, :open N opens one.")
        return nil
    }
}
