import Synchronization

/// A flag the host sets (e.g. from a SIGINT handler) to interrupt running Python code with
/// `KeyboardInterrupt`; the interpreter polls it every few thousand steps.
///
///     let interrupt = InterruptFlag()          // a global `let` is fine in signal handlers
///     let py = PythonInterpreter(interrupt: interrupt)
public final class InterruptFlag: Sendable {
    let storage = Atomic<Bool>(false)
    /// A cleared flag.
    public init() {}
    /// Requests an interrupt.
    public func set() { storage.store(true, ordering: .relaxed) }
    /// Clears a pending request.
    public func clear() { storage.store(false, ordering: .relaxed) }
    /// True while a request is pending.
    public var isSet: Bool { storage.load(ordering: .relaxed) }
}

/// Limits for one run, for graders and the REPL.
public struct RunLimits: Sendable {
    /// Maximum loop iterations plus function calls; `nil` for none.
    public var stepBudget: Int?
    /// Wall-clock limit per run; `nil` for none.
    public var timeLimit: Duration?
    /// Maximum characters printed per run; `nil` for none.
    public var outputLimit: Int?
    /// Maximum Python call depth (`RecursionError` beyond it).
    public var recursionLimit: Int
    /// Creates limits; the defaults allow everything except recursion deeper than 1000.
    public init(stepBudget: Int? = nil, timeLimit: Duration? = nil, outputLimit: Int? = nil, recursionLimit: Int = 1000) {
        self.stepBudget = stepBudget; self.timeLimit = timeLimit; self.outputLimit = outputLimit; self.recursionLimit = recursionLimit
    }
}

/// What learner code may touch on the host: `open` reads only `readableFolders` (and the
/// workspace) and writes only inside `workspaceFolder`. Nothing else (processes, network,
/// environment) is reachable at all.
public struct SandboxPolicy: Sendable {
    /// Folders whose files `open(path)` may read.
    public var readableFolders: [String] { didSet { linkedFolders = findLinkedFolders() } }
    /// The one folder where files may be created or written; relative paths resolve here.
    public var workspaceFolder: String? { didSet { linkedFolders = findLinkedFolders() } }
    /// Folders learner code may never read nor write, even inside the others (a course's lessons).
    public var hiddenFolders: [String] = []
    /// The symbolic links found in the readable folders when they were set (see `canRead`).
    private(set) var linkedFolders: [String] = []
    /// Creates a policy; the default allows no file access.
    public init(readableFolders: [String] = [], workspaceFolder: String? = nil) {
        self.readableFolders = readableFolders; self.workspaceFolder = workspaceFolder
        linkedFolders = findLinkedFolders()
    }
}

/// The Python interpreter: one main module (`__main__`) whose globals persist across runs,
/// fresh built-ins per instance, host-registered modules, limits and a sandbox.
///
///     let py = PythonInterpreter(output: { print($0, terminator: "") })
///     if let failure = py.run("x = 1 + 1\nprint(x)", file: "<exercise predict-19>") {
///         print(failure.traceback)
///     }
public final class PythonInterpreter {
    /// Receives everything Python prints.
    public var output: (String) -> Void
    /// Limits applied to each run.
    public var limits = RunLimits()
    /// File access rules for `open`.
    public var policy = SandboxPolicy()
    /// Handles notebook lines (`!wget …`, `%matplotlib inline`); the default ignores them.
    public var magicHandler: ((String) throws -> Void)?
    /// Maps library errors (thrown by native functions) to Python exceptions; unmapped errors become `ValueError`.
    public var errorTranslator: ((Error) -> PythonError?)?
    /// The interrupt flag this interpreter polls.
    public let interruptFlag: InterruptFlag

    /// The built-in namespace (fresh per interpreter; learner code cannot modify it).
    var builtins: [String: Value] = [:]
    let mainGlobals = Globals()
    var modules: [String: PyModule] = [:]
    var moduleProviders: [String: (PythonInterpreter) throws -> PyModule] = [:]
    var sources: [String: [Substring]] = [:]
    var handlingStack: [PyExceptionObject] = []

    /// Hot counters live behind a pointer: no dynamic exclusivity checks in the evaluation loop.
    /// `[0]` is the call depth, `[1]` the steps counted, `[2]` the step count at which the
    /// limits are next checked.
    let counters: UnsafeMutablePointer<Int>
    /// Frees the objects that only reference cycles keep alive (Python's `gc`).
    public let collector: CycleCollector
    var depth: Int {
        get { counters[0] }
        set { counters[0] = newValue }
    }
    var ticks: Int {
        get { counters[1] }
        set { counters[1] = newValue }
    }
    var runStartTicks = 0
    var runDeadline: ContinuousClock.Instant?
    var outputCount = 0
    var outputCapReached = false
    var recursionLimit: Int { limits.recursionLimit }
    var evaluating = false
    var reprDepth = 0
    var reprActive: Set<ObjectIdentifier> = []

    nonisolated(unsafe) static let scratch = PythonInterpreter(output: { _ in })

