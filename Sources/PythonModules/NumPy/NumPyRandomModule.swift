import Interpreter
import Tensors

/// The generator behind `np.random.*`, one per interpreter (seeded like NumPy's global RandomState).
final class RandomStateBox: PyObject {
    var generator = MersenneTwister(seed: 5489)
}

/// `numpy.random`: NumPy's legacy global-state functions on a bit-exact MT19937, so seeded
/// code draws NumPy's numbers.
enum NumPyRandomModule {
    static func make() -> PyModule {
        let module = PyModule(name: "numpy.random")
        let state = RandomStateBox()
        var seeded = false
        func draw<T>(_ body: (inout MersenneTwister) throws -> T) rethrows -> T {
            if !seeded {
                state.generator.reseed(UInt32(truncatingIfNeeded: UInt64(ContinuousClock.now.hashValue.magnitude)))
                seeded = true
            }
            return try body(&state.generator)
        }
        func sized(_ size: Value, _ make: () -> Double, dtype: DType = .float64) throws -> Value {
            if size.isNone { return dtype == .int64 ? .int(Int(make())) : .float(make()) }
            let shape = try NumPyFunctions.shapeArgument(size)
            let values = (0..<shape.reduce(1, *)).map { _ in make() }
            return NDArray.wrap(try numpyCall { try Tensor(values, shape: shape).cast(to: dtype) })
        }
        func dims(_ values: [Value]) throws -> Value { values.isEmpty ? .none : .tuple(values) }
        let functions: [PyNativeFunction] = [
            PyNativeFunction("seed", "seed=None") { a in
                if a.isNone("seed") { seeded = false; return .none }
                let seed = try ArrayOperations.intValue(a["seed"])
                guard seed >= 0 && seed <= 0xffff_ffff else { throw PythonError.valueError("Seed must be between 0 and 2**32 - 1") }
                state.generator.reseed(UInt32(seed))
                seeded = true
                return .none
            },
            PyNativeFunction("rand", "*args") { a in
                try draw { g in try sized(try dims(a.varArgs), { g.nextDouble() }) }
            },
            PyNativeFunction("randn", "*args") { a in
                try draw { g in try sized(try dims(a.varArgs), { g.nextGaussian() }) }
            },
            PyNativeFunction("random", "size=None") { a in try draw { g in try sized(a["size"], { g.nextDouble() }) } },
            PyNativeFunction("random_sample", "size=None") { a in try draw { g in try sized(a["size"], { g.nextDouble() }) } },
            PyNativeFunction("uniform", "low=0.0, high=1.0, size=None") { a in
                let low = try a.double("low"), high = try a.double("high")
                return try draw { g in try sized(a["size"], { low + (high - low) * g.nextDouble() }) }
            },
            PyNativeFunction("normal", "loc=0.0, scale=1.0, size=None") { a in
                let loc = try a.double("loc"), scale = try a.double("scale")
                guard scale >= 0 else { throw PythonError.valueError("scale < 0") }
                return try draw { g in try sized(a["size"], { loc + scale * g.nextGaussian() }) }
            },
            PyNativeFunction("randint", "low, high=None, size=None, dtype=None") { a in
                var low = try ArrayOperations.intValue(a["low"])
                var high = low
                if a.isNone("high") { low = 0 } else { high = try ArrayOperations.intValue(a["high"]) }
                guard low < high else { throw PythonError.valueError("low >= high") }
                let range = UInt64(high - low - 1)
                let dtype = try parseDType(a["dtype"]) ?? .int64
                return try draw { g in try sized(a["size"], { Double(low + Int(g.nextBounded(range))) }, dtype: dtype) }
            },
            PyNativeFunction("shuffle", "x") { a in
                guard case .object(let o as NDArray) = a["x"] else {
                    if case .list(let l) = a["x"] {
                        draw { g in
                            for i in stride(from: l.items.count - 1, to: 0, by: -1) { l.items.swapAt(i, Int(g.nextBounded(UInt64(i)))) }
                        }
                        return .none
                    }
                    throw PythonError.typeError("shuffle expects a list or a numpy array, not \(a["x"].typeName)")
                }
                let n = o.tensor.shape.first ?? 0
                var order = Array(0..<n)
                draw { g in for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(g.nextBounded(UInt64(i)))) } }
                try numpyCall { try o.tensor.assign(try o.tensor.gathering(order, axis: 0)) }
                return .none
            },
            PyNativeFunction("permutation", "x") { a in
                let t: Tensor
                if case .int(let n) = a["x"] { t = Tensor.arange(n, dtype: .int64) } else { t = try NumPyConversion.tensor(from: a["x"]).copy() }
                let n = t.shape.first ?? 0
                var order = Array(0..<n)
                draw { g in for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(g.nextBounded(UInt64(i)))) } }
                return NDArray.wrap(try numpyCall { try t.gathering(order, axis: 0) })
            },
            PyNativeFunction("choice", "a, size=None, replace=True, p=None") { a in
                let population: Tensor
                if case .int(let n) = a["a"] {
                    guard n > 0 else { throw PythonError.valueError("a must be greater than 0 unless no samples are taken") }
                    population = Tensor.arange(n, dtype: .int64)
                } else {
                    population = try NumPyConversion.tensor(from: a["a"])
                }
                guard population.rank == 1 else { throw PythonError.valueError("a must be 1-dimensional") }
                guard a.isNone("p") else { throw PythonError.valueError("choice with p= is not supported here; pass uniform choices") }
                let n = population.count
                let shape = a.isNone("size") ? [] : try NumPyFunctions.shapeArgument(a["size"])
                let count = shape.reduce(1, *)
                var picks: [Int]
                if try a.bool("replace") {
                    picks = draw { g in (0..<count).map { _ in Int(g.nextBounded(UInt64(n - 1))) } }
                } else {
                    guard count <= n else { throw PythonError.valueError("Cannot take a larger sample than population when 'replace=False'") }
                    var order = Array(0..<n)
                    draw { g in for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(g.nextBounded(UInt64(i)))) } }
                    picks = Array(order.prefix(count))
                }
                let chosen = try numpyCall { try population.gathering(picks, axis: 0).reshaped(to: shape) }
                return arrayOrScalar(chosen)
            },
        ]
        for f in functions { module.attributes[f.name] = .object(f) }
        module.attributes["_state"] = .object(state)
        return module
    }
}
