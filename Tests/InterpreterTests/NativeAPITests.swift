import Testing
@testable import Interpreter

/// A tiny native vector type exercising the native-object protocol the way numpy bindings will.
final class Vec: PyObject {
    var values: [Double]
    init(_ values: [Double]) { self.values = values }

    nonisolated(unsafe) static let type = PyClass(
        name: "Vec", module: "vec",
        methods: [
            PyNativeFunction("total", "self") { a in
                guard case .object(let v as Vec) = a["self"] else { return .none }
                return .float(v.values.reduce(0, +))
            },
            PyNativeFunction("scaled", "self, factor=2.0, *, offset=0.0") { a in
                guard case .object(let v as Vec) = a["self"] else { return .none }
                let f = try a.double("factor"), o = try a.double("offset")
                return .object(Vec(v.values.map { $0 * f + o }))
            },
        ],
        properties: [
            "shape": PyProperty(get: { v, _ in
                guard case .object(let vec as Vec) = v else { return .none }
                return .tuple([.int(vec.values.count)])
            })
        ])

    override var pyClass: PyClass { Vec.type }
    override func length(_ interp: PythonInterpreter) throws -> Int { values.count }
    override func repr(_ interp: PythonInterpreter) throws -> String { "Vec(\(values.map { floatRepr($0) }.joined(separator: ", ")))" }

    override func getItem(_ key: Value, _ interp: PythonInterpreter) throws -> Value {
        switch key {
        case .int(let i):
            let j = i < 0 ? i + values.count : i
            guard j >= 0 && j < values.count else { throw PythonError.indexError("index \(i) is out of bounds for axis 0 with size \(values.count)") }
            return .float(values[j])
        case .object(let s as PySlice):
            let r = try s.indices(count: values.count)
            return .object(Vec(stride(from: r.start, to: r.start + r.length * r.step, by: r.step).map { values[$0] }))
        case .tuple(let parts):
            return .str(
                parts.map { part -> String in
                    if case .object(let o) = part, o === PyTypes.ellipsis { return "..." }
                    if case .object(let o as PySlice) = part { return "slice(\((try? interp.repr(o.start)) ?? ""),\((try? interp.repr(o.stop)) ?? ""))" }
                    if case .none = part { return "newaxis" }
                    return (try? interp.repr(part)) ?? "?"
                }.joined(separator: "|"))
        default: throw PythonError.typeError("bad index \(key.typeName)")
        }
    }

    override func setItem(_ key: Value, _ value: Value, _ interp: PythonInterpreter) throws {
        values[try Int(python: key)] = try Double(python: value)
    }

    override func makeIterator(_ interp: PythonInterpreter) throws -> PyIterator { ArrayIterator(values.map(Value.float)) }

    override func binaryOperation(_ op: BinaryOp, _ other: Value, reflected: Bool, _ interp: PythonInterpreter) throws -> Value? {
        guard let scalar = try? Double(python: other) else { return nil }
        switch op {
        case .mul: return .object(Vec(values.map { $0 * scalar }))
        case .div: return .object(Vec(values.map { reflected ? scalar / $0 : $0 / scalar }))
        case .sub: return .object(Vec(values.map { reflected ? scalar - $0 : $0 - scalar }))
        default: return nil
        }
    }

    override func compare(_ op: CompareOp, _ other: Value, _ interp: PythonInterpreter) throws -> Value? {
        guard op == .gt, let scalar = try? Double(python: other) else { return try super.compare(op, other, interp) }
        return .list(values.map { Value.bool($0 > scalar) })
    }

    override func isTruthy(_ interp: PythonInterpreter) throws -> Bool {
        guard values.count == 1 else { throw PythonError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()") }
        return values[0] != 0
    }

    override func asDouble() throws -> Double? { values.count == 1 ? values[0] : nil }
}

func makeInterpreter() -> (PythonInterpreter, () -> String) {
    nonisolated(unsafe) var printed = ""
    let py = PythonInterpreter(output: { printed += $0 })
    let vec = PyModule(name: "vec")
    vec.attributes["Vec"] = .object(PyNativeFunction("Vec", "*values") { a in .object(Vec(try a.varArgs.map { try Double(python: $0) })) })
    py.registerModule(vec)
    py.registerModule("deep") { _ in PyModule(name: "deep") }
    py.registerModule("deep.keras") { _ in
        let m = PyModule(name: "deep.keras")
        m.attributes["version"] = "3"
        return m
    }
    py.registerModule("deep.keras.callbacks") { _ in
        let m = PyModule(name: "deep.keras.callbacks")
        let callback = PyClass(
            name: "Callback", module: "deep.keras.callbacks",
            methods: [
                PyNativeFunction("on_epoch_end", "self, epoch, logs=None") { _ in .none }
            ])
        m.attributes["Callback"] = .object(callback)
        return m
    }
    return (py, { printed })
}

@Test func nativeObjectsSupportOperatorsIndexingAndMethods() throws {
    let (py, output) = makeInterpreter()
    let failure = py.run(
        """
        import vec
        v = vec.Vec(1, 2, 3)
        print(v, len(v), v.shape, v.total(), v.scaled(offset=1.0))
        print(2 * v, v / 2, 6 / v, 1 - v)
        print(v[0], v[-1], v[1:], v[0, :, ..., None])
        v[0] = 10
        print(list(v), v > 2.5, float(vec.Vec(4)))
        if vec.Vec(1):
            print("one element is truthy")
        """, file: "<native>")
    #expect(failure == nil, "\(failure?.traceback ?? "")")
    #expect(
        output() == """
            Vec(1.0, 2.0, 3.0) 3 (3,) 6.0 Vec(3.0, 5.0, 7.0)
            Vec(2.0, 4.0, 6.0) Vec(0.5, 1.0, 1.5) Vec(6.0, 3.0, 2.0) Vec(0.0, -1.0, -2.0)
            1.0 3.0 Vec(2.0, 3.0) 0|slice(None,None)|...|newaxis
            [10.0, 2.0, 3.0] [True, False, True] 4.0
            one element is truthy

            """)
}

