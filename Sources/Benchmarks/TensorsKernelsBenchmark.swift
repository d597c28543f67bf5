import Foundation
import Tensors
#if canImport(Glibc)
    import Glibc
#endif

/// One convolution shape of the benchmark: NHWC input, square kernel, `filters` outputs.
struct ConvBenchmarkShape {
    let name: String
    let batch: Int, height: Int, width: Int, channels: Int, kernel: Int, filters: Int

    /// The shape as a convolution (stride 1, valid padding).
    func geometry() throws -> Conv2DGeometry {
        try Conv2DGeometry(
            inputShape: [batch, height, width, channels], filterShape: [kernel, kernel, channels, filters], padding: .valid)
    }
}

/// The shapes the issue asks for: the seed CNN's layers and two large first layers (batch 32, 3×3,
/// valid); `DEEPLINGS_CONV_SHAPES=conv13x13x64,…` keeps only the shapes it names.
let convBenchmarkShapes = allConvBenchmarkShapes.filter { shape in
    ProcessInfo.processInfo.environment["DEEPLINGS_CONV_SHAPES"].map { $0.split(separator: ",").contains(Substring(shape.name)) } ?? true
}

private let allConvBenchmarkShapes = [
    ConvBenchmarkShape(name: "conv28x28x1", batch: 32, height: 28, width: 28, channels: 1, kernel: 3, filters: 64),
    ConvBenchmarkShape(name: "conv13x13x64", batch: 32, height: 13, width: 13, channels: 64, kernel: 3, filters: 64),
    ConvBenchmarkShape(name: "conv150x150x3", batch: 32, height: 150, width: 150, channels: 3, kernel: 3, filters: 16),
    ConvBenchmarkShape(name: "conv300x300x3", batch: 32, height: 300, width: 300, channels: 3, kernel: 3, filters: 16),
    // The horses network's second and third layers (at batch 32; the step uses 128).
    ConvBenchmarkShape(name: "conv149x149x16", batch: 32, height: 149, width: 149, channels: 16, kernel: 3, filters: 32),
    ConvBenchmarkShape(name: "conv73x73x32", batch: 32, height: 73, width: 73, channels: 32, kernel: 3, filters: 64),
    ConvBenchmarkShape(name: "conv35x35x64", batch: 32, height: 35, width: 35, channels: 64, kernel: 3, filters: 64),
]

