import Foundation
import Testing
@testable import Interpreter

/// One golden script: its source and the expectations written in its comments.
struct GoldenScript: CustomStringConvertible, Sendable {
    let name: String
    let source: String
    var description: String { name }

    /// `# expect: text` lines, in order: the printed output.
    var expectedOutput: [String] {
        source.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            guard let r = line.range(of: "# expect: ") else { return nil }
            return String(line[r.upperBound...])
        }
    }

    /// `# expect error: Type: message`: the traceback's last line.
    var expectedError: String? {
        source.split(separator: "\n").lazy.compactMap { line in
            line.range(of: "# expect error: ").map { String(line[$0.upperBound...]) }
        }.first
    }

    /// `# expect traceback:` block lines (`#| text`), compared with the whole traceback.
    var expectedTraceback: [String]? {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).filter { $0.hasPrefix("#| ") || $0 == "#|" }
        return lines.isEmpty ? nil : lines.map { $0 == "#|" ? "" : String($0.dropFirst(3)) }
    }

    var echo: EchoMode { source.hasPrefix("# mode: interactive") ? .everyExpression : .none }

    static func all() -> [GoldenScript] {
        guard let folder = Bundle.module.url(forResource: "Scripts", withExtension: nil),
            let files = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return files.filter { $0.hasSuffix(".py") }.sorted().compactMap { file in
            guard let text = try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8) else { return nil }
            return GoldenScript(name: file, source: text)
        }
    }
}

@Test func goldenScriptsArePresent() {
    #expect(GoldenScript.all().count >= 20)
}

@Test(arguments: GoldenScript.all())
func goldenScript(_ script: GoldenScript) {
    var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    py.limits = RunLimits(stepBudget: 50_000_000, timeLimit: .seconds(20))
    let failure = py.run(script.source, file: script.name, echo: script.echo)
    var lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    #expect(lines == script.expectedOutput, "output of \(script.name)")
    if let expected = script.expectedError {
        let last = failure?.traceback.split(separator: "\n").last.map(String.init)
        #expect(last == expected, "error of \(script.name): \(failure?.traceback ?? "no error")")
    } else {
        if let failure { print("--- \(script.name)\n\(failure.traceback)") }
        #expect(failure == nil, "unexpected error in \(script.name): \(failure?.traceback ?? "")")
    }
    if let traceback = script.expectedTraceback {
        let actual = (failure?.traceback ?? "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter { !$0.isEmpty }
        #expect(actual == traceback.filter { !$0.isEmpty }, "traceback of \(script.name)")
    }
}
