extension PythonInterpreter {
    /// Counts one step of loop work for the step budget, and every ``limitPollInterval`` steps
    /// checks the interrupt flag, the deadline and the budget, blaming `span` in a traceback.
    @inline(__always)
    func tick(_ span: Span, _ f: Frame) throws {
        counters[1] &+= 1
        if counters[1] >= counters[2] { try located(span, f) { try pollLimits() } }
    }

    /// Counts one step of work done outside a loop node (a call, a native iterator's element).
    ///
    /// Every path that can run for long counts through here or ``tick(_:_:)``, so whatever mix
    /// of loops, calls and native iteration a program makes, the limits are checked at least
    /// every ``limitPollInterval`` steps. (A poll on `ticks % 1024 == 0` missed loops whose
    /// iterations each count an even number of steps: `while True: f(0)` never stopped.)
    @inline(__always)
    public func countStep() throws {
        counters[1] &+= 1
        if counters[1] >= counters[2] { try pollLimits() }
    }

    /// Steps between two checks of the interrupt flag, the deadline and the budget.
    static let limitPollInterval = 1024

    @inline(never)
    func pollLimits() throws {
        counters[2] = counters[1] &+ Self.limitPollInterval
        if collector.isCollectionDue { collector.collectDue() }
        try checkLimits()
    }

    /// Raises `KeyboardInterrupt` or `TimeoutError` if the host asked to stop. Native code running
    /// long loops may call this too.
    public func checkLimits() throws {
        if interruptFlag.isSet {
            interruptFlag.clear()
            let e = PythonError(PyTypes.KeyboardInterrupt, "")
            e.exception.args = []
            e.exception.isUncatchable = true
            throw e
        }
        if let budget = limits.stepBudget, ticks - runStartTicks > budget {
            let e = PythonError(PyTypes.TimeoutError, "step budget of \(budget) steps exceeded")
            e.exception.isUncatchable = true
            throw e
        }
        if let deadline = runDeadline, ContinuousClock.now > deadline {
            let seconds = limits.timeLimit.map { "\(Double($0.components.seconds) + Double($0.components.attoseconds) / 1e18)" } ?? "?"
            let e = PythonError(PyTypes.TimeoutError, "time limit of \(seconds) seconds exceeded")
            e.exception.isUncatchable = true
            throw e
        }
    }
}