/// Times forward + backward (filter and data) of each raw conv kernel and prints, per shape,
/// `<name>_fwdbwd_ms`, `<name>_fwdbwd_gflops`, `<name>_fraction_of_sgemm` and the three passes'
/// GFLOPS, after `sgemm_gflops` (1024², default BLAS threads, unless `printSGEMM` is false)
/// measured in the same run; then the forward pass of InceptionV3's 1×7 and 7×1 layers against
/// im2col (``sevenTapBenchmarkShapes``), and 2×2 max-pooling timings. Each figure is the best of several
/// repetitions, and the sgemm runs are interleaved with the convolutions so that both see the
/// same machine load; then the transfer model's convolutions (``runTransferConvBenchmarks(quick:)``). Because other processes' load swings wall-clock ratios, it also prints
/// `<name>_cpu_fraction_of_sgemm`: GFLOP per second of this process's CPU time (both threads),
/// relative to sgemm's, which preemption barely moves. Returns the sgemm GFLOPS it used.
@discardableResult
func runTensorsKernelsBenchmarks(quick: Bool, printSGEMM: Bool = true) throws -> Double {
    // Best-of-many: the 2-core machine is shared, and a short shape needs many tries to catch
    // both cores free (as the sgemm it is compared with gets).
    let repetitions = quick ? 5 : 20
    var sgemmBest = 0.0, sgemmPerCPUSecond = 0.0
    var results: [(ConvBenchmarkShape, ConvTimings)] = [], im2colResults: [(ConvBenchmarkShape, ConvTimings)] = []
    for shape in convBenchmarkShapes {
        sgemmBest = max(sgemmBest, measureSGEMM(size: 1024, repetitions: 2))
        sgemmPerCPUSecond = max(sgemmPerCPUSecond, measureSGEMMPerCPUSecond(size: 1024))
        let shapeRepetitions = shape.height > 100 ? max(2, repetitions / 5) : repetitions
        results.append((shape, try measureConv(shape, repetitions: shapeRepetitions)))
        // Layers on Winograd are also timed on im2col, the kernels they would otherwise run on.
        if ConvolutionAlgorithm(try shape.geometry()) == .winograd {
            im2colResults.append((shape, try measureConv(shape, algorithm: .im2col, repetitions: shapeRepetitions)))
        }
    }
    sgemmBest = max(sgemmBest, measureSGEMM(size: 1024, repetitions: 2))
    if printSGEMM { print("sgemm_gflops: \(format(sgemmBest))") }
    print("sgemm_gflop_per_cpu_second: \(format(sgemmPerCPUSecond))")
    for (shape, t) in results {
        print("\(shape.name)_fwdbwd_ms: \(format(t.total * 1000))")
        print("\(shape.name)_fwdbwd_gflops: \(format(3 * t.flops / t.total / 1e9))")
        print("\(shape.name)_fraction_of_sgemm: \(format(3 * t.flops / t.total / 1e9 / sgemmBest, digits: 3))")
        print("\(shape.name)_forward_ms: \(format(t.forward * 1000, digits: 2))")
        print("\(shape.name)_backward_filter_ms: \(format(t.backwardFilter * 1000, digits: 2))")
        print("\(shape.name)_backward_data_ms: \(format(t.backwardData * 1000, digits: 2))")
        print("\(shape.name)_forward_gflops: \(format(t.flops / t.forward / 1e9))")
        print("\(shape.name)_backward_filter_gflops: \(format(t.flops / t.backwardFilter / 1e9))")
        print("\(shape.name)_backward_data_gflops: \(format(t.flops / t.backwardData / 1e9))")
        print("\(shape.name)_gflop_per_cpu_second: \(format(3 * t.flops / t.cpuTotal / 1e9))")
        print("\(shape.name)_cpu_fraction_of_sgemm: \(format(3 * t.flops / t.cpuTotal / 1e9 / sgemmPerCPUSecond, digits: 3))")
    }
    for (shape, t) in im2colResults {
        print("\(shape.name)_im2col_fwdbwd_ms: \(format(t.total * 1000))")
        print("\(shape.name)_im2col_forward_ms: \(format(t.forward * 1000, digits: 2))")
        print("\(shape.name)_im2col_backward_filter_ms: \(format(t.backwardFilter * 1000, digits: 2))")
        print("\(shape.name)_im2col_backward_data_ms: \(format(t.backwardData * 1000, digits: 2))")
    }
    try runSevenTapBenchmarks(repetitions: repetitions)
    try runTransferConvBenchmarks(quick: quick)
    for shape in poolBenchmarkShapes {
        let (forward, backward) = try measureMaxPool(shape, repetitions: shape.input[1] > 100 ? max(2, repetitions / 4) : repetitions)
        let g = try Pool2DGeometry(inputShape: shape.input, poolSize: (2, 2), padding: .valid)
        let bytes = Double(g.inputCount + g.outputCount) * 4
        print("\(shape.name)_forward_ms: \(format(forward * 1000, digits: 2))")
        print("\(shape.name)_backward_ms: \(format(backward * 1000, digits: 2))")
        print("\(shape.name)_forward_gbytes_per_s: \(format(bytes / forward / 1e9))")
    }
    return sgemmBest
}

/// InceptionV3's factorised 7×7 layers as the transfer benchmark runs them (batch 20, 7×7 maps,
/// same padding): every (in, out) channel pair of `mixed4` to `mixed7`, 1×7 and 7×1. Filtered by
/// `DEEPLINGS_CONV_SHAPES` as the square shapes.
let sevenTapBenchmarkShapes = allSevenTapBenchmarkShapes.filter { shape in
    ProcessInfo.processInfo.environment["DEEPLINGS_CONV_SHAPES"].map { $0.split(separator: ",").contains(Substring(shape.name)) } ?? true
}

private let allSevenTapBenchmarkShapes: [(name: String, input: [Int], filter: [Int])] =
    [(128, 128), (128, 192), (160, 160), (160, 192), (192, 192)].flatMap { c, f in
        [
            ("conv7x7x\(c)_1x7x\(f)", [20, 7, 7, c], [1, 7, c, f]),
            ("conv7x7x\(c)_7x1x\(f)", [20, 7, 7, c], [7, 1, c, f]),
        ]
    }

