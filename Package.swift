// swift-tools-version:6.1
import PackageDescription
#if canImport(Glibc)
import Glibc
#endif

// The numeric kernels' SIMD loops use AVX2 and FMA when the building machine has them (the
// binary runs where it is built: the README's set-up builds from source); `DEEPLINGS_FMA` tells
// the kernels that fused multiply-add is an instruction, not a library call.
// `DEEPLINGS_PORTABLE=1` builds for any x86-64.
// The data-set renderer is optimised in debug builds too: the test suite renders the lessons'
// data sets on a fresh clone, which takes minutes unoptimised and under a minute optimised.
let optimizedInDebug: [SwiftSetting] = [.unsafeFlags(["-O"], .when(configuration: .debug))]

let vectorSettings: [SwiftSetting] = {
    #if os(Linux) && arch(x86_64)
    if getenv("DEEPLINGS_PORTABLE") != nil { return [] }
    guard let file = fopen("/proc/cpuinfo", "r") else { return [] }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 8192)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = line.withUnsafeBufferPointer { $0.baseAddress.map { String(cString: $0) } ?? "" }
        guard text.hasPrefix("flags") else { continue }
        let flags = Set(text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init))
        return flags.isSuperset(of: ["avx2", "fma", "bmi2"]) ? [.unsafeFlags(["-target-cpu", "haswell"]), .define("DEEPLINGS_FMA")] : []
    }
    #endif
    return []
}()

// The module stack of DESIGN.md: each target depends only on the ones listed before it.
let package = Package(
    name: "Deeplings",
    products: [
        .executable(name: "deeplings", targets: ["deeplings"]),
        .library(name: "Tensors", targets: ["Tensors"]),
        .library(name: "NeuralNet", targets: ["NeuralNet"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPNG", providers: [.apt(["libpng-dev"])]),
        .target(name: "CJPEG", linkerSettings: [.linkedLibrary("jpeg")]),
        .systemLibrary(name: "CMark", providers: [.apt(["libcmark-gfm-dev"])]),
        .systemLibrary(name: "CHDF5", pkgConfig: "hdf5-serial", providers: [.apt(["libhdf5-dev"])]),

        .target(name: "Tensors", dependencies: ["CBLAS"], swiftSettings: vectorSettings),
        .target(name: "NeuralNet", dependencies: ["Tensors", "CHDF5"], swiftSettings: vectorSettings),
        .target(name: "ImageData", dependencies: ["Tensors", "NeuralNet", "CZlib", "CPNG", "CJPEG"], swiftSettings: vectorSettings + optimizedInDebug),
        .target(name: "Interpreter", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "Plotting"),
        .target(name: "PythonModules", dependencies: ["Tensors", "NeuralNet", "ImageData", "Interpreter", "Plotting"]),
        .target(name: "Course", dependencies: [
            "PythonModules", "Interpreter", "NeuralNet", "Tensors", "CMark", "Yams",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .executableTarget(name: "deeplings", dependencies: [
            "Course", "PythonModules", "Interpreter", "NeuralNet", "ImageData", "Plotting", "CReadline", "CMark",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "Benchmarks", dependencies: ["Tensors", "NeuralNet", "ImageData", "Interpreter", "PythonModules", "Course"]),

        .target(name: "TestSupport", dependencies: ["Tensors"], path: "Tests/TestSupport"),
        .testTarget(name: "TensorsTests", dependencies: ["Tensors", "TestSupport", "CBLAS"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Tensors", "ImageData", "TestSupport", .product(name: "Crypto", package: "swift-crypto")], exclude: ["Fixtures"]),
        .testTarget(name: "ImageDataTests", dependencies: ["ImageData", "Tensors"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], resources: [.copy("Scripts")]),
        // libpng round trips for the plotting tests of both modules.
        .target(name: "PlottingTestSupport", dependencies: ["Plotting", "CPNG"], path: "Tests/PlottingTestSupport"),
        .testTarget(name: "PlottingTests", dependencies: ["Plotting", "PlottingTestSupport"]),
        .testTarget(name: "PythonModulesTests", dependencies: ["PythonModules", "Interpreter", "Plotting", "PlottingTestSupport", "ImageData", "Tensors", "CPNG"]),
        .testTarget(name: "CourseTests", dependencies: ["Course", "Interpreter", "PythonModules", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Fixtures"]),
        // Drives the built `deeplings` binary in a pseudo-terminal, and unit-tests its pieces (`@testable import deeplings`).
        .testTarget(name: "DeeplingsTests", dependencies: ["deeplings", "Course"], exclude: ["Fixtures"]),
    ]
)
