/// Runs the `interp` benchmark suite; `quick` asks for a short run.
func runInterpreterSuite(quick: Bool) throws {
    print("interp: not yet measured")
}
