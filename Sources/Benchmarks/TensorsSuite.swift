import Foundation
import Tensors

/// Runs the `tensors` benchmark suite; `quick` asks for a short run.
func runTensorsSuite(quick: Bool) throws {
    scratchElementwise(); scratchAlloc()
    let sgemm = try measureSgemm(size: 1024, repeats: quick ? 3 : 10)
    report("sgemm_gflops", sgemm)
    try measureElementwise(count: 10_000_000, repeats: quick ? 5 : 20)
    try measureConvolutions(sgemmGflops: sgemm, quick: quick)
}

/// Prints one `name: value` line.
func report(_ name: String, _ value: Double, digits: Int = 2) {
    print("\(name): \(String(format: "%.\(digits)f", value))")
}

/// Best wall time of `repeats` runs of `body`, in seconds.
func bestTime(repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(repeats, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

private func measureSgemm(size: Int, repeats: Int) throws -> Double {
    var rng = RandomGenerator(seed: 1)
    let a = Tensor.uniform([size, size], using: &rng)
    let b = Tensor.uniform([size, size], using: &rng)
    _ = try a.matmul(b)
    let seconds = try bestTime(repeats: repeats) { _ = try a.matmul(b) }
    return 2 * pow(Double(size), 3) / seconds / 1e9
}

private func measureElementwise(count: Int, repeats: Int) throws {
    var rng = RandomGenerator(seed: 2)
    let a = Tensor.uniform([count], low: -1, high: 1, using: &rng)
    let b = Tensor.uniform([count], low: -1, high: 1, using: &rng)
    let bytes = Double(count * 4)
    _ = try a + b
    let add = try bestTime(repeats: repeats) { _ = try a + b }
    report("elementwise_add_gbytes_per_s", 3 * bytes / add / 1e9)
    let relu = try bestTime(repeats: repeats) { _ = try a.relu() }
    report("elementwise_relu_gbytes_per_s", 2 * bytes / relu / 1e9)
    let scale = try bestTime(repeats: repeats) { _ = try a * 0.5 }
    report("elementwise_scalar_multiply_gbytes_per_s", 2 * bytes / scale / 1e9)
    let exp = try bestTime(repeats: repeats) { _ = try a.exp() }
    report("elementwise_exp_gbytes_per_s", 2 * bytes / exp / 1e9)
    let rows = try a.reshaped(to: [count / 1000, 1000])
    let bias = try b.reshaped(to: [count / 1000, 1000]).sum(axis: 0)
    let broadcastAdd = try bestTime(repeats: repeats) { _ = try rows + bias }
    report("elementwise_broadcast_add_gbytes_per_s", 2 * bytes / broadcastAdd / 1e9)
    let sum = try bestTime(repeats: repeats) { _ = try a.sum() }
    report("reduce_sum_gbytes_per_s", bytes / sum / 1e9)
    report("elementwise_gbytes_per_s", 3 * bytes / add / 1e9)
}

private func measureConvolutions(sgemmGflops: Double, quick: Bool) throws {
    print("conv: not yet measured")
}