/// Times the forward pass (bias, fused relu) of each of ``sevenTapBenchmarkShapes`` on the
/// algorithm ``ConvolutionAlgorithm`` picks and on im2col, alternately so that both see the same
/// load, and prints per shape `<name>_forward_ms`, `<name>_im2col_forward_ms`, the GFLOPS of each
/// counted as direct convolution, and `<name>_speedup_over_im2col`; then the sums over all shapes.
private func runSevenTapBenchmarks(repetitions: Int) throws {
    var total = 0.0, totalIm2col = 0.0
    for shape in sevenTapBenchmarkShapes {
        let g = try Conv2DGeometry(inputShape: shape.input, filterShape: shape.filter, padding: .same)
        let algorithm = ConvolutionAlgorithm(g)
        let x = randomBuffer(g.inputCount), w = randomBuffer(g.filterCount), b = randomBuffer(g.outputChannels)
        let y = UnsafeMutablePointer<Float>.allocate(capacity: g.outputCount)
        defer { for p in [x, w, b, y] { p.deallocate() } }
        var chosen = Double.infinity, im2col = Double.infinity
        for _ in 0..<(repetitions + 1) {
            let start = monotonicSeconds()
            switch algorithm {
            case .winograd1D: winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
            default: conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
            }
            let middle = monotonicSeconds()
            conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
            chosen = min(chosen, middle - start)
            im2col = min(im2col, monotonicSeconds() - middle)
        }
        total += chosen
        totalIm2col += im2col
        print("\(shape.name)_algorithm: \(algorithm)")
        print("\(shape.name)_forward_ms: \(format(chosen * 1000, digits: 3))")
        print("\(shape.name)_im2col_forward_ms: \(format(im2col * 1000, digits: 3))")
        print("\(shape.name)_forward_gflops: \(format(g.flopsPerPass / chosen / 1e9))")
        print("\(shape.name)_im2col_forward_gflops: \(format(g.flopsPerPass / im2col / 1e9))")
        print("\(shape.name)_speedup_over_im2col: \(format(im2col / chosen, digits: 2))")
    }
    guard !sevenTapBenchmarkShapes.isEmpty else { return }
    print("seven_tap_forward_ms: \(format(total * 1000, digits: 2))")
    print("seven_tap_im2col_forward_ms: \(format(totalIm2col * 1000, digits: 2))")
    print("seven_tap_speedup_over_im2col: \(format(totalIm2col / total, digits: 2))")
}

/// Max-pooling shapes timed after the convolutions (2×2, stride 2, valid).
let poolBenchmarkShapes: [(name: String, input: [Int])] = [
    ("maxpool26x26x64", [32, 26, 26, 64]),
    ("maxpool148x148x16", [32, 148, 148, 16]),
]

/// Best forward and backward seconds of a 2×2 max pooling of `shape.input`.
private func measureMaxPool(_ shape: (name: String, input: [Int]), repetitions: Int) throws -> (Double, Double) {
    let g = try Pool2DGeometry(inputShape: shape.input, poolSize: (2, 2), padding: .valid)
    let x = randomBuffer(g.inputCount), dy = randomBuffer(g.outputCount)
    let y = UnsafeMutablePointer<Float>.allocate(capacity: g.outputCount)
    let dx = UnsafeMutablePointer<Float>.allocate(capacity: g.inputCount)
    let winners = UnsafeMutablePointer<Int32>.allocate(capacity: g.outputCount)
    defer {
        for p in [x, dy, y, dx] { p.deallocate() }
        winners.deallocate()
    }
    var forward = Double.infinity, backward = Double.infinity
    for _ in 0..<(repetitions + 1) {
        let start = monotonicSeconds()
        maxPool2DForward(g, input: x, output: y, winners: winners)
        let middle = monotonicSeconds()
        maxPool2DBackward(g, winners: winners, outputGradient: dy, inputGradient: dx)
        forward = min(forward, middle - start)
        backward = min(backward, monotonicSeconds() - middle)
    }
    return (forward, backward)
}

struct ConvTimings {
    var flops = 0.0
    var forward = Double.infinity, backwardFilter = Double.infinity, backwardData = Double.infinity
    var total = Double.infinity
    var cpuTotal = Double.infinity
}

