import Plotting
import Foundation
import Interpreter

/// The matplotlib state of one interpreter: its `Pyplot`, how `show()` draws, and the Python
/// objects standing for each figure and axes (so `plt.gca() is ax` holds, as in matplotlib).
///
///     let session = MatplotlibBinding.register(in: py, terminal: { TerminalOptions(colorMode: .plainASCII) })
///     py.run("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])")
///     print(session.renderOpenFigures())
public final class MatplotlibSession {
    /// The pyplot state machine behind `plt.*`.
    public let pyplot = Pyplot()
    /// Chooses width and colours each time `show()` draws; tests inject fixed options.
    public var terminalOptions: () -> TerminalOptions

    private var figureObjects: [ObjectIdentifier: FigureObject] = [:]
    private var axesObjects: [ObjectIdentifier: AxesObject] = [:]
    var figureNumbersByLabel: [String: Int] = [:]

    /// A session drawing with the options `terminal` returns.
    public init(terminal: @escaping () -> TerminalOptions = MatplotlibSession.environmentTerminalOptions) {
        terminalOptions = terminal
    }

    /// `COLUMNS`, `NO_COLOR`, `TERM` and `COLORTERM` from the environment; plain ASCII when
    /// standard output is not a terminal (a file or a pipe).
    public static func environmentTerminalOptions() -> TerminalOptions {
        var options = TerminalOptions.fromEnvironment(ProcessInfo.processInfo.environment)
        if isatty(STDOUT_FILENO) == 0 { options.colorMode = .plainASCII }
        return options
    }

    /// Every open figure drawn for the terminal (as `plt.show()` prints it); the figures close.
    /// Empty when no figure has axes. Hosts call this at the end of a notebook cell.
    public func renderOpenFigures() -> String {
        let text = pyplot.show(options: terminalOptions())
        forgetClosedFigures()
        return text
    }

    /// The Python object for `figure`, the same one each time.
    func object(for figure: Figure) -> Value {
        let key = ObjectIdentifier(figure)
        if let existing = figureObjects[key] { return .object(existing) }
        let created = FigureObject(figure: figure, session: self)
        figureObjects[key] = created
        return .object(created)
    }

    /// The Python object for `axes` (which belongs to `figure`), the same one each time.
    func object(for axes: Axes, in figure: Figure) -> Value {
        let key = ObjectIdentifier(axes)
        if let existing = axesObjects[key] { return .object(existing) }
        let created = AxesObject(axes: axes, figure: figure, session: self)
        axesObjects[key] = created
        return .object(created)
    }

    /// The current axes' object (`plt.gca()`), creating a figure and axes if none exist.
    func currentAxesObject() -> Value {
        let figure = pyplot.gcf()
        return object(for: figure.gca(), in: figure)
    }

    /// Drops the objects of figures that are no longer open (after `close`, `show`, `clf`).
    func forgetClosedFigures() {
        let open = pyplot.figures.values
        let openFigures = Set(open.map(ObjectIdentifier.init))
        let openAxes = Set(open.flatMap(\.axes).map(ObjectIdentifier.init))
        figureObjects = figureObjects.filter { openFigures.contains($0.key) }
        axesObjects = axesObjects.filter { openAxes.contains($0.key) }
        figureNumbersByLabel = figureNumbersByLabel.filter { pyplot.figures[$0.value] != nil }
    }

    /// Prints a matplotlib log warning as Colab shows it: `WARNING:matplotlib.<logger>:<message>`.
    func warn(_ message: String, logger: String, _ interp: PythonInterpreter) throws {
        try interp.write("WARNING:matplotlib.\(logger):\(message)\n")
    }
}
