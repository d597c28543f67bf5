import Plotting
import Interpreter

/// The argument forms of `subplot`/`add_subplot` and the squeezed axes value of `subplots`.
enum SubplotArguments {
    /// `add_subplot()`, `add_subplot(221)`, `add_subplot('221')`, `add_subplot(2, 2, 1)`.
    static func addSubplot(to figure: Figure, _ positional: [Value]) throws -> Axes {
        switch positional.count {
        case 0:
            return try plotCall { try figure.addSubplot(nrows: 1, ncols: 1, index: 1) }
        case 1:
            let code: Int
            switch positional[0] {
            case .str(let text):
                guard let number = Int(text) else {
                    throw PythonError.valueError("Single argument to subplot must be a three-digit integer, not '\(text)'")
                }
                code = number
            case let value:
                guard let number = try? Int(python: value) else {
                    throw PythonError.typeError("subplot() arguments must be integers, not '\(value.typeName)'")
                }
                code = number
            }
            let spec = try plotCall { try SubplotSpec(code: code) }
            return figure.addSubplot(spec: spec)
        case 3:
            let numbers = try positional.enumerated().map { position, value -> Int in
                guard let number = try? Int(python: value) else {
                    let name = ["nrows", "ncols", "index"][position]
                    throw PythonError.valueError("\(name) must be an integer, not \(value.typeName); e.g. plt.subplot(2, 2, i + 1)")
                }
                return number
            }
            return try plotCall { try figure.addSubplot(nrows: numbers[0], ncols: numbers[1], index: numbers[2]) }
        default:
            throw PythonError.typeError(
                "subplot() takes 1 or 3 positional arguments but \(positional.count) were given")
        }
    }

    /// The most axes one `subplots` call makes here; a typo such as `subplots(100, 100)` stops with
    /// a message instead of building millions of axes.
    static let maximumGridCells = 1024

    /// Refuses grids beyond `maximumGridCells` (the model checks the positive sizes).
    static func checkGrid(nrows: Int, ncols: Int) throws {
        let (cells, overflow) = nrows.multipliedReportingOverflow(by: ncols)
        if nrows > 0, ncols > 0, overflow || cells > maximumGridCells {
            throw PythonError.valueError(
                "subplots(\(nrows), \(ncols)) would make \(overflow ? "too many" : String(cells)) axes; "
                    + "at most \(maximumGridCells) are supported")
        }
    }

    /// `subplots`' second result: one Axes, a 1-D or a 2-D object array, as matplotlib squeezes
    /// (`squeeze=False` always gives nrows × ncols).
    static func axesValue(
        _ grid: AxesArray, nrows: Int, ncols: Int, squeeze: Bool, figure: Figure, session: MatplotlibSession
    ) throws -> Value {
        let wrap = { (axes: Axes) in session.object(for: axes, in: figure) }
        guard squeeze else {
            return .object(AxesArrayObject(shape: [nrows, ncols], items: grid.all.map(wrap)))
        }
        switch grid {
        case .single(let axes): return wrap(axes)
        case .vector(let row): return .object(AxesArrayObject(shape: [row.count], items: row.map(wrap)))
        case .grid(let rows):
            return .object(AxesArrayObject(shape: [rows.count, rows.first?.count ?? 0], items: rows.flatMap { $0 }.map(wrap)))
        }
    }
}
