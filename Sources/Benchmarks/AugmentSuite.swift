/// Runs the `augment` benchmark suite; `quick` asks for a short run.
func runAugmentSuite(quick: Bool) throws {
    print("augment: not yet measured")
}
