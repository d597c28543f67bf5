import Foundation

/// Runs the `startup` suite: milliseconds from starting `deeplings` (built beside this binary)
/// to its first `>>> ` prompt, with a fixture lesson to resume; best of several runs.
func runStartupSuite(quick: Bool) throws {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("deeplings")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
        throw BenchmarkFailure(message: "no deeplings binary at \(binary.path); build it first (swift build -c release)")
    }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings-startup-\(getpid())")
    let lessons = work.appendingPathComponent("Lessons")
    try FileManager.default.createDirectory(at: lessons, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.copyItem(
        at: root.appendingPathComponent("Tests/CourseTests/Fixtures/hello.md"),
        to: lessons.appendingPathComponent("01-hello.md"))
    var best = Double.infinity
    for _ in 0..<(quick ? 3 : 10) {
        best = min(best, try millisecondsToFirstPrompt(binary: binary, folder: work))
    }
    print("startup_ms: \(String(format: "%.1f", best))")
}

/// Starts the prompt with piped input (readline then echoes the prompt on standard output),
/// waits for `>>> `, then ends it with end of input.
private func millisecondsToFirstPrompt(binary: URL, folder: URL) throws -> Double {
    let process = Process()
    process.executableURL = binary
    process.arguments = ["--lessons", folder.appendingPathComponent("Lessons").path]
    process.currentDirectoryURL = folder
    var environment = ProcessInfo.processInfo.environment
    environment["XDG_STATE_HOME"] = folder.appendingPathComponent("state").path
    process.environment = environment
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let start = monotonicSeconds()
    try process.run()
    var seen = Data()
    let prompt = Data(">>> ".utf8)
    while seen.range(of: prompt) == nil {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        seen.append(chunk)
    }
    let elapsed = (monotonicSeconds() - start) * 1000
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    guard seen.range(of: prompt) != nil else {
        throw BenchmarkFailure(message: "deeplings printed no prompt: \(String(decoding: seen, as: UTF8.self))")
    }
    return elapsed
}
