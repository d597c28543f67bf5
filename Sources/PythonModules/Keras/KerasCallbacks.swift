import Interpreter
import NeuralNet

/// `keras.callbacks`: the `Callback` base class learners subclass, `History`, and the adapter that
/// lets `fit` call a Python callback's `on_epoch_end(self, epoch, logs)`.
///
///     class MyCallback(tf.keras.callbacks.Callback):
///         def on_epoch_end(self, epoch, logs={}):
///             if logs.get('accuracy') > 0.9: self.model.stop_training = True
enum KerasCallbacks {
    /// The hooks, with the Keras 2 names a class may define instead.
    static let hooks = [
        "on_train_begin", "on_train_end", "on_epoch_begin", "on_epoch_end",
        "on_train_batch_begin", "on_train_batch_end", "on_batch_begin", "on_batch_end",
    ]

    /// The `Callback` base class, whose hooks do nothing.
    static func makeCallbackClass() -> PyClass {
        var attributes: [(String, Value)] = [
            (
                "__init__",
                .object(
                    PyNativeFunction("Callback.__init__", "self") { a in
                        let me = try KerasNative.payload(a["self"], as: PyInstance.self, expected: "a Callback")
                        if me.attributes["model"] == nil { me.attributes["model"] = .none }
                        if me.attributes["params"] == nil { me.attributes["params"] = .dict(PyDict()) }
                        return .none
                    })
            ),
            KerasNative.method("set_model", "model", owner: "Callback") { a in
                try KerasNative.payload(a["self"], as: PyInstance.self, expected: "a Callback").attributes["model"] = a["model"]
                return .none
            },
            KerasNative.method("set_params", "params", owner: "Callback") { a in
                try KerasNative.payload(a["self"], as: PyInstance.self, expected: "a Callback").attributes["params"] = a["params"]
                return .none
            },
        ]
        for hook in hooks {
            let signature = hook.contains("batch") ? "batch, logs=None" : hook.contains("epoch") ? "epoch, logs=None" : "logs=None"
            attributes.append(KerasNative.method(hook, signature, owner: "Callback") { _ in .none })
        }
        return KerasNative.makeClass("Callback", module: "keras.src.callbacks.callback", attributes: attributes)
    }

    /// The `History` class (a Callback) whose instances `fit` returns.
    static func makeHistoryClass(base: PyClass) -> PyClass {
        KerasNative.makeClass("History", module: "keras.src.callbacks.history", bases: [base], attributes: [])
    }

    /// Adapters for the Python callbacks in `list` (None, a list or a tuple).
    static func adapters(_ list: Value, model: Value, _ interp: PythonInterpreter) throws -> [Callback] {
        if list.isNone { return [] }
        let items: [Value]
        switch list {
        case .list, .tuple: items = try interp.iterateToArray(list)
        default:
            throw PythonError.typeError("`callbacks` must be a list of Callback objects, received \(list.typeName). Write callbacks=[my_callback].")
        }
        return try items.map { item in
            guard case .object(let o) = item, let instance = o as? PyInstance else {
                throw PythonError.typeError(
                    "Each callback must be an instance of a keras.callbacks.Callback subclass, received \(try interp.repr(item)). Create it first: callbacks=[MyCallback()].")
            }
            return PythonCallback(instance, model: model, interp)
        }
    }

    /// The Python History for a finished `fit`: `history` dict, `epoch` list, `params` and `model`.
    static func historyObject(_ history: History, model: Value, runtime: KerasRuntime) throws -> Value {
        let object = PyInstance(cls: runtime.classes.history)
        let dict = PyDict()
        for key in history.keys { dict.setString(key, .list((history.history[key] ?? []).map(KerasModelTraining.float32))) }
        object.attributes["history"] = .dict(dict)
        object.attributes["epoch"] = .list(history.epoch.map { .int($0) })
        let params = PyDict()
        for (key, value) in history.params.sorted(by: { $0.key < $1.key }) { params.setString(key, .int(value)) }
        object.attributes["params"] = .dict(params)
        object.attributes["model"] = model
        return .object(object)
    }
}

/// Calls a Python callback's hooks from `fit`, with `self.model` and `self.params` set first.
final class PythonCallback: Callback {
    let instance: PyInstance
    let modelValue: Value
    unowned let interp: PythonInterpreter
    private let defined: Set<String>

    init(_ instance: PyInstance, model: Value, _ interp: PythonInterpreter) {
        self.instance = instance
        self.modelValue = model
        self.interp = interp
        var defined: Set<String> = []
        for hook in KerasCallbacks.hooks {
            guard let own = instance.cls.lookup(hook) else { continue }
            if case .object(let o) = own, o is PyNativeFunction { continue }
            defined.insert(hook)
        }
        self.defined = defined
        super.init()
    }

    private func invoke(_ hook: String, _ positional: [Value], _ logs: Logs) throws {
        guard defined.contains(hook) else { return }
        let dict = PyDict()
        for (key, value) in logs { dict.setString(key, KerasModelTraining.float32(value)) }
        try interp.callMethod(.object(instance), hook, positional + [.dict(dict)])
    }

    override func onTrainBegin(logs: Logs) throws {
        instance.attributes["model"] = modelValue
        let params = PyDict()
        for (key, value) in self.params.sorted(by: { $0.key < $1.key }) { params.setString(key, .int(value)) }
        instance.attributes["params"] = .dict(params)
        try invoke("on_train_begin", [], logs)
    }
    override func onTrainEnd(logs: Logs) throws { try invoke("on_train_end", [], logs) }
    override func onEpochBegin(_ epoch: Int, logs: Logs) throws { try invoke("on_epoch_begin", [.int(epoch)], logs) }
    override func onEpochEnd(_ epoch: Int, logs: Logs) throws { try invoke("on_epoch_end", [.int(epoch)], logs) }
    override func onTrainBatchBegin(_ batch: Int, logs: Logs) throws {
        try invoke(defined.contains("on_train_batch_begin") ? "on_train_batch_begin" : "on_batch_begin", [.int(batch)], logs)
    }
    override func onTrainBatchEnd(_ batch: Int, logs: Logs) throws {
        try invoke(defined.contains("on_train_batch_end") ? "on_train_batch_end" : "on_batch_end", [.int(batch)], logs)
    }
}

/// Forwards the interpreter's Ctrl-C flag to the model, so `fit` stops after the current batch
/// with its `KeyboardInterrupt` message and keeps the weights reached; past the run's deadline
/// it raises the interpreter's `TimeoutError` after the batch.
final class InterpreterInterruptBridge: Callback {
    unowned let interp: PythonInterpreter

    init(_ interp: PythonInterpreter) {
        self.interp = interp
        super.init()
    }

    override func onTrainBatchEnd(_ batch: Int, logs: Logs) throws {
        if interp.interruptFlag.isSet {
            interp.interruptFlag.clear()
            model?.interruptFlag.request()
            return
        }
        // A grader's deadline ends `fit` between batches too, not only after the last epoch.
        try interp.checkLimits()
    }
}
