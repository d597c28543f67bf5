/// Python's `gc` module: `collect()`, `enable()`, `disable()`, `isenabled()`.
func makeGCModule(_ interp: PythonInterpreter) -> PyModule {
    let module = PyModule(name: "gc", doc: "Frees objects that only reference cycles keep alive.")
    unowned let interp = interp
    let functions = [
        PyNativeFunction("collect", "generation=2") { _ in .int(interp.collector.collect()) },
        PyNativeFunction("enable", "") { _ in
            interp.collector.isEnabled = true; return .none
        },
        PyNativeFunction("disable", "") { _ in
            interp.collector.isEnabled = false; return .none
        },
        PyNativeFunction("isenabled", "") { _ in .bool(interp.collector.isEnabled) },
    ]
    for f in functions { module.attributes[f.name] = .object(f) }
    return module
}
