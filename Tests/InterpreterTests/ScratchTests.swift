import Foundation
import Testing
@testable import Interpreter

@Test func scratch() {
    guard let path = ProcessInfo.processInfo.environment["SCRATCH"], let src = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let py = PythonInterpreter(output: { print($0, terminator: "") })
    if let f = py.run(src, file: path) { print(f.traceback) }
}
