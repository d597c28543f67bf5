import Interpreter
import PythonModules

extension CheckHelpers {
    static func valueHelpers(_ context: CheckContext) -> [String: Value] {
        [
            "expect_close": context.helper("expect_close", "actual, expected, rtol=1e-05, atol=1e-08, name=None") { a in
                let expected: StrictArray
                do { expected = try StrictArray(a["expected"]) } catch let error as StrictArray.Refusal {
                    throw context.misused("expect_close", "`expected` must be numbers, got \(error.found)")
                }
                let rtol = try a.double("rtol"), atol = try a.double("atol")
                return context.verdict(closeness(a["actual"], expected, rtol: rtol, atol: atol, subject: subject(a)))
            },
            "expect_equal": context.helper("expect_equal", "actual, expected, name=None") { a in
                guard let expected = PlainValue(a["expected"]) else {
                    throw context.misused("expect_equal", "`expected` must be a plain value (numbers, str, None, list, tuple, dict)")
                }
                let found = PlainValue(a["actual"])
                guard found != expected else { return context.verdict(nil) }
                let shown = found?.description ?? "an object of type '\(a["actual"].typeName)'"
                return context.verdict("\(subject(a)) should be \(expected.description), found \(shown)")
            },
            "expect_shape": context.helper("expect_shape", "value, shape, name=None") { a in
                let wanted = try expectedShape(a["shape"], context)
                let shape: [Int]
                if case .object(let object) = a["value"], let array = object as? NDArray {
                    shape = array.tensor.shape
                } else {
                    do { shape = try StrictArray(a["value"]).shape } catch let error as StrictArray.Refusal {
                        return context.verdict("\(subject(a)) should be an array of shape \(describe(wanted)), found \(error.found)")
                    }
                }
                let matches = shape.count == wanted.count && zip(shape, wanted).allSatisfy { $1 == nil || $0 == $1 }
                if matches { return context.verdict(nil) }
                return context.verdict(
                    "\(subject(a)) should have shape \(describe(wanted)), found shape \(StrictArray.describe(shape))"
                        + " — check the sizes you passed and any reshape")
            },
        ]
    }

    /// nil when `actual` is close to `expected`, else the message saying how far it is.
    static func closeness(_ actual: Value, _ expected: StrictArray, rtol: Double, atol: Double, subject: String) -> String? {
        let found: StrictArray
        do { found = try StrictArray(actual) } catch {
            return "\(subject) should be numbers close to \(preview(expected)), found \(error.found) — compute it with numbers, lists or NumPy arrays"
        }
        let bothSingle = found.values.count == 1 && expected.values.count == 1
        guard found.shape == expected.shape || bothSingle else {
            return "\(subject) should have shape \(StrictArray.describe(expected.shape)), found shape \(StrictArray.describe(found.shape))"
                + " (\(found.dtype)) — check how many values you produce and their nesting"
        }
        let nans = found.values.filter(\.isNaN).count
        var maxAbs = 0.0, maxRel = 0.0, firstBad: Int?
        for (offset, (x, y)) in zip(found.values, expected.values).enumerated() {
            let error = abs(x - y)
            let bad = x.isNaN != y.isNaN || (!y.isNaN && !(error <= atol + rtol * abs(y)))
            if bad && firstBad == nil { firstBad = offset }
            if error.isFinite { maxAbs = max(maxAbs, error); if y != 0 { maxRel = max(maxRel, error / abs(y)) } }
        }
        guard let bad = firstBad else { return nil }
        let at = found.shape.isEmpty ? "" : " at index \(found.index(of: bad))"
        var message = "\(subject) is not close enough to the expected value\(at): found \(formatNumber(found.values[bad])), expected \(formatNumber(expected.values[bad]))"
        message += " (max abs error \(formatNumber(maxAbs)), max rel error \(formatNumber(maxRel)); tolerance atol=\(formatNumber(atol)), rtol=\(formatNumber(rtol))"
        if found.values.count > 1 { message += "; shape \(StrictArray.describe(found.shape)), dtype \(found.dtype)" }
        message += ")"
        if nans > 0 {
            message += "; \(nans) value\(nans == 1 ? " is" : "s are") NaN — look for a division by zero or a learning rate too high"
        } else {
            message += " — compare your computation with the lesson text and run your cell again"
        }
        return message
    }

    static func preview(_ array: StrictArray) -> String {
        if array.shape.isEmpty, let x = array.values.first { return formatNumber(x) }
        return "an array of shape \(StrictArray.describe(array.shape))"
    }

    static func expectedShape(_ value: Value, _ context: CheckContext) throws -> [Int?] {
        let items: [Value]
        switch value {
        case .tuple(let t): items = t
        case .list(let l): items = l.items
        case .int(let n): items = [.int(n)]
        default: throw context.misused("expect_shape", "`shape` must be a tuple of ints (None for any size)")
        }
        return try items.map { item -> Int? in
            switch item {
            case .int(let n): return n
            case .none: return nil
            default: throw context.misused("expect_shape", "`shape` must be a tuple of ints (None for any size)")
            }
        }
    }

    static func describe(_ shape: [Int?]) -> String {
        let parts = shape.map { $0.map(String.init) ?? "None" }
        return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
    }
}

/// A plain Python value compared in Swift: numbers, strings, `None`, and lists, tuples and
/// dicts of these. Anything else (any object) is not plain, so its `__eq__` is never asked.
indirect enum PlainValue: Equatable, CustomStringConvertible {
    case none, bool(Bool), number(Double), string(String), list([PlainValue]), tuple([PlainValue]), dict([String: PlainValue])

    init?(_ value: Value) { self.init(value, depth: 0) }

    /// Nil past `StrictArray.maximumDepth` levels: a list holding itself is not plain.
    private init?(_ value: Value, depth: Int) {
        guard depth <= StrictArray.maximumDepth else { return nil }
        switch value {
        case .none: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .number(Double(i))
        case .float(let d): self = .number(d)
        case .str(let s): self = .string(s)
        case .list(let l):
            var items: [PlainValue] = []
            for item in l.items { guard let plain = PlainValue(item, depth: depth + 1) else { return nil }; items.append(plain) }
            self = .list(items)
        case .tuple(let t):
            var items: [PlainValue] = []
            for item in t { guard let plain = PlainValue(item, depth: depth + 1) else { return nil }; items.append(plain) }
            self = .tuple(items)
        case .dict(let d):
            var items: [String: PlainValue] = [:]
            for (key, item) in d.pairs {
                guard let k = PlainValue(key, depth: depth + 1), let v = PlainValue(item, depth: depth + 1) else { return nil }
                items[k.description] = v
            }
            self = .dict(items)
        case .object: return nil
        }
    }

    var description: String {
        switch self {
        case .none: "None"
        case .bool(let b): b ? "True" : "False"
        case .number(let d): formatNumber(d)
        case .string(let s): "'\(s)'"
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .tuple(let items): items.count == 1 ? "(\(items[0]),)" : "(" + items.map(\.description).joined(separator: ", ") + ")"
        case .dict(let items): "{" + items.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.description)" }.joined(separator: ", ") + "}"
        }
    }
}