private func measureConv(_ s: ConvBenchmarkShape, algorithm: ConvolutionAlgorithm? = nil, repetitions: Int) throws -> ConvTimings {
    let g = try s.geometry()
    let algorithm = algorithm ?? ConvolutionAlgorithm(g)
    let x = randomBuffer(g.inputCount), w = randomBuffer(g.filterCount), b = randomBuffer(s.filters)
    let dy = randomBuffer(g.outputCount)
    let y = UnsafeMutablePointer<Float>.allocate(capacity: g.outputCount)
    let dw = UnsafeMutablePointer<Float>.allocate(capacity: g.filterCount)
    let db = UnsafeMutablePointer<Float>.allocate(capacity: s.filters)
    let dx = UnsafeMutablePointer<Float>.allocate(capacity: g.inputCount)
    defer { for p in [x, w, b, dy, y, dw, db, dx] { p.deallocate() } }
    var t = ConvTimings(flops: g.flopsPerPass)
    for _ in 0..<(repetitions + 1) {
        let start = monotonicSeconds(), cpuStart = processCPUSeconds()
        switch algorithm {
        case .thin: thinConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
        case .winograd, .winogradFiveByFive: winogradConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
        case .winograd1D: winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
        case .im2col: conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
        }
        let afterForward = monotonicSeconds()
        switch algorithm {
        // First layers run on the thin kernels in training (relu fused, relu mask in the filter gradient).
        case .thin: thinConv2DBackwardFilter(g, input: x, outputGradient: dy, reluOutput: y, filterGradient: dw, biasGradient: db)
        case .winograd: winogradConv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: dw, biasGradient: db)
        case .winograd1D, .winogradFiveByFive, .im2col: conv2DBackwardFilter(g, input: x, outputGradient: dy, filterGradient: dw, biasGradient: db)
        }
        let afterFilter = monotonicSeconds()
        if algorithm == .winograd {
            winogradConv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: dx)
        } else {
            conv2DBackwardData(g, outputGradient: dy, filter: w, inputGradient: dx)
        }
        let end = monotonicSeconds()
        t.cpuTotal = min(t.cpuTotal, processCPUSeconds() - cpuStart)
        t.forward = min(t.forward, afterForward - start)
        t.backwardFilter = min(t.backwardFilter, afterFilter - afterForward)
        t.backwardData = min(t.backwardData, end - afterFilter)
        t.total = min(t.total, end - start)
    }
    return t
}

/// Best GFLOPS of `repetitions` `size`² sgemms with OpenBLAS on all cores (its own threads: the
/// reference the kernels are compared with); OpenBLAS goes back to one thread afterwards, as
/// `Tensors` keeps it.
func measureSGEMM(size n: Int, repetitions: Int) -> Double {
    bestSquareProduct(size: n, repetitions: repetitions + 1, clock: monotonicSeconds)
}

/// Best GFLOP per second of process CPU time of three `size`² sgemms.
private func measureSGEMMPerCPUSecond(size n: Int) -> Double {
    bestSquareProduct(size: n, repetitions: 3, clock: processCPUSeconds)
}

/// GFLOP per second of `clock` of the best of `repetitions` `size`² products by OpenBLAS on
/// its own threads, one per core (the reference the kernels are compared with).
private func bestSquareProduct(size n: Int, repetitions: Int, clock: () -> Double) -> Double {
    let a = randomBuffer(n * n), b = randomBuffer(n * n), c = randomBuffer(n * n)
    defer { a.deallocate(); b.deallocate(); c.deallocate() }
    let best = OpenBLASReference.withThreads(ProcessInfo.processInfo.activeProcessorCount) { blas in
        var best = Double.infinity
        for _ in 0..<repetitions {
            let start = clock()
            blas.multiplySquare(a, b, into: c, size: n)
            best = min(best, clock() - start)
        }
        return best
    }
    return 2 * Double(n * n * n) / best / 1e9
}

/// `count` floats in [-1, 1] from a fixed xorshift sequence; the caller deallocates them.
func randomBuffer(_ count: Int) -> UnsafeMutablePointer<Float> {
    let p = UnsafeMutablePointer<Float>.allocate(capacity: count)
    var state: UInt32 = 2_463_534_242
    for i in 0..<count {
        state ^= state << 13; state ^= state >> 17; state ^= state << 5
        p[i] = Float(state % 2001) / 1000 - 1
    }
    return p
}

private func format(_ value: Double, digits: Int = 1) -> String {
    let scale = (0..<digits).reduce(1.0) { r, _ in r * 10 }
    return String((value * scale).rounded() / scale)
}
