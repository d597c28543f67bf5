import Foundation
import Testing

/// The learner's whole loop, in a real terminal: open a lesson, run a cell, fail a check, take a
/// hint, pass, stop training with Ctrl-C, quit, come back to the same cell and outcomes.
@Test func aLearnerWorksThroughALessonAndResumesWhereTheyLeft() throws {
    let course = try CourseFolder()
    do {
        let terminal = try TerminalSession(arguments: ["--lessons", course.lessons.path], environment: course.environment, folder: course.root)
        try terminal.waitFor("the first lesson") { $0.contains("Hello, fixture") && $0.contains(">>>") }
        try terminal.type(":next")
        try terminal.waitFor("the example cell") { $0.contains("example · cell 2/") }
        try terminal.type(":run")
        try terminal.waitFor("the example to run") { $0.contains("ran cell 2") }
        try terminal.type("xs.shape")
        try terminal.waitFor("the namespace to hold xs") { $0.contains("(6,)") }
        try terminal.type(":next")
        try terminal.type(":next")
        try terminal.waitFor("the exercise") { $0.contains("exercise double · 2 points") }
        try terminal.type("def double(x): return x * x")
        try terminal.type("")
        try terminal.type(":check")
        try terminal.waitFor("the failed check") { $0.contains("failed double:") && $0.contains("should be 6, found 9") }
        try terminal.type(":hint")
        try terminal.waitFor("the hint") { $0.contains("hint 1/1 for double") && $0.contains("2 * x") }
        try terminal.type("def double(x): return 2 * x")
        try terminal.type("")
        try terminal.type(":check")
        try terminal.waitFor("the pass") { $0.contains("double: every check passes") }

        try terminal.type(":open 2")
        try terminal.waitFor("the training lesson") { $0.contains("Training you can stop") }
        try terminal.type(":next")
        try terminal.type(":run")
        try terminal.waitFor("the model to be built") { occurrences(of: "ran cell 2", in: $0) == 2 }
        try terminal.type(":next")
        try terminal.type(":run")
        Thread.sleep(forTimeInterval: 1.0)
        try terminal.send("C-c")
        try terminal.waitFor("the interrupted fit") { $0.contains("KeyboardInterrupt") }
        try terminal.type("len(model.get_weights())")
        try terminal.waitFor("the model to stay usable") { screen in
            screen.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "2" }
        }
        try terminal.type(":open hello-fixture")
        try terminal.waitFor("the first lesson again") { $0.contains("Lesson Hello, fixture, cell 4 of") }
        try terminal.type(":quit")
        Thread.sleep(forTimeInterval: 0.5)
    }
    let again = try TerminalSession(arguments: ["--lessons", course.lessons.path], environment: course.environment, folder: course.root)
    try again.waitFor("the resumed lesson") { $0.contains("Welcome back") && $0.contains("exercise double") }
    try again.type(":progress")
    let screen = try again.waitFor("the saved outcomes") { $0.contains("score ") }
    #expect(screen.contains("double (cell 4, 2 pt): passed ✓, 2 attempts, 1 hint"))
    #expect(screen.contains("score 2/"))
    try again.type(":replay")
    try again.waitFor("the replay") { $0.contains("their names are defined again") }
    try again.type("double(21) + xs.shape[0]")
    try again.waitFor("the replayed answer and example") { screen in
        screen.components(separatedBy: "\n").contains { $0.trimmingCharacters(in: .whitespaces) == "48" }
    }
}

@Test func pipedOutputIsPlainTextWithoutEscapesOrRedraws() throws {
    let course = try CourseFolder()
    let input = ":next\n:run\n:next\n:next\nprint('done')\n:nxt\nnext\n:quit\n"
    let (status, output) = try runPiped(["--lessons", course.lessons.path], input: input, in: course)
    #expect(status == 0)
    #expect(!output.contains("\u{1b}"), "no escape sequences")
    #expect(!output.contains("\r"), "no carriage returns")
    #expect(output.contains("# Hello, fixture"))
    #expect(output.contains("Unknown command :nxt. Did you mean :next?"))
    #expect(output.contains("Commands start with a colon: type :next."))
}

@Test func editOpensTheExerciseInTheEditorThenChecksIt() throws {
    let course = try CourseFolder()
    let answer = try course.write("answer.py", "print(\"Hello, Deeplings\")\n")
    let input = ":next\n:next\n:next\n:next\n:next\n:edit\n:progress\n:quit\n"
    let (status, output) = try runPiped(
        ["--lessons", course.lessons.path], input: input, in: course,
        environment: ["EDITOR": "cp '\(answer)'"])
    #expect(status == 0)
    #expect(output.contains("passed ✓ greet: every check passes"))
    #expect(output.contains("greet (cell 6, 1 pt): passed ✓, 1 attempt"))
}

