extension PythonInterpreter {
    /// Sorts with Python's `<`, a `key` function and `reverse`, stable, propagating exceptions.
    func sortValues(_ items: [Value], key: Value, reverse: Bool) throws -> [Value] {
        let keys = key.isNone ? items : try items.map { try call(key, Arguments([$0], [], self)) }
        var failure: Error? = nil
        var order = Array(keys.indices)
        order.sort { x, y in
            if failure != nil { return false }
            do {
                let (p, q) = reverse ? (keys[y], keys[x]) : (keys[x], keys[y])
                if case .int(let a) = p, case .int(let b) = q { return a < b }
                return try isTruthy(try compare(.lt, p, q))
            } catch { failure = error; return false }
        }
        if let failure { throw failure }
        if reverse {
            // A stable descending sort keeps equal elements in their original order.
            var result: [Value] = []
            var i = 0
            while i < order.count {
                var j = i + 1
                while j < order.count, try equals(keys[order[i]], keys[order[j]]) { j += 1 }
                result.append(contentsOf: order[i..<j].sorted().map { items[$0] })
                i = j
            }
            return result
        }
        return order.map { items[$0] }
    }

    static func addIterationBuiltins(_ add: (PyNativeFunction) -> Void) {
        add(
            PyNativeFunction("enumerate", "iterable, start=0") { a in
                let it = try a.interpreter.makeIterator(a["iterable"])
                var n = try a.int("start")
                return .object(
                    ClosureIterator { interp in
                        guard let v = try it.next(interp) else { return nil }
                        defer { n += 1 }
                        return .tuple([.int(n), v])
                    })
            })
        add(
            PyNativeFunction("zip", "*iterables, strict=False") { a in
                let its = try a.varArgs.map { try a.interpreter.makeIterator($0) }
                return .object(
                    ClosureIterator { interp in
                        if its.isEmpty { return nil }
                        var row: [Value] = []
                        for it in its { guard let v = try it.next(interp) else { return nil }; row.append(v) }
                        return .tuple(row)
                    })
            })
        add(
            PyNativeFunction("map", "function, iterable, /, *iterables") { a in
                let f = a["function"]
                let its = try ([a["iterable"]] + a.varArgs).map { try a.interpreter.makeIterator($0) }
                return .object(
                    ClosureIterator { interp in
                        var row: [Value] = []
                        for it in its { guard let v = try it.next(interp) else { return nil }; row.append(v) }
                        return try interp.call(f, Arguments(row, [], interp))
                    })
            })
        add(
            PyNativeFunction("filter", "function, iterable, /") { a in
                let f = a["function"]
                let it = try a.interpreter.makeIterator(a["iterable"])
                return .object(
                    ClosureIterator { interp in
                        while let v = try it.next(interp) {
                            let keep = f.isNone ? v : try interp.call(f, Arguments([v], [], interp))
                            if try interp.isTruthy(keep) { return v }
                        }
                        return nil
                    })
            })
        add(
            PyNativeFunction("sorted", "iterable, /, *, key=None, reverse=False") { a in
                let i = a.interpreter
                return .list(PyList(try i.sortValues(try i.iterateToArray(a["iterable"]), key: a["key"], reverse: try i.isTruthy(a["reverse"]))))
            })
        add(
            PyNativeFunction("reversed", "sequence, /") { a in
                let v = a["sequence"]
                switch v {
                case .list, .tuple, .str: return .object(ArrayIterator(try a.interpreter.iterateToArray(v).reversed()))
                case .object(let o as PyRange): return .object(ArrayIterator(try a.interpreter.iterateToArray(.object(o)).reversed()))
                case .object(let o as PyInstance):
                    if let r = try o.callDunder("__reversed__", [], a.interpreter) { return r }
                    let n = try o.length(a.interpreter)
                    return .object(ArrayIterator(try (0..<n).reversed().map { try o.getItem(.int($0), a.interpreter) }))
                default: throw PythonError.typeError("'\(v.typeName)' object is not reversible")
                }
            })
        for name in ["min", "max"] {
            add(
                PyNativeFunction(name) { a in
                    let i = a.interpreter
                    var key: Value = .none, fallback: Value? = nil
                    for (k, v) in a.keywords {
                        if k == "key" {
                            key = v
                        } else if k == "default" {
                            fallback = v
                        } else {
                            throw PythonError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
                        }
                    }
                    let items: [Value]
                    if a.positional.count == 1 {
                        items = try i.iterateToArray(a.positional[0])
                    } else if a.positional.isEmpty {
                        throw PythonError.typeError("\(name) expected at least 1 argument, got 0")
                    } else {
                        items = a.positional
                    }
                    guard var best = items.first else {
                        if let fallback { return fallback }
                        throw PythonError.valueError("\(name)() arg is an empty sequence")
                    }
                    var bestKey = key.isNone ? best : try i.call(key, Arguments([best], [], i))
                    for v in items.dropFirst() {
                        let k = key.isNone ? v : try i.call(key, Arguments([v], [], i))
                        if try i.isTruthy(try i.compare(name == "min" ? .lt : .gt, k, bestKey)) { best = v; bestKey = k }
                    }
                    return best
                })
        }
        add(
            PyNativeFunction("sum", "iterable, /, start=0") { a in
                let i = a.interpreter
                var total = a["start"]
                if case .str = total { throw PythonError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
                var intTotal = 0, useInt = false
                if case .int(let s) = total { intTotal = s; useInt = true }
                for v in try i.iterateToArray(a["iterable"]) {
                    if useInt, case .int(let x) = v {
                        let (r, o) = intTotal.addingReportingOverflow(x)
                        if !o { intTotal = r; continue }
                    }
                    if useInt { total = .int(intTotal); useInt = false }
                    total = try i.binary(.add, total, v)
                }
                return useInt ? .int(intTotal) : total
            })
        add(
            PyNativeFunction("any", "iterable, /") { a in
                let i = a.interpreter
                let it = try i.makeIterator(a["iterable"])
                while let v = try it.next(i) { if try i.isTruthy(v) { return .bool(true) } }
                return .bool(false)
            })
        add(
            PyNativeFunction("all", "iterable, /") { a in
                let i = a.interpreter
                let it = try i.makeIterator(a["iterable"])
                while let v = try it.next(i) { if !(try i.isTruthy(v)) { return .bool(false) } }
                return .bool(true)
            })
    }
}
