import Foundation
import Interpreter

/// Python's `random` module on CPython's generator: `random.seed(n)` then draws give CPython's numbers.
enum RandomModule {
    /// The module's generator state, shared by its functions (one per interpreter).
    final class State {
        var twister = MT19937(seed: UInt64(Date().timeIntervalSince1970 * 1_000_000))
        var nextGauss: Double?
    }

    static func make() -> PyModule {
        let m = NativeModuleBuilder("random", doc: "Pseudo-random numbers, seeded as CPython's random module.")
        let s = State()
        m.function("seed", "a=None") { a in
            s.nextGauss = nil
            switch a["a"] {
            case .none: s.twister = MT19937(seed: UInt64(Date().timeIntervalSince1970 * 1_000_000))
            case .int(let i): s.twister = MT19937(seed: UInt64(i.magnitude))
            case .float(let d): s.twister = MT19937(seed: UInt64(truncatingIfNeeded: d.bitPattern))
            case .str(let text): s.twister = MT19937(key: words(of: Array(text.utf8)))
            case .bool(let b): s.twister = MT19937(seed: b ? 1 : 0)
            default: throw PythonError.typeError("The only supported seed types are: None, int, float, str")
            }
            return .none
        }
        m.function("random", "") { _ in .float(s.twister.nextDouble()) }
        m.function("uniform", "a, b") { a in
            let lo = try a.double("a"), hi = try a.double("b")
            return .float(lo + (hi - lo) * s.twister.nextDouble())
        }
        m.function("randrange", "start, stop=None, step=1") { a in
            .int(try randrange(try a.int("start"), a.isNone("stop") ? nil : try a.int("stop"), try a.int("step"), &s.twister))
        }
        m.function("randint", "a, b") { a in
            .int(try randrange(try a.int("a"), try a.int("b") + 1, 1, &s.twister))
        }
        m.function("choice", "seq") { a in
            let items = try a.interpreter.iterateToArray(a["seq"])
            guard !items.isEmpty else { throw PythonError.indexError("Cannot choose from an empty sequence") }
            return items[s.twister.below(items.count)]
        }
        m.function("shuffle", "x") { a in
            guard case .list(let list) = a["x"] else {
                throw PythonError.typeError("shuffle() needs a list, got '\(a["x"].typeName)'")
            }
            var items = list.items
            for i in stride(from: items.count - 1, to: 0, by: -1) {
                items.swapAt(i, s.twister.below(i + 1))
            }
            list.items = items
            return .none
        }
        m.function("sample", "population, k") { a in
            .list(try sample(try a.interpreter.iterateToArray(a["population"]), try a.int("k"), &s.twister))
        }
        m.function("gauss", "mu=0.0, sigma=1.0") { a in
            let z: Double
            if let pending = s.nextGauss {
                z = pending; s.nextGauss = nil
            } else {
                let angle = s.twister.nextDouble() * 2 * .pi
                let radius = (-2.0 * log(1.0 - s.twister.nextDouble())).squareRoot()
                z = cos(angle) * radius
                s.nextGauss = sin(angle) * radius
            }
            return .float(try a.double("mu") + z * a.double("sigma"))
        }
        m.function("normalvariate", "mu=0.0, sigma=1.0") { a in
            let magic = 4 * exp(-0.5) / 2.0.squareRoot()
            var z = 0.0
            while true {
                let u1 = s.twister.nextDouble(), u2 = 1.0 - s.twister.nextDouble()
                z = magic * (u1 - 0.5) / u2
                if z * z / 4.0 <= -log(u2) { break }
            }
            return .float(try a.double("mu") + z * a.double("sigma"))
        }
        m.function("getrandbits", "k") { a in
            let k = try a.int("k")
            guard (0...62).contains(k) else { throw PythonError.valueError("getrandbits() supports 0 to 62 bits here") }
            return .int(Int(s.twister.bits(k)))
        }
        return m.module
    }

    private static func words(of bytes: [UInt8]) -> [UInt32] {
        stride(from: 0, to: bytes.count, by: 4).map { start in
            bytes[start..<min(start + 4, bytes.count)].enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (8 * $1.offset) }
        }
    }

    private static func randrange(_ start: Int, _ stop: Int?, _ step: Int, _ mt: inout MT19937) throws -> Int {
        guard let stop else {
            guard start > 0 else { throw PythonError.valueError("empty range for randrange()") }
            return mt.below(start)
        }
        let width = stop - start
        if step == 1 {
            guard width > 0 else { throw PythonError.valueError("empty range for randrange() (\(start), \(stop), \(width))") }
            return start + mt.below(width)
        }
        guard step != 0 else { throw PythonError.valueError("zero step for randrange()") }
        let count = step > 0 ? (width + step - 1) / step : (width + step + 1) / step
        guard count > 0 else { throw PythonError.valueError("empty range for randrange() (\(start), \(stop), \(step))") }
        return start + step * mt.below(count)
    }

    private static func sample(_ population: [Value], _ k: Int, _ mt: inout MT19937) throws -> [Value] {
        let n = population.count
        guard (0...n).contains(k) else { throw PythonError.valueError("Sample larger than population or is negative") }
        var setSize = 21
        if k > 5 { setSize += Int(pow(4.0, ceil(log(Double(k * 3)) / log(4.0)))) }
        var result: [Value] = []
        result.reserveCapacity(k)
        if n <= setSize {
            var pool = population
            for i in 0..<k {
                let j = mt.below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = mt.below(n)
                while selected.contains(j) { j = mt.below(n) }
                selected.insert(j)
                result.append(population[j])
            }
        }
        return result
    }
}
