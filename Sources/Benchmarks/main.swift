import Foundation

// `swift run -c release Benchmarks SUITE [--quick]`; every figure prints as a `name: value` line.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--memory-case", arguments.count == 3, let count = Int(arguments[2]) {
    do { try runMemoryCase(arguments[1], count: count) } catch { print("memory_case_error: \(error)") }
    exit(0)
}
let quick = arguments.contains("--quick")
let requested = arguments.filter { !$0.hasPrefix("--") }

let suites: [(name: String, run: (Bool) throws -> Void)] = [
    ("tensors", { try runTensorsSuite(quick: $0) }),
    ("training", { try runTrainingSuite(quick: $0) }),
    ("interp", { try runInterpreterSuite(quick: $0) }),
    ("augment", { try runAugmentSuite(quick: $0) }),
    ("memory", { try runMemorySuite(quick: $0) }),
    ("course", { try runCourseSuite(quick: $0) }),
    ("startup", { try runStartupSuite(quick: $0) }),
]

let chosen = requested.isEmpty ? suites : suites.filter { requested.contains($0.name) }
if chosen.isEmpty {
    print("unknown suite \(requested.joined(separator: " ")); choose from: \(suites.map(\.name).joined(separator: ", "))")
}
for suite in chosen {
    print("# \(suite.name)")
    do { try suite.run(quick) } catch { print("\(suite.name)_error: \(error)") }
}
