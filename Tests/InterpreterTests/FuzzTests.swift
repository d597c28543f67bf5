import Foundation
import Testing
@testable import Interpreter

/// Deterministic generator so a failing seed can be replayed (`FUZZ_SEED`).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random Python programs from a small grammar covering the course's surface.
struct ProgramGenerator {
    var rng: SplitMix64
    let names = ["a", "b", "xs", "d", "s", "n", "f", "g", "Box"]

    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }

    mutating func literal() -> String {
        pick([
            "0", "1", "-3", "7", "2**70", "10**20", "1.5", ".5", "1e-4", "1./255", "float('inf')", "'abc'", "\"x y\"", "''",
            "[1, 2, 3]", "[]", "(1, 'a')", "(1,)", "{'k': 1}", "{}", "{1, 2}", "None", "True", "False", "range(5)",
            "f'{n}!'", "f'{1.5:.2f}'", "'%d-%s' % (1, 'z')", "'{}'.format(3)", "...", "2 ** -1", "r'\\n'",
        ])
    }

    mutating func expression(_ depth: Int) -> String {
        if depth <= 0 || chance(0.25) { return chance(0.5) ? literal() : pick(names) }
        let e = { (g: inout ProgramGenerator) in g.expression(depth - 1) }
        switch Int.random(in: 0..<16, using: &rng) {
        case 0: return "(\(e(&self)) \(pick(["+", "-", "*", "/", "//", "%", "**", "&", "|", "^", "<<", ">>", "@"])) \(e(&self)))"
        case 1: return "(\(e(&self)) \(pick(["<", "<=", "==", "!=", ">", "in", "not in", "is", "is not"])) \(e(&self)))"
        case 2: return "(\(pick(["-", "+", "~", "not "]))\(e(&self)))"
        case 3:
            return
                "\(pick(["len", "str", "int", "float", "list", "sorted", "sum", "abs", "max", "min", "repr", "bool", "tuple", "set", "reversed", "enumerate", "type", "round", "hash", "dict"]))(\(e(&self)))"
        case 4: return "\(e(&self))[\(e(&self))]"
        case 5: return "\(e(&self))[\(pick(["", "1", "-1"])):\(pick(["", "2", "-2"]))]"
        case 6:
            return
                "\(e(&self)).\(pick(["append(1)", "upper()", "split()", "get(1)", "keys()", "items()", "pop()", "count(1)", "index(2)", "strip()", "join(['a'])", "copy()", "shape", "real", "__class__", "nope"]))"
        case 7: return "(lambda v: \(e(&self)))(\(e(&self)))"
        case 8: return "[\(e(&self)) for v in \(e(&self)) if v]"
        case 9: return "(\(e(&self)) if \(e(&self)) else \(e(&self)))"
        case 10: return "{\(e(&self)): \(e(&self))}"
        case 11: return "f(\(e(&self)))"
        case 12: return "g(\(e(&self)), k=\(e(&self)))"
        case 13: return "(\(e(&self)) and \(e(&self)) or \(e(&self)))"
        case 14: return "Box(\(e(&self))).value"
        default: return "[\(e(&self)), \(e(&self))]"
        }
    }

    mutating func block(_ depth: Int, _ indent: String) -> [String] {
        (0..<Int.random(in: 1...3, using: &rng)).flatMap { _ in statement(depth, indent) }
    }

    mutating func statement(_ depth: Int, _ indent: String) -> [String] {
        let inner = indent + pick(["    ", "  ", "\t"])
        let x = { (g: inout ProgramGenerator) in g.expression(2) }
        if depth <= 0 { return [indent + "\(pick(names)) = \(x(&self))"] }
        switch Int.random(in: 0..<14, using: &rng) {
        case 0: return [indent + "\(pick(names)) = \(x(&self))"]
        case 1: return [indent + "\(pick(names)) \(pick(["+=", "-=", "*=", "/=", "//=", "%="])) \(x(&self))"]
        case 2: return [indent + "print(\(x(&self)), \(x(&self)), sep=\(pick(["' '", "''", "1"])))"]
        case 3: return [indent + "if \(x(&self)):"] + block(depth - 1, inner) + [indent + "else:"] + block(depth - 1, inner)
        case 4: return [indent + "for \(pick(["i", "a", "(a, b)"])) in \(pick(["range(3)", "xs", "s", "d", "enumerate(xs)", "zip(xs, s)"])):"] + block(depth - 1, inner)
        case 5: return [indent + "n = 0", indent + "while n < 4:", inner + "n += 1"] + block(depth - 1, inner)
        case 6: return [indent + "def \(pick(["f", "g"]))(v, k=\(literal()), *rest, **kw):"] + block(depth - 1, inner) + [inner + "return \(x(&self))"]
        case 7:
            return [indent + "try:"] + block(depth - 1, inner) + [indent + "except \(pick(["Exception", "(TypeError, ValueError)", "ZeroDivisionError as e"])):"]
                + block(depth - 1, inner) + [indent + "finally:", inner + "pass"]
        case 8:
            return [
                indent + "class Box\(pick(["", "(object)", "(Exception)"])):", inner + "def __init__(self, value=0):", inner + "    self.value = value",
                inner + "def __repr__(self):", inner + "    return \(pick(["'Box'", "str(self.value)", "self"]))",
            ]
        case 9: return [indent + "del \(pick(names))"]
        case 10: return [indent + "assert \(x(&self)), \(x(&self))"]
        case 11: return [indent + "raise \(pick(["ValueError('v')", "KeyError", "Exception", "5"]))"]
        case 12: return [indent + "\(pick(["a", "b"])), *\(pick(["xs", "s"])) = \(x(&self))"]
        default: return [indent + "\(x(&self))"]
        }
    }

    mutating func program() -> String {
        let prelude = [
            "a = 1", "b = 2.5", "xs = [1, 2, 3]", "d = {'k': 1, 2: 'v'}", "s = 'text'", "n = 3",
            "def f(v=1):\n    return v", "def g(v, k=0):\n    return [v, k]",
        ]
        return (prelude + (0..<Int.random(in: 1...6, using: &rng)).flatMap { _ in statement(3, "") }).joined(separator: "\n") + "\n"
    }

    /// A golden script with random character-level and line-level damage.
    mutating func mutate(_ source: String) -> String {
        var chars = Array(source)
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if chance(0.5) && !chars.isEmpty {
            for _ in 0..<Int.random(in: 1...4, using: &rng) where !chars.isEmpty {
                let i = Int.random(in: 0..<chars.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: chars.remove(at: i)
                case 1: chars.insert(pick(Array("()[]{}:,.=+-*/%'\"\n\t #\\ab0\u{2013}é")), at: i)
                default: chars[i] = pick(Array("()[]:,=\n 1x'"))
                }
            }
            return String(chars)
        }
        guard lines.count > 1 else { return source }
        let i = Int.random(in: 0..<lines.count, using: &rng), j = Int.random(in: 0..<lines.count, using: &rng)
        switch Int.random(in: 0..<3, using: &rng) {
        case 0: lines.swapAt(i, j)
        case 1: lines.insert(lines[i], at: j)
        default: lines = Array(lines.prefix(i + 1))
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs one program under tight limits; returns a description of any contract violation.
func fuzzRun(_ source: String) -> String? {
    let py = PythonInterpreter(output: { _ in })
    py.limits = RunLimits(stepBudget: 20_000, timeLimit: .seconds(3), outputLimit: 20_000, recursionLimit: 150)
    let start = ContinuousClock.now
    let failure = withWatchdog(seconds: 30, "a fuzz program ignored its 3 s limit:\n\(source)") {
        py.run(source, file: "<fuzz>", echo: .lastExpression)
    }
    if ContinuousClock.now - start > .seconds(10) { return "took longer than 10 s" }
    if let failure {
        guard let last = failure.traceback.split(separator: "\n").last, last.first?.isLetter == true else {
            return "malformed traceback: \(failure.traceback)"
        }
    }
    if py.run("assert 1 + 1 == 2") != nil { return "interpreter unusable after the run" }
    return nil
}

let fuzzIterations = Int(ProcessInfo.processInfo.environment["FUZZ_ITERATIONS"] ?? "") ?? 1500
let fuzzSeed = UInt64(ProcessInfo.processInfo.environment["FUZZ_SEED"] ?? "") ?? 20_261_129

@Test func fuzzGeneratedProgramsNeverTrapOrHang() {
    var generator = ProgramGenerator(rng: SplitMix64(state: fuzzSeed))
    var failures = 0
    for i in 0..<fuzzIterations {
        let program = generator.program()
        if let problem = fuzzRun(program) {
            failures += 1
            Issue.record("generated program #\(i) (seed \(fuzzSeed)): \(problem)\n\(program)")
            if failures > 5 { return }
        }
    }
}

@Test func fuzzMutatedScriptsNeverTrapOrHang() {
    var generator = ProgramGenerator(rng: SplitMix64(state: fuzzSeed ^ 0xABCDEF))
    let scripts = GoldenScript.all().map(\.source)
    #expect(!scripts.isEmpty)
    var failures = 0
    for i in 0..<fuzzIterations {
        var program = generator.pick(scripts)
        for _ in 0..<Int.random(in: 1...3, using: &generator.rng) { program = generator.mutate(program) }
        if let problem = fuzzRun(program) {
            failures += 1
            Issue.record("mutated program #\(i) (seed \(fuzzSeed)): \(problem)\n\(program)")
            if failures > 5 { return }
        }
    }
}
