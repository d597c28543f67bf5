// Benchmarks: `swift run -c release Benchmarks [suite]`; each figure prints as `name: value`.
let suites = CommandLine.arguments.dropFirst()
print("suites: none yet (asked for \(suites.joined(separator: " ")))")