@Test func aFailingEditorChecksNothingAndSaysWhatToDo() throws {
    let course = try CourseFolder()
    let (_, output) = try runPiped(
        ["--lessons", course.lessons.path], input: ":next\n:next\n:next\n:edit\n", in: course,
        environment: ["EDITOR": "false"])
    #expect(output.contains("The editor (false) exited with status 1; nothing was checked."))
}

@Test func anUnwritableStateFolderIsReportedOnceAndTheLessonGoesOn() throws {
    let course = try CourseFolder()
    let blocker = try course.write("not-a-folder", "")
    let (status, output) = try runPiped(
        ["--lessons", course.lessons.path], input: ":next\n:run\nprint(xs.shape)\n:quit\n", in: course,
        environment: ["XDG_STATE_HOME": blocker, "XDG_DATA_HOME": blocker])
    #expect(status == 0)
    #expect(occurrences(of: "could not save your progress", in: output) == 1)
    #expect(output.contains("(6,)"))
}

@Test func plainModeShowsKerasProgressAsLinesAndFiguresInWords() throws {
    let course = try CourseFolder()
    let input = """
        import numpy as np
        from tensorflow import keras
        m = keras.Sequential([keras.layers.Dense(1, input_shape=[1])])
        m.compile(optimizer='sgd', loss='mse')
        h = m.fit(np.array([1.0, 2.0]), np.array([1.0, 3.0]), epochs=2)
        import matplotlib.pyplot as plt
        _ = plt.imshow(np.zeros((28, 28))); _ = plt.title('boot'); plt.show()

        """
    let (status, output) = try runPiped(["--plain", "--lessons", course.root.appendingPathComponent("none").path], input: input, in: course)
    #expect(status == 0)
    #expect(!output.contains("\u{1b}") && !output.contains("\r") && !output.contains("\u{8}"))
    #expect(output.contains("Epoch 2/2\n\n1/1 ━━━━━━━━━━━━━━━━━━━━ "), "Keras' non-dynamic display: each update on a new line")
    #expect(output.contains("Figure: image 28×28 grayscale"))
    #expect(output.contains("title 'boot'"))
}

@Test func withoutLessonsItSaysHowToAddOneAndRunsPython() throws {
    let course = try CourseFolder()
    let (status, output) = try runPiped(
        ["--lessons", course.root.appendingPathComponent("none").path],
        input: "print(6 * 7)\n:lessons\nexit()\n", in: course)
    #expect(status == 0)
    #expect(output.contains("No lessons found in"))
    #expect(output.contains("42"))
}

@Test func versionFlagPrintsTheVersion() throws {
    let course = try CourseFolder()
    let (status, output) = try runPiped(["--version"], input: "", in: course)
    #expect(status == 0)
    #expect(output.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, "got \(output)")
}

/// How many times `word` appears in `text`.
func occurrences(of word: String, in text: String) -> Int {
    text.components(separatedBy: word).count - 1
}

@Test func runIntoAPipeWritesPlainText() throws {
    let course = try CourseFolder()
    let script = try course.write(
        "fit.py",
        """
        import numpy as np
        import tensorflow as tf
        x = np.array([-1.0, 0.0, 1.0, 2.0])
        y = np.array([-3.0, -1.0, 1.0, 3.0])
        model = tf.keras.Sequential([tf.keras.layers.Dense(units=1, input_shape=[1])])
        model.compile(optimizer='sgd', loss='mean_squared_error')
        model.fit(x, y, epochs=2)
        print('done')
        """)
    let (status, output) = try runPiped(["run", script], input: "", in: course)
    #expect(status == 0)
    #expect(output.contains("Epoch 2/2") && output.contains("done"))
    #expect(!output.contains("\r") && !output.contains("\u{1b}"), "no redraws or colours in a log:\n\(output)")
}

@Test func aNameErrorInAnExamplePointsToTheCellAboveThatHasNotRun() throws {
    let course = try CourseFolder()
    let lessons = course.root.appendingPathComponent("Steps")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    try "---\nid: steps\ntitle: Steps\n---\nFirst.\n\n```python\na = 1\n```\n\nThen.\n\n```python\nprint(a + 1)\n```\n"
        .write(to: lessons.appendingPathComponent("01-steps.md"), atomically: true, encoding: .utf8)
    let (status, output) = try runPiped(["--lessons", lessons.path], input: ":next\n:next\n:next\n:run\n:quit\n", in: course)
    #expect(status == 0)
    #expect(output.contains("NameError: name 'a' is not defined"))
    #expect(output.contains("note: cell 2 has not run in this session"), "\(output)")
}
