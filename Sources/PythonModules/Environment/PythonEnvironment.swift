import Foundation
import Interpreter
import NeuralNet

/// A Python interpreter set up as learners meet it: the standard library, `numpy`, `tensorflow`/
/// `keras` and `matplotlib` importable, notebook lines understood, and a sandbox.
///
///     let py = PythonEnvironment.makeInterpreter(policy: .init(readableFolders: [cwd], workspaceFolder: cwd))
///     if let failure = py.run(source, file: "hello.py") { print(failure.traceback) }
public enum PythonEnvironment {
    /// Folders course code may read besides the workspace: Fashion-MNIST's Debian folder.
    public static var dataFolders: [String] {
        [ProcessInfo.processInfo.environment["DEEPLINGS_FASHION_MNIST"] ?? "/usr/share/datasets/fashion-mnist"]
    }

    /// A fresh interpreter with every module registered; `interrupt` is the flag Ctrl-C sets.
    public static func makeInterpreter(
        output: @escaping (String) -> Void = { Swift.print($0, terminator: "") },
        interrupt: Interpreter.InterruptFlag = Interpreter.InterruptFlag(),
        policy: SandboxPolicy
    ) -> PythonInterpreter {
        let py = PythonInterpreter(output: output, interrupt: interrupt)
        py.policy = policy
        StandardLibrary.register(in: py)
        NumPyBinding.register(in: py)
        KerasBinding.register(in: py)
        MatplotlibBinding.register(in: py)
        // Unowned: the interpreter owns its handler, and a strong capture kept every interpreter
        // made here alive forever (12.7 KB each, and all its objects, over 10,000 of them).
        py.magicHandler = { [unowned py] line in NotebookMagics.handle(line, output: py.output) }
        return py
    }
}
