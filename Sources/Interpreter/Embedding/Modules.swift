extension PythonInterpreter {
    /// Registers a module that is built on first `import` (lazily); dotted names register submodules.
    ///
    ///     py.registerModule("tensorflow") { interp in makeTensorFlowModule(interp) }
    ///     py.registerModule("tensorflow.keras") { _ in kerasModule }
    public func registerModule(_ name: String, _ provider: @escaping (PythonInterpreter) throws -> PyModule) {
        moduleProviders[name] = provider
    }

    /// Registers an already-built module under its name.
    public func registerModule(_ module: PyModule) { modules[module.name] = module }

    /// Imports a module by dotted name, loading parents first and attaching children to them.
    public func importModule(_ dotted: String) throws -> PyModule {
        if let m = modules[dotted] { return m }
        let parts = dotted.split(separator: ".").map(String.init)
        var parent: PyModule? = nil
        var prefix = ""
        for part in parts {
            prefix = prefix.isEmpty ? part : prefix + "." + part
            var module = modules[prefix]
            if module == nil, let provider = moduleProviders[prefix] {
                module = try provider(self)
                modules[prefix] = module
            }
            if module == nil, let parent, case .object(let o)? = try parent.attribute(part), let m = o as? PyModule {
                module = m
                modules[prefix] = m
            }
            guard let found = module else {
                let e = PythonError(PyTypes.ModuleNotFoundError, "No module named '\(prefix)'")
                e.exception.attributes["name"] = .str(prefix)
                throw e
            }
            if let parent, parent.attributes[part] == nil { parent.attributes[part] = .object(found) }
            parent = found
        }
        return parent!
    }
}
