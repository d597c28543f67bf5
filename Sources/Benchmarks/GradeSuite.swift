import Course
import Foundation

/// The grading half of the `course` suite: `deeplings grade` on a class of fixture submissions (1,000;
/// 40 with `--quick`), all cores. `grade_overhead_submissions_per_s` grades with a checker that
/// only prints a canned result (the cost of a child, its limits and the report);
/// `grade_submissions_per_s` with the real `deeplings check`, when the `deeplings` beside this
/// binary has it, with the grading process's peak memory and the largest child's. Then
/// `grade_training_*` grades a few submissions of a lesson whose check trains a small CNN on
/// Fashion-MNIST, the per-submission cost a cluster projection starts from.
func runGradeSuite(quick: Bool) throws {
    let count = quick ? 40 : 1000
    guard let deeplings = siblingExecutable("deeplings") else {
        print("# course: no deeplings executable beside Benchmarks; build it first: swift build -c release --product deeplings")
        return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-course-bench-\(getpid())").path
    try? FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let lesson = try writeFixtureClass(in: folder, count: count)

    let fake = (folder as NSString).appendingPathComponent("canned-checker.sh")
    try cannedChecker.write(toFile: fake, atomically: true, encoding: .utf8)
    chmod(fake, 0o755)
    let overhead = try timeGrade(deeplings, lesson: lesson.path, submissions: lesson.submissions, checker: fake, folder: folder)
    print("grade_overhead_submissions_per_s: \(String(format: "%.1f", Double(count) / overhead.seconds))")

    guard hasSubcommand(deeplings, "check") else {
        print("# grade_submissions_per_s skipped: this deeplings has no `check` command yet")
        return
    }
    let real = try timeGrade(deeplings, lesson: lesson.path, submissions: lesson.submissions, checker: nil, folder: folder)
    print("grade_submissions_per_s: \(String(format: "%.2f", Double(count) / real.seconds))")
    print("grade_graded_of_\(count): \(real.graded)")
    print("grade_cpu_s_per_submission: \(String(format: "%.3f", real.cpuSeconds / Double(count)))")
    print("grade_peak_rss_mb: \(String(format: "%.1f", real.peakKB / 1024))")
    print("grade_child_peak_rss_mb: \(String(format: "%.1f", childPeakKB() / 1024))")

    let trainingCount = quick ? 2 : 6
    let training = try writeTrainingClass(in: folder, count: trainingCount)
    let heavy = try timeGrade(deeplings, lesson: training.path, submissions: training.submissions, checker: nil, folder: folder)
    print("grade_training_submissions_per_s: \(String(format: "%.3f", Double(trainingCount) / heavy.seconds))")
    print("grade_training_wall_s_per_submission: \(String(format: "%.2f", heavy.seconds / Double(trainingCount)))")
    print("grade_training_cpu_s_per_submission: \(String(format: "%.2f", heavy.cpuSeconds / Double(trainingCount)))")
    print("grade_training_graded_of_\(trainingCount): \(heavy.graded)")
    printProjection(name: "training", wallPerSubmission: heavy.seconds / Double(trainingCount))

    // A real lesson's solutions, when one is named: the cost a class of that lesson will have.
    guard let path = ProcessInfo.processInfo.environment["DEEPLINGS_BENCH_GRADE_LESSON"] else {
        print("# grade_lesson_* skipped: set DEEPLINGS_BENCH_GRADE_LESSON=Lessons/NN-name.md to grade copies of its solutions")
        return
    }
    let copies = quick ? 1 : 4
    let solutions = try writeSolutionClass(of: path, in: folder, count: copies)
    let solved = try timeGrade(deeplings, lesson: path, submissions: solutions, checker: nil, folder: folder)
    print("grade_lesson_wall_s_per_submission: \(String(format: "%.2f", solved.seconds / Double(copies)))")
    print("grade_lesson_cpu_s_per_submission: \(String(format: "%.2f", solved.cpuSeconds / Double(copies)))")
    print("grade_lesson_graded_of_\(copies): \(solved.graded)")
    printProjection(name: "lesson", wallPerSubmission: solved.seconds / Double(copies))
}

/// The wall time of a class of 10,000 on a 64-task array of machines like this one (each task
/// grading at the throughput measured here): the largest of the 64 hash shards decides.
private func printProjection(name: String, wallPerSubmission: Double) {
    var sizes = [Int](repeating: 0, count: 64)
    for shard in GradingShard.assignments(of: (0..<10_000).map { "class/student-\($0).py" }, count: 64) { sizes[shard] += 1 }
    let largest = sizes.max() ?? 0
    print("grade_\(name)_projected_10000_on_64_nodes_min: \(String(format: "%.1f", Double(largest) * wallPerSubmission / 60)) (largest shard \(largest))")
}

/// `count` folders holding the solution of every exercise of the lesson at `path` as `EXERCISE_ID.py`.
private func writeSolutionClass(of path: String, in folder: String, count: Int) throws -> [String] {
    let lesson = try Lesson.load(path: path)
    return try (0..<count).map { index in
        let submission = (folder as NSString).appendingPathComponent("solver\(index)")
        try FileManager.default.createDirectory(atPath: submission, withIntermediateDirectories: true)
        for exercise in lesson.exercises {
            guard let solution = exercise.solutionIndex else { continue }
            try lesson.cells[solution].source.write(toFile: (submission as NSString).appendingPathComponent(exercise.id + ".py"), atomically: true, encoding: .utf8)
        }
        return submission
    }
}

/// A lesson whose check trains: a small CNN on 4,000 Fashion-MNIST images for three epochs,
/// judged on its test accuracy (about the work of lesson 4's graded exercises); every submission
/// trains, one in three forgets to scale the pixels and so learns less.
private func writeTrainingClass(in folder: String, count: Int) throws -> (path: String, submissions: [String]) {
    let lesson = (folder as NSString).appendingPathComponent("training.md")
    let solution = """
        model = keras.Sequential([
            keras.layers.Conv2D(16, (3, 3), activation='relu', input_shape=(28, 28, 1)),
            keras.layers.MaxPooling2D(2, 2),
            keras.layers.Flatten(),
            keras.layers.Dense(64, activation='relu'),
            keras.layers.Dense(10, activation='softmax'),
        ])
        model.compile(optimizer='adam', loss='sparse_categorical_crossentropy', metrics=['accuracy'])
        model.fit(x_train / 255.0, y_train, epochs=3, verbose=0)
        """
    try """
    ---
    id: bench-training
    title: A training benchmark lesson
    ---
    Train a convolutional network.

    ```python
    from tensorflow import keras
    (x_train, y_train), (x_test, y_test) = keras.datasets.fashion_mnist.load_data()
    x_train = x_train[:4000].reshape(4000, 28, 28, 1)
    y_train = y_train[:4000]
    x_test = x_test[:1000].reshape(1000, 28, 28, 1) / 255.0
    y_test = y_test[:1000]
    ```

    ```exercise id=cnn points=3
    model = None
    ```

    ```hint id=cnn
    Conv2D, MaxPooling2D, Flatten, Dense.
    ```

    ```solution id=cnn
    \(solution)
    ```

    ```check id=cnn
    assert model is not None, "model should be a trained model"
    loss, accuracy = model.evaluate(x_test, y_test, verbose=0)
    assert accuracy > 0.6, "test accuracy should pass 0.6"
    ```

    """.write(toFile: lesson, atomically: true, encoding: .utf8)
    let submissions = try (0..<count).map { index -> String in
        let path = (folder as NSString).appendingPathComponent("trainer\(index).py")
        let text = index % 3 != 2 ? solution : solution.replacingOccurrences(of: "x_train / 255.0", with: "x_train")
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
    return (lesson, submissions)
}

/// The largest resident set of any child this process has waited for (and their children), in KiB.
private func childPeakKB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    return Double(usage.ru_maxrss)
}

/// A one-exercise lesson and `count` submissions, every other one wrong.
private func writeFixtureClass(in folder: String, count: Int) throws -> (path: String, submissions: [String]) {
    let lesson = (folder as NSString).appendingPathComponent("lesson.md")
    try """
    ---
    id: bench-sum
    title: A benchmark lesson
    ---
    Add the numbers.

    ```exercise id=total points=1
    total = 0
    ```

    ```hint id=total
    Use sum().
    ```

    ```solution id=total
    total = sum([1, 2, 3])
    ```

    ```check id=total
    assert total == 6, "total should be 6"
    ```

    """.write(toFile: lesson, atomically: true, encoding: .utf8)
    let submissions = try (0..<count).map { index -> String in
        let path = (folder as NSString).appendingPathComponent("student\(index).py")
        try (index % 2 == 0 ? "total = sum([1, 2, 3])\n" : "total = 5\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
    return (lesson, submissions)
}

/// Runs `deeplings grade` once and returns its wall time, how many submissions it graded, the
/// children's CPU seconds as the report counts them, and the grading process's peak resident set
/// (KiB, its `VmHWM` sampled every 20 ms).
private func timeGrade(_ deeplings: String, lesson: String, submissions: [String], checker: String?, folder: String)
    throws -> (seconds: Double, graded: Int, cpuSeconds: Double, peakKB: Double)
{
    let report = (folder as NSString).appendingPathComponent("report.json")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: deeplings)
    process.arguments = ["grade", lesson, "--out", report, "--"] + submissions
    var environment = ProcessInfo.processInfo.environment
    environment["DEEPLINGS_GRADE_CHECKER"] = checker
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let start = monotonicSeconds()
    try process.run()
    var peakKB = 0.0
    while process.isRunning {
        peakKB = max(peakKB, highWaterKB(of: process.processIdentifier))
        usleep(20_000)
    }
    process.waitUntilExit()
    let seconds = monotonicSeconds() - start
    guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: report),
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
        let summary = json["summary"] as? [String: Any], let graded = summary["graded"] as? Int
    else {
        throw BenchmarkFailure(message: "deeplings grade failed with status \(process.terminationStatus)")
    }
    let cpu = (json["submissions"] as? [[String: Any]] ?? []).reduce(0.0) { $0 + (($1["cpuSeconds"] as? Double) ?? 0) }
    return (seconds, graded, cpu, peakKB)
}

/// `VmHWM` of a running process, in KiB (0 once it has ended).
private func highWaterKB(of pid: Int32) -> Double {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return Double(line.split(separator: " ").dropFirst().first ?? "") ?? 0
}

/// True when `deeplings --help` lists `name` among its subcommands (an unknown word would go
/// to the default `repl` subcommand, so trying it proves nothing).
private func hasSubcommand(_ executable: String, _ name: String) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--help"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    let help = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return help.split(separator: "\n").contains { $0.hasPrefix("  \(name) ") }
}

/// An executable built beside this one (same configuration and build folder).
private func siblingExecutable(_ name: String) -> String? {
    let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    let candidate = URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent(name).path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
}

/// A checker that does no checking: it hashes the lesson and prints a passing result.
private let cannedChecker = #"""
    #!/bin/sh
    hash="sha256:$(sha256sum "$1" | cut -d' ' -f1)"
    printf '{"deeplings":"0.6.0","lesson":{"id":"bench-sum","path":"%s","hash":"%s"},"submission":"%s","status":"graded","score":1,"maxScore":1,"exercises":[{"id":"total","points":1,"earned":1,"outcome":"passed","checks":[]}]}\n' "$1" "$hash" "$2"
    """#
