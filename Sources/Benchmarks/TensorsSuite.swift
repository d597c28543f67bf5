import Foundation
import Tensors

/// Runs the `tensors` benchmark suite; `quick` asks for a short run.
///
/// Prints `sgemm_gflops` and the raw conv kernel figures (from `TensorsKernelsBenchmark.swift`),
/// then the same convolutions through the `Tensor` ops with autograd, then elementwise throughput.
/// `$DEEPLINGS_TENSORS_ONLY=dense_head` runs only the transfer head's products.
func runTensorsSuite(quick: Bool) throws {
    if ProcessInfo.processInfo.environment["DEEPLINGS_TENSORS_ONLY"] == "dense_head" { return measureDenseHead(quick: quick) }
    let sgemm = try runTensorsKernelsBenchmarks(quick: quick)
    try measureTensorConvolutions(sgemmGflops: sgemm, repeats: quick ? 3 : 6)
    try measureTensorMatmul(repeats: quick ? 3 : 8, sgemmGflops: sgemm)
    measureDenseHead(quick: quick)
    try measureTensorStepOverheads(repeats: quick ? 2 : 5)
    try measureElementwise(count: 10_000_000, repeats: quick ? 5 : 15)
}

/// Prints one `name: value` line.
private func report(_ name: String, _ value: Double, digits: Int = 2) {
    print("\(name): \(String(format: "%.\(digits)f", value))")
}

/// Best wall time of `repeats` runs of `body`, in seconds.
private func bestTime(repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity
    for _ in 0..<max(repeats, 1) {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

/// Forward + backward of `Tensor.conv2d` (input, kernel and bias all requiring gradients except
/// the first layer's input, as in training), so tape and allocation overheads are included.
private func measureTensorConvolutions(sgemmGflops: Double, repeats: Int) throws {
    var rng = RandomGenerator(seed: 5)
    for shape in convBenchmarkShapes {
        let isFirstLayer = shape.channels <= 3
        let x = Tensor.uniform([shape.batch, shape.height, shape.width, shape.channels], using: &rng)
        let w = try Initializer.glorotUniform.make([shape.kernel, shape.kernel, shape.channels, shape.filters], using: &rng)
        let b = Tensor.zeros([shape.filters])
        x.requiresGradient = !isFirstLayer
        w.requiresGradient = true
        b.requiresGradient = true
        let outHeight = shape.height - shape.kernel + 1, outWidth = shape.width - shape.kernel + 1
        let flopsPerPass = 2.0 * Double(shape.batch * outHeight * outWidth) * Double(shape.kernel * shape.kernel * shape.channels * shape.filters)
        let passes = isFirstLayer ? 2.0 : 3.0
        let seed = Tensor.ones([shape.batch, outHeight, outWidth, shape.filters])
        let seconds = try bestTime(repeats: shape.height > 100 ? max(2, repeats / 2) : repeats) {
            let y = try x.conv2d(w, bias: b)
            try y.backward(seed)
            w.grad = nil
            b.grad = nil
            x.grad = nil
        }
        let gflops = passes * flopsPerPass / seconds / 1e9
        report("tensor_\(shape.name)_fwdbwd_ms", seconds * 1000)
        report("tensor_\(shape.name)_fwdbwd_gflops", gflops)
        report("tensor_\(shape.name)_fraction_of_sgemm", gflops / sgemmGflops, digits: 3)
    }
}

private func measureTensorMatmul(repeats: Int, sgemmGflops: Double) throws {
    var rng = RandomGenerator(seed: 1)
    let a = Tensor.uniform([1024, 1024], using: &rng)
    let b = Tensor.uniform([1024, 1024], using: &rng)
    let seconds = try bestTime(repeats: repeats) { _ = try a.matmul(b) }
    report("tensor_matmul1024_gflops", 2 * pow(1024, 3) / seconds / 1e9)
}

private func measureElementwise(count: Int, repeats: Int) throws {
    var rng = RandomGenerator(seed: 2)
    let a = Tensor.uniform([count], low: -1, high: 1, using: &rng)
    let b = Tensor.uniform([count], low: -1, high: 1, using: &rng)
    let bytes = Double(count * 4)
    let source = UnsafeMutablePointer<Float>.allocate(capacity: count)
    let target = UnsafeMutablePointer<Float>.allocate(capacity: count)
    source.initialize(repeating: 1, count: count)
    target.initialize(repeating: 0, count: count)
    let memcpySeconds = bestTime(repeats: repeats) { memcpy(target, source, count * 4) }
    source.deallocate()
    target.deallocate()
    report("memcpy_gbytes_per_s", 2 * bytes / memcpySeconds / 1e9)
    _ = try a + b
    let add = try bestTime(repeats: repeats) { _ = try a + b }
    report("elementwise_gbytes_per_s", 3 * bytes / add / 1e9)
    let multiply = try bestTime(repeats: repeats) { _ = try a * b }
    report("elementwise_multiply_gbytes_per_s", 3 * bytes / multiply / 1e9)
    let relu = try bestTime(repeats: repeats) { _ = try a.relu() }
    report("elementwise_relu_gbytes_per_s", 2 * bytes / relu / 1e9)
    let scale = try bestTime(repeats: repeats) { _ = try a * 0.5 }
    report("elementwise_scalar_multiply_gbytes_per_s", 2 * bytes / scale / 1e9)
    let rows = try a.reshaped(to: [count / 1000, 1000])
    let bias = try b.reshaped(to: [count / 1000, 1000]).sum(axis: 0)
    let broadcastAdd = try bestTime(repeats: repeats) { _ = try rows + bias }
    report("elementwise_broadcast_add_gbytes_per_s", 2 * bytes / broadcastAdd / 1e9)
    let sigmoid = try bestTime(repeats: repeats) { _ = try a.sigmoid() }
    report("elementwise_sigmoid_gbytes_per_s", 2 * bytes / sigmoid / 1e9)
    let exp = try bestTime(repeats: repeats) { _ = try a.exp() }
    report("elementwise_exp_gbytes_per_s", 2 * bytes / exp / 1e9)
    let sum = try bestTime(repeats: repeats) { _ = try a.sum() }
    report("reduce_sum_gbytes_per_s", bytes / sum / 1e9)
    let columnSum = try bestTime(repeats: repeats) { _ = try rows.sum(axis: 0) }
    report("reduce_column_sum_gbytes_per_s", bytes / columnSum / 1e9)
}
