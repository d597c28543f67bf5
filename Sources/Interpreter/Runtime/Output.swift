extension PythonInterpreter {
    /// Writes program output through the host's sink, enforcing the output cap.
    public func write(_ text: String) throws {
        outputCount += text.utf8.count
        if let cap = limits.outputLimit, outputCount > cap {
            if !outputCapReached {
                outputCapReached = true
                output(String(text.utf8.prefix(max(0, cap - (outputCount - text.utf8.count)))) ?? "")
            }
            let e = PythonError(PyTypes.RuntimeError, "output limit of \(cap) characters exceeded")
            e.exception.isUncatchable = true
            throw e
        }
        output(text)
    }
}
