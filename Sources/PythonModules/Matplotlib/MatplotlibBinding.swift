import Plotting
import Interpreter

/// Registers `matplotlib`, `matplotlib.pyplot`, `matplotlib.image` and `matplotlib.cm` with an
/// interpreter; each is built on first import and shares one `MatplotlibSession` (one pyplot state).
///
///     let py = PythonInterpreter()
///     NumPyBinding.register(in: py)
///     let session = MatplotlibBinding.register(in: py)
///     py.run("import matplotlib.pyplot as plt\nplt.plot([1, 4, 9])\nplt.show()")   // braille plot
public enum MatplotlibBinding {
    /// matplotlib's version as `matplotlib.__version__` reports it (the one Colab ships).
    public static let version = "3.7.1"

    /// Makes the matplotlib modules importable in `interpreter`. `terminal` chooses the width and
    /// colours of `show()` each time it draws (the default reads the environment and stdout);
    /// the returned session lets a host draw figures left open at the end of a notebook cell.
    @discardableResult
    public static func register(
        in interpreter: PythonInterpreter,
        terminal: @escaping () -> TerminalOptions = MatplotlibSession.environmentTerminalOptions
    ) -> MatplotlibSession {
        let session = MatplotlibSession(terminal: terminal)
        let rcParams = RCParamsObject(session: session)
        interpreter.registerModule("matplotlib") { _ in makeRootModule(rcParams) }
        interpreter.registerModule("matplotlib.pyplot") { _ in
            let module = PyplotModule.make(session)
            module.attributes["rcParams"] = .object(rcParams)
            return module
        }
        interpreter.registerModule("matplotlib.image") { _ in ImageModule.make() }
        interpreter.registerModule("matplotlib.cm") { _ in ColormapArgument.makeModule() }
        return session
    }

    private static func makeRootModule(_ rcParams: RCParamsObject) -> PyModule {
        let module = PyModule(name: "matplotlib", doc: "An object-oriented plotting library.")
        module.attributes["__version__"] = .str(version)
        module.attributes["rcParams"] = .object(rcParams)
        module.attributes["use"] = .object(PyNativeFunction("use", "backend, *, force=True") { _ in .none })
        module.attributes["get_backend"] = .object(
            PyNativeFunction("get_backend") { _ in
                .str("module://matplotlib_inline.backend_inline")
            })
        return module
    }
}
