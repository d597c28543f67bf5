import Foundation
import Synchronization
import Testing
@testable import Interpreter

/// Programs that run forever, each through a different path: loops whose bodies call user code,
/// comprehensions, generator expressions, and native loops that call back into Python.
let runawayPrograms: [String] = [
    "while True: f(0)",
    "while True: (lambda: 0)()",
    "while True: a.m()",
    "while True:\n    try:\n        f(0)\n    except BaseException:\n        pass",
    "for i in range(10**9): f(i)",
    "[f(i) for i in range(10**9)]",
    "{i: f(i) for i in range(10**9)}",
    "any(f(0) for i in range(10**9))",
    "list(map(f, range(10**9)))",
    "sorted(range(10**7), key=f)",
    "sum(range(10**15))",
    "max(range(10**15))",
    "def spin():\n    while True: f(0)\nspin()",
    "def down(n): return [down(n + 1) for _ in range(10**9)] if n < 500 else f(0)\ndown(0)",
]

let runawaySetup = "def f(v=1):\n    return v\nclass A:\n    def m(self):\n        return 1\na = A()"

/// A runaway program must stop this soon after its limit is reached. The limits are polled
/// every 1,024 steps (microseconds apart); the rest is allowance for a debug build on a 2-core
/// machine running the rest of the suite beside it, stretched by how far the machine is
/// oversubscribed (a load of 16 on 2 cores gives this thread an eighth of a core).
var stopAllowance: Duration { .milliseconds(500) * oversubscription() }

/// The 1-minute load average per core, at least 1.
func oversubscription() -> Double {
    var load = [0.0, 0.0, 0.0]
    guard getloadavg(&load, 3) > 0 else { return 1 }
    return max(1, load[0] / Double(max(1, ProcessInfo.processInfo.activeProcessorCount)))
}

private func interpreter(_ flag: InterruptFlag = InterruptFlag()) -> PythonInterpreter {
    let py = PythonInterpreter(output: { _ in }, interrupt: flag)
    #expect(py.run(runawaySetup) == nil)
    return py
}

@Test(arguments: runawayPrograms)
func runawayLoopStopsAtTheStepBudget(_ program: String) {
    let py = interpreter()
    py.limits = RunLimits(stepBudget: 20_000)
    let start = ContinuousClock.now
    let failure = withWatchdog(seconds: 20, "ignored the step budget:\n\(program)") { py.run(program, file: "<loop>") }
    #expect(failure?.message == "step budget of 20000 steps exceeded", "\(program)")
    #expect(ContinuousClock.now - start < stopAllowance, "\(program)")
    #expect(py.run("assert f(2) == 2") == nil, "the interpreter stays usable")
}

@Test(arguments: runawayPrograms)
func runawayLoopStopsAtTheDeadline(_ program: String) {
    let py = interpreter()
    py.limits = RunLimits(timeLimit: .milliseconds(150))
    let start = ContinuousClock.now
    let failure = withWatchdog(seconds: 20, "ignored the deadline:\n\(program)") { py.run(program, file: "<loop>") }
    #expect(failure?.message == "time limit of 0.15 seconds exceeded", "\(program)")
    #expect(ContinuousClock.now - start < .milliseconds(150) + stopAllowance, "\(program)")
}

@Test(arguments: runawayPrograms)
func runawayLoopStopsOnTheInterruptFlag(_ program: String) throws {
    let flag = InterruptFlag()
    let py = interpreter(flag)
    let setAt = Mutex<ContinuousClock.Instant?>(nil)
    let trigger = Thread {
        Thread.sleep(forTimeInterval: 0.1)
        setAt.withLock { $0 = .now }
        flag.set()
    }
    trigger.start()
    let failure = withWatchdog(seconds: 20, "ignored the interrupt flag:\n\(program)") { py.run(program, file: "<loop>") }
    let stopped = ContinuousClock.now
    #expect(failure?.isInterrupt == true, "\(program)")
    let set = try #require(setAt.withLock { $0 })
    #expect(stopped - set < stopAllowance, "\(program)")
    #expect(py.run("assert a.m() == 1") == nil, "the interpreter stays usable")
}