    /// Creates an interpreter printing through `output`.
    public init(output: @escaping (String) -> Void = { Swift.print($0, terminator: "") }, interrupt: InterruptFlag = InterruptFlag()) {
        self.output = output
        self.interruptFlag = interrupt
        let counters = UnsafeMutablePointer<Int>.allocate(capacity: 3)
        counters.initialize(repeating: 0, count: 3)
        self.counters = counters
        // A due collection makes the next step poll, and the poll collects.
        collector = CycleCollector(requestPoll: { counters[2] = 0 })
        // Built-ins are tracked too: their classes refer to themselves (`__mro__`).
        builtins = CycleCollector.withCurrent(collector) { makeBuiltins() }
        let main = PyModule(name: "__main__")
        main.globals = mainGlobals
        modules["__main__"] = main
        mainGlobals.slot("__name__").value = .str("__main__")
        collector.insert(mainGlobals)
        collector.insert(main)
        moduleProviders["gc"] = { makeGCModule($0) }
    }

    deinit {
        // What only this interpreter kept alive goes with it, cycles included (functions and
        // their globals form one); objects the host still holds survive, no longer tracked.
        builtins = [:]
        modules = [:]
        moduleProviders = [:]
        collector.collect(heldByCaller: [mainGlobals])
        collector.detachAll()
        counters.deallocate()
    }

    // MARK: running code

    /// Runs `source` as a cell or file named `file`, returning the failure if it raised.
    /// `echo` selects interactive echo of expression values (which also sets `_`).
    @discardableResult
    public func run(_ source: String, file: String = "<string>", echo: EchoMode = .none) -> PythonFailure? {
        do { try execute(source, file: file, echo: echo); return nil } catch let f as PythonFailure { return f } catch {
            return PythonFailure(exception: pythonError(from: error).exception, interpreter: self)
        }
    }

    /// Like `run`, but throws the `PythonFailure`.
    public func execute(_ source: String, file: String = "<string>", echo: EchoMode = .none) throws {
        sources[file] = source.split(separator: "\n", omittingEmptySubsequences: false)
        try guarded {
            let code: CodeObject
            do {
                code = try Compiler.compileModule(try Parser.parse(source), file: file, globals: mainGlobals, echo: echo)
            } catch let e as SyntaxErrorInfo {
                throw PythonFailure(syntax: e, file: file, interpreter: self)
            }
            let frame = Frame(code: code, globals: mainGlobals, interp: self)
            do { _ = try code.body.exec(frame) } catch {
                let e = pythonError(from: error)
                e.exception.leaveFrame(file: file, function: "<module>", fallback: code.body.span)
                throw e
            }
        }
    }

    /// Evaluates one expression in the main module and returns its value.
    public func evaluate(_ expression: String, file: String = "<string>") throws -> Value {
        sources[file] = expression.split(separator: "\n", omittingEmptySubsequences: false)
        var parser = Parser(source: expression)
        let expr: Expr
        let code = CodeObject(name: "<module>", file: file)
        let node: ExprNode
        do {
            (expr, node) = try onEvaluationThread {
                let e = try parser.expression()
                while parser.peek.kind == .newline { parser.advance() }
                guard parser.isAtEnd else { throw parser.error("invalid syntax") }
                var compiler = Compiler(
                    file: file, globals: mainGlobals, interactive: false,
                    scope: Scope(kind: .module, parent: nil, code: code, globals: mainGlobals, qualifiedPrefix: ""))
                return (e, try compiler.expression(e))
            }
        } catch let e as SyntaxErrorInfo {
            throw PythonFailure(syntax: e, file: file, interpreter: self)
        }
        var result: Value = .none
        try guarded {
            let frame = Frame(code: code, globals: mainGlobals, interp: self)
            do { result = try node.eval(frame) } catch {
                let e = pythonError(from: error)
                e.exception.leaveFrame(file: file, function: "<module>", fallback: expr.span)
                throw e
            }
        }
        return result
    }

    /// Runs `body` as one top-level run: resets per-run limits, uses the large-stack thread,
    /// and turns Python exceptions into `PythonFailure`.
    func guarded(_ body: () throws -> Void) throws {
        let outer = !evaluating
        if outer {
            runStartTicks = ticks
            counters[2] = ticks &+ Self.limitPollInterval
            runDeadline = limits.timeLimit.map { ContinuousClock.now + $0 }
            outputCount = 0
            outputCapReached = false
            depth = 0
            interruptFlag.clear()
        }
        defer { if outer, collector.isCollectionDue { collector.collectDue() } }
        do {
            try onEvaluationThread(body)
        } catch let e as PythonError {
            throw PythonFailure(exception: e.exception, interpreter: self)
        }
    }

    /// Runs `body` on a thread with a large stack unless already evaluating.
    func onEvaluationThread<T>(_ body: () throws -> T) throws -> T {
        if evaluating { return try body() }
        evaluating = true
        defer { evaluating = false }
        return try runOnLargeStack { try CycleCollector.withCurrent(self.collector, body) }
    }

    // MARK: globals

    /// Reads a global of the main module.
    public func global(_ name: String) -> Value? { mainGlobals.slots[name]?.value }

    /// Sets (or with `nil`, deletes) a global of the main module.
    public func setGlobal(_ name: String, _ value: Value?) { mainGlobals.slot(name).value = value }

    /// Names of all bound globals of the main module.
    public var globalNames: [String] { mainGlobals.boundNames.sorted() }

    /// Adds or replaces a built-in visible to all code run by this interpreter.
    public func setBuiltin(_ name: String, _ value: Value) { builtins[name] = value }
}
