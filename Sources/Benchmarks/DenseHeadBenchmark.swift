import Tensors

/// The gradient of the transfer model's Dense(1024) kernel at batch 20: `xᵀ · gz`, `x` being
/// 20 × 37,632 (InceptionV3's flattened `mixed7`) and `gz` 20 × 1,024. Prints, best of a few runs
/// with OpenBLAS and ``ShortDepthProduct`` interleaved (same machine load),
/// `dense_head_weight_gradient_openblas_ms` and `dense_head_weight_gradient_short_depth_ms`, each
/// followed by its `_cpu_ms` (CPU time of both cores, which other processes' load barely moves).
func measureDenseHead(quick: Bool) {
    let (batch, inputs, units) = (20, 37_632, 1_024)
    var rng = RandomGenerator(seed: 9)
    func buffer(_ count: Int) -> SharedPointer<Float> {
        let pointer = UnsafeMutablePointer<Float>.allocate(capacity: count)
        pointer.initialize(from: Tensor.uniform([count], using: &rng).asArray(Float.self), count: count)
        return SharedPointer(pointer)
    }
    let px = buffer(batch * inputs), pgz = buffer(batch * units), pgw = buffer(inputs * units)
    defer { for p in [px, pgz, pgw] { p.base.deallocate() } }
    let runs: [(String, () -> Void)] = [
        (
            "openblas",
            {
                // What `gemm` did before: the rows split over the cores, OpenBLAS on each half.
                KernelThreads.run(parts: 2) { part in
                    let first = part * inputs / 2
                    rowMajorSGEMM(
                        transposeA: true, m: inputs / 2, n: units, k: batch, a: px.base + first, lda: inputs, b: pgz.base, ldb: units,
                        c: pgw.base + first * units, ldc: units)
                }
            }
        ),
        (
            "short_depth",
            {
                ShortDepthProduct.multiply(
                    rows: inputs, columns: units, depth: batch, a: px.base, lda: inputs, b: pgz.base, ldb: units, c: pgw.base, ldc: units)
            }
        ),
    ]
    var best = [Double](repeating: .infinity, count: runs.count), cpu = best
    for _ in 0..<(quick ? 3 : 8) {
        for (index, run) in runs.enumerated() {
            let (start, startCPU) = (monotonicSeconds(), processCPUSeconds())
            run.1()
            best[index] = min(best[index], monotonicSeconds() - start)
            cpu[index] = min(cpu[index], processCPUSeconds() - startCPU)
        }
    }
    for (index, run) in runs.enumerated() {
        print("dense_head_weight_gradient_\(run.0)_ms: \(String(format: "%.2f", best[index] * 1000))")
        print("dense_head_weight_gradient_\(run.0)_cpu_ms: \(String(format: "%.2f", cpu[index] * 1000))")
    }
}