@Test(arguments: [
    ("vec.Vec(1).nope", "AttributeError: 'Vec' object has no attribute 'nope'"),
    ("vec.Vec(1).totl()", "AttributeError: 'Vec' object has no attribute 'totl'. Did you mean: 'total'?"),
    ("vec.Vec(1).scaled(factr=3)", "TypeError: scaled() got an unexpected keyword argument 'factr'"),
    ("vec.Vec(1).scaled('x')", "TypeError: scaled() argument 'factor' must be float, not str"),
    ("vec.Vec(1).scaled(1, 2)", "TypeError: scaled() takes from 1 to 2 positional arguments but 3 were given"),
    ("vec.Vec(1, 2) @ 3", "TypeError: unsupported operand type(s) for @: 'Vec' and 'int'"),
    ("bool(vec.Vec(1, 2))", "ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()"),
    ("vec.Vec(1)[3]", "IndexError: index 3 is out of bounds for axis 0 with size 1"),
    ("vec.Vec(1).shape = 3", "AttributeError: 'Vec' object attribute 'shape' is read-only"),
])
func nativeErrorsReadLikeCPython(code: String, expected: String) {
    let (py, _) = makeInterpreter()
    let failure = py.run("import vec\n" + code, file: "<native>")
    #expect(failure?.traceback.split(separator: "\n").last.map(String.init) == expected)
}

@Test func pythonClassesSubclassNativeClassesAndReceiveCallbacks() throws {
    let (py, output) = makeInterpreter()
    let failure = py.run(
        """
        import deep.keras.callbacks
        from deep.keras import callbacks as cb
        import deep.keras as K
        class Stop(cb.Callback):
            def on_epoch_end(self, epoch, logs={}):
                if logs.get('accuracy') > 0.6:
                    print("epoch", epoch, "model", self.model)
                    self.model.stop_training = True
        class Plain(deep.keras.callbacks.Callback):
            pass
        stopper = Stop()
        print(K.version, isinstance(stopper, cb.Callback))
        """, file: "<callbacks>")
    #expect(failure == nil, "\(failure?.traceback ?? "")")
    guard case .object(let stopper as PyInstance)? = py.global("stopper") else {
        Issue.record("stopper missing"); return
    }
    let model = PyInstance(cls: PyTypes.object)
    stopper.attributes["model"] = .object(model)
    let logs = PyDict()
    logs.setString("accuracy", .float(0.7))
    try py.callMethod(.object(stopper), "on_epoch_end", [.int(3), .dict(logs)])
    #expect(
        model.attributes["stop_training"].map {
            if case .bool(true) = $0 { return true }; return false
        } == true)
    guard case .object(let plainClass)? = py.global("Plain") else { Issue.record("Plain missing"); return }
    let plain = try py.call(.object(plainClass))
    #expect(try py.callMethod(plain, "on_epoch_end", [.int(1)]).isNone)
    #expect(output().hasPrefix("3 True\nepoch 3 model <object object at"))
}

@Test func hostGlobalsConversionsAndCallables() throws {
    let (py, _) = makeInterpreter()
    py.setGlobal("scale", .float(2.5))
    #expect(py.run("def f(x, y=1):\n    return x * scale + y\nnums = [1, 2]\ninfo = {'a': 1}") == nil)
    let f = try #require(py.global("f"))
    #expect(try Double(python: py.call(f, [.int(2)], keywords: [("y", .int(0))])) == 5.0)
    #expect(try [Int](python: #require(py.global("nums"))) == [1, 2])
    #expect(try [String: Int](python: #require(py.global("info"))) == ["a": 1])
    #expect(try py.evaluate("len(nums) + 1").pythonValue.isNone == false)
    #expect(try Int(python: py.evaluate("len(nums) + 1")) == 3)
    #expect(throws: PythonFailure.self) { try py.evaluate("nums[") }
    #expect(py.globalNames.contains("nums"))
}

@Test func importErrorsNameTheModule() {
    let (py, _) = makeInterpreter()
    let failure = py.run("from deep.keras import nothing_here", file: "<import>")
    #expect(failure?.message == "cannot import name 'nothing_here' from 'deep.keras'")
    let missing = py.run("import tensorflw", file: "<import>")
    #expect(missing?.typeName == "ModuleNotFoundError")
    #expect(missing?.message == "No module named 'tensorflw'")
}

@Test func nativeClassesCanBeCalledAsConstructors() throws {
    let (py, output) = makeInterpreter()
    let vecClass = Vec.type
    vecClass.constructor = { _, args in .object(Vec(try args.positional.map { try Double(python: $0) })) }
    py.setGlobal("Vec", .object(vecClass))
    let failure = py.run("v = Vec(1, 2)\nprint(v, isinstance(v, Vec), type(v) is Vec)", file: "<ctor>")
    #expect(failure == nil, "\(failure?.traceback ?? "")")
    #expect(output() == "Vec(1.0, 2.0) True True\n")
}
