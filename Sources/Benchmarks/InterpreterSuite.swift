import Foundation
import Interpreter

/// Runs the `interp` benchmark suite: each peer script (loop-heavy, object-heavy) on this
/// interpreter and on `python3`, interleaved, best of a few runs each. Times are process CPU
/// seconds, which the other jobs sharing this machine's two cores disturb far less than wall time.
func runInterpreterSuite(quick: Bool) throws {
    for name in ["loop", "objects"] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Benchmarks/peers/interp_\(name).py")
        var source = try String(contentsOf: script, encoding: .utf8)
        if quick { source = source.replacingOccurrences(of: "ROUNDS = 6", with: "ROUNDS = 1") }
        let repeats = quick ? 1 : 5

        var ours = Double.infinity, theirs = Double.infinity
        var printed = "", cpythonPrinted = ""
        for _ in 0..<repeats {
            printed = ""
            let py = PythonInterpreter(output: { printed += $0 })
            let start = processCPUSeconds()
            if let failure = py.run(source, file: "interp_\(name).py") { throw BenchmarkFailure(message: failure.traceback) }
            ours = min(ours, processCPUSeconds() - start)
            let timing = try runCPython(source)
            theirs = min(theirs, timing.seconds)
            cpythonPrinted = timing.output
        }
        guard printed.trimmingCharacters(in: .whitespacesAndNewlines) == cpythonPrinted.trimmingCharacters(in: .whitespacesAndNewlines) else {
            throw BenchmarkFailure(message: "outputs differ: ours \(printed) vs CPython \(cpythonPrinted)")
        }
        // The loop figures keep the names earlier notes used.
        print("interp_\(name)_seconds: \(String(format: "%.3f", ours))")
        print("cpython_\(name)_seconds: \(String(format: "%.3f", theirs))")
        print("\(name == "loop" ? "interp" : "interp_\(name)")_to_cpython_ratio: \(String(format: "%.2f", ours / theirs))")
    }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Times `source` under `python3`, excluding interpreter start-up.
func runCPython(_ source: String) throws -> (seconds: Double, output: String) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("deeplings_interp_loop.py")
    try source.write(to: file, atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let timer =
        "import time, runpy, sys, io; out = io.StringIO(); real = sys.stdout; sys.stdout = out; "
        + "t = time.process_time(); runpy.run_path(sys.argv[1]); d = time.process_time() - t; "
        + "sys.stdout = real; print(d); print(out.getvalue(), end='')"
    process.arguments = ["python3", "-c", timer, file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    var lines = text.split(separator: "\n", maxSplits: 1).map(String.init)
    guard process.terminationStatus == 0, let first = lines.first, let seconds = Double(first) else {
        throw BenchmarkFailure(message: "python3 failed: \(text)")
    }
    lines.removeFirst()
    return (seconds, lines.first ?? "")
}
