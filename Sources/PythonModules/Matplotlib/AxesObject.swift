import Plotting
import Interpreter

/// `matplotlib.axes.Axes` as Python sees it: `ax.plot`, `ax.imshow`, `ax.set_title`, `ax.axis('off')`…
final class AxesObject: PyObject {
    let axes: Axes
    let figure: Figure
    weak var session: MatplotlibSession?

    init(axes: Axes, figure: Figure, session: MatplotlibSession) {
        self.axes = axes
        self.figure = figure
        self.session = session
    }

    /// The session, which outlives every object it made while its interpreter runs.
    func requireSession() throws -> MatplotlibSession {
        guard let session else { throw PythonError.runtimeError("this Axes belongs to an interpreter that has ended") }
        return session
    }

    override var pyClass: PyClass { AxesObject.type }

    /// `<Axes: >`, or `<Axes: title={'center': 'Loss'}, xlabel='epoch', ylabel='loss'>` as matplotlib 3.7 prints.
    override func repr(_ interp: PythonInterpreter) throws -> String {
        var parts: [String] = []
        if !axes.title.isEmpty { parts.append("title={'center': \(try quoted(axes.title, interp))}") }
        if !axes.xlabel.isEmpty { parts.append("xlabel=\(try quoted(axes.xlabel, interp))") }
        if !axes.ylabel.isEmpty { parts.append("ylabel=\(try quoted(axes.ylabel, interp))") }
        return "<Axes: \(parts.joined(separator: ", "))>"
    }

    nonisolated(unsafe) static let type = PyClass(
        name: "Axes", module: "matplotlib.axes", methods: drawingMethods + decorationMethods,
        properties: [
            "figure": PyProperty(
                get: { me, _ in
                    guard case .object(let object as AxesObject) = me else { return .none }
                    return try object.requireSession().object(for: object.figure)
                }, set: nil),
            "xaxis": PyProperty(get: { me, _ in axisObject(me, isX: true) }, set: nil),
            "yaxis": PyProperty(get: { me, _ in axisObject(me, isX: false) }, set: nil),
        ])

    private static func axisObject(_ me: Value, isX: Bool) -> Value {
        guard case .object(let object as AxesObject) = me else { return .none }
        return .object(AxisObject(axes: object.axes, isX: isX))
    }

    private static var drawingMethods: [PyNativeFunction] {
        [
            PyNativeFunction("plot") { args in
                let me = try methodReceiver(args)
                var rest = args
                rest.positional.removeFirst()
                return try AxesOperations.plot(on: me.axes, rest)
            },
            PyNativeFunction("imshow", "self, " + AxesOperations.imshowSignature) { a in
                let me = try receiver(a, AxesObject.self)
                return try AxesOperations.imshow(on: me.axes, a, session: try me.requireSession())
            },
            PyNativeFunction("legend") { args in
                let me = try methodReceiver(args)
                var rest = args
                rest.positional.removeFirst()
                return try AxesOperations.legend(on: me.axes, rest, session: try me.requireSession())
            },
            PyNativeFunction("cla", "self") { a in
                try receiver(a, AxesObject.self).clear()
                return .none
            },
            PyNativeFunction("clear", "self") { a in
                try receiver(a, AxesObject.self).clear()
                return .none
            },
        ]
    }

    /// The `self` of a method called with raw arguments.
    static func methodReceiver(_ args: Arguments) throws -> AxesObject {
        guard case .object(let object as AxesObject)? = args.positional.first else {
            throw PythonError.typeError("Axes method called without an Axes")
        }
        return object
    }

    /// `ax.cla()`: a fresh, empty plotting area in the same place.
    func clear() { axes.clear() }
}
