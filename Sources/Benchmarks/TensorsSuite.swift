/// Runs the `tensors` benchmark suite; `quick` asks for a short run.
func runTensorsSuite(quick: Bool) throws {
    print("tensors: not yet measured")
}
