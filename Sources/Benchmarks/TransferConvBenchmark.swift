import Foundation
import Tensors

/// One forward convolution of the transfer model's frozen InceptionV3 base (batch 20, 150×150).
struct TransferConvShape {
    let name: String
    let input: [Int], filter: [Int]
    let strides: (Int, Int), padding: Padding

    func geometry() throws -> Conv2DGeometry {
        try Conv2DGeometry(inputShape: input, filterShape: filter, strides: strides, padding: padding)
    }
}

/// The base's 5×5 layers, its stride-2 3×3 layers and its largest 1×1 layers;
/// `DEEPLINGS_CONV_SHAPES` keeps only the shapes it names, as for ``convBenchmarkShapes``.
let transferConvShapes = allTransferConvShapes.filter { shape in
    ProcessInfo.processInfo.environment["DEEPLINGS_CONV_SHAPES"].map { $0.split(separator: ",").contains(Substring(shape.name)) } ?? true
}

private let allTransferConvShapes = [
    TransferConvShape(name: "inception5x5_16x16x48", input: [20, 16, 16, 48], filter: [5, 5, 48, 64], strides: (1, 1), padding: .same),
    TransferConvShape(name: "inception3x3s2_150x150x3", input: [20, 150, 150, 3], filter: [3, 3, 3, 32], strides: (2, 2), padding: .valid),
    TransferConvShape(name: "inception3x3s2_16x16x288", input: [20, 16, 16, 288], filter: [3, 3, 288, 384], strides: (2, 2), padding: .valid),
    TransferConvShape(name: "inception3x3s2_16x16x96", input: [20, 16, 16, 96], filter: [3, 3, 96, 96], strides: (2, 2), padding: .valid),
    TransferConvShape(name: "inception1x1_7x7x768to192", input: [20, 7, 7, 768], filter: [1, 1, 768, 192], strides: (1, 1), padding: .same),
    TransferConvShape(name: "inception1x1_7x7x768to128", input: [20, 7, 7, 768], filter: [1, 1, 768, 128], strides: (1, 1), padding: .same),
    TransferConvShape(name: "inception1x1_16x16x288to64", input: [20, 16, 16, 288], filter: [1, 1, 288, 64], strides: (1, 1), padding: .same),
    TransferConvShape(name: "inception1x1_35x35x64to80", input: [20, 35, 35, 64], filter: [1, 1, 64, 80], strides: (1, 1), padding: .same),
]

/// Prints, per transfer shape, `<name>_forward_ms` and `_forward_gflops` of the kernel
/// ``ConvolutionAlgorithm`` picks (bias and relu fused, as the frozen base runs), and for shapes
/// not on im2col also `<name>_im2col_forward_ms`, timed alternately in the same run, and each
/// one's best process CPU time, `_cpu_ms` (both threads, less moved by other processes; but Linux
/// adds a helper thread's time only at scheduler ticks, so sub-millisecond kernels undercount); for 5×5
/// 'same' shapes also the data gradient, `<name>_backward_data_ms` and `_im2col_backward_data_ms`.
func runTransferConvBenchmarks(quick: Bool) throws {
    let repetitions = quick ? 5 : 20
    for shape in transferConvShapes {
        let g = try shape.geometry()
        let algorithm = ConvolutionAlgorithm(g)
        let x = randomBuffer(g.inputCount), w = randomBuffer(g.filterCount), b = randomBuffer(g.outputChannels)
        let y = UnsafeMutablePointer<Float>.allocate(capacity: g.outputCount)
        let dx = UnsafeMutablePointer<Float>.allocate(capacity: g.inputCount)
        defer { for p in [x, w, b, y, dx] { p.deallocate() } }
        let dataGradientOnWinograd = Winograd.fiveByFiveDataGradientGeometry(g) != nil
        var chosen = Double.infinity, im2col = Double.infinity, chosenCPU = Double.infinity, im2colCPU = Double.infinity
        var chosenData = Double.infinity, im2colData = Double.infinity
        for _ in 0..<(repetitions + 1) {
            var cpuStart = processCPUSeconds()
            chosen = min(chosen, seconds { forward(g, algorithm, x, w, b, y) })
            chosenCPU = min(chosenCPU, processCPUSeconds() - cpuStart)
            if algorithm != .im2col {
                cpuStart = processCPUSeconds()
                im2col = min(im2col, seconds { forward(g, .im2col, x, w, b, y) })
                im2colCPU = min(im2colCPU, processCPUSeconds() - cpuStart)
            }
            if dataGradientOnWinograd {
                chosenData = min(chosenData, seconds { winogradFiveByFiveBackwardData(g, outputGradient: y, filter: w, inputGradient: dx) })
                im2colData = min(im2colData, seconds { conv2DBackwardData(g, outputGradient: y, filter: w, inputGradient: dx) })
            }
        }
        print("\(shape.name)_forward_ms: \(milliseconds(chosen))")
        print("\(shape.name)_forward_gflops: \(String(format: "%.1f", g.flopsPerPass / chosen / 1e9))")
        print("\(shape.name)_forward_cpu_ms: \(milliseconds(chosenCPU))")
        if algorithm != .im2col {
            print("\(shape.name)_im2col_forward_ms: \(milliseconds(im2col))")
            print("\(shape.name)_im2col_forward_cpu_ms: \(milliseconds(im2colCPU))")
        }
        if dataGradientOnWinograd {
            print("\(shape.name)_backward_data_ms: \(milliseconds(chosenData))")
            print("\(shape.name)_im2col_backward_data_ms: \(milliseconds(im2colData))")
        }
    }
}

private func forward(
    _ g: Conv2DGeometry, _ algorithm: ConvolutionAlgorithm, _ x: UnsafePointer<Float>, _ w: UnsafePointer<Float>,
    _ b: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>
) {
    switch algorithm {
    case .thin: thinConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
    case .winograd, .winogradFiveByFive: winogradConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
    case .winograd1D: winograd1DConv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
    case .im2col: conv2DForward(g, input: x, filter: w, bias: b, relu: true, output: y)
    }
}

private func seconds(_ body: () -> Void) -> Double {
    let start = monotonicSeconds()
    body()
    return monotonicSeconds() - start
}

private func milliseconds(_ seconds: Double) -> String { String(format: "%.3f", seconds * 1000) }
