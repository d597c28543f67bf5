import Foundation

/// The grading half of the `course` suite: `deeplings grade` on a class of fixture submissions, all
/// cores. `grade_overhead_submissions_per_s` grades with a checker that only prints a canned
/// result (the cost of a child, its limits and the report); `grade_submissions_per_s` with the
/// real `deeplings check`, when the `deeplings` beside this binary has it.
func runGradeSuite(quick: Bool) throws {
    let count = quick ? 40 : 200
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

/// Runs `deeplings grade` once and returns its wall time and how many submissions it graded.
private func timeGrade(_ deeplings: String, lesson: String, submissions: [String], checker: String?, folder: String) throws -> (seconds: Double, graded: Int) {
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
    process.waitUntilExit()
    let seconds = monotonicSeconds() - start
    guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: report),
          let json = try JSONSerialization.jsonObject(with: data) as? [String: Any],
          let summary = json["summary"] as? [String: Any], let graded = summary["graded"] as? Int else {
        throw BenchmarkFailure(message: "deeplings grade failed with status \(process.terminationStatus)")
    }
    return (seconds, graded)
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
