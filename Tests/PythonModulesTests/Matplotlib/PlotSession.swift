import Foundation
import Interpreter
@testable import Plotting
@testable import PythonModules

/// An interpreter with numpy and matplotlib registered, a temporary workspace, fixed terminal
/// options, and everything printed collected in `output`.
final class PlotSession {
    let interpreter: PythonInterpreter
    let session: MatplotlibSession
    let workspace: String
    private let printed = OutputBox()

    init(colorMode: TerminalOptions.ColorMode = .palette256, width: Int = 80) {
        let box = printed
        interpreter = PythonInterpreter(output: { box.text += $0 })
        workspace = NSTemporaryDirectory() + "pyplot-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: workspace, withIntermediateDirectories: true)
        interpreter.policy = SandboxPolicy(readableFolders: [], workspaceFolder: workspace)
        NumPyBinding.register(in: interpreter)
        session = MatplotlibBinding.register(in: interpreter, terminal: { TerminalOptions(width: width, colorMode: colorMode) })
        _ = interpreter.run("import numpy as np\nimport matplotlib.pyplot as plt\nimport matplotlib.image as mpimg")
    }

    deinit { try? FileManager.default.removeItem(atPath: workspace) }

    var output: String { printed.text }

    /// Runs `source`; returns what it printed, or throws the Python traceback.
    @discardableResult
    func run(_ source: String, echo: EchoMode = .none) throws -> String {
        let start = printed.text.endIndex
        if let failure = interpreter.run(source, echo: echo) { throw Failure(description: failure.traceback) }
        return String(printed.text[start...])
    }

    /// The repr of one expression.
    func repr(_ expression: String) throws -> String {
        try interpreter.repr(try interpreter.evaluate(expression))
    }

    /// The failure `source` raises (nil when it runs cleanly).
    func failure(_ source: String) -> PythonFailure? { interpreter.run(source) }

    struct Failure: Error, CustomStringConvertible { let description: String }
}

final class OutputBox { var text = "" }

extension String {
    /// Whether the text contains Unicode braille cells (U+2800…U+28FF), as line plots draw.
    var containsBraille: Bool { unicodeScalars.contains { (0x2800...0x28FF).contains($0.value) } }
    /// Whether the text contains an ANSI escape sequence.
    var containsEscape: Bool { contains("\u{1B}[") }
}
