// swift-tools-version:6.1
import PackageDescription

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
    ],
    targets: [
        .systemLibrary(name: "CBLAS", providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CPNG", providers: [.apt(["libpng-dev"])]),
        .target(name: "CJPEG", linkerSettings: [.linkedLibrary("jpeg")]),

        .target(name: "Tensors", dependencies: ["CBLAS"]),
        .target(name: "NeuralNet", dependencies: ["Tensors"]),
        .target(name: "ImageData", dependencies: ["Tensors", "NeuralNet", "CZlib", "CPNG", "CJPEG"]),
        .target(name: "Interpreter", dependencies: [.product(name: "BigInt", package: "BigInt")]),
        .target(name: "PythonModules", dependencies: ["Tensors", "NeuralNet", "ImageData", "Interpreter"]),
        .target(name: "Course", dependencies: ["PythonModules", "Interpreter"]),
        .executableTarget(name: "deeplings", dependencies: [
            "Course", "PythonModules", "Interpreter", "ImageData", "CReadline",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "Benchmarks", dependencies: ["Tensors", "NeuralNet", "ImageData", "Interpreter"]),

        .testTarget(name: "TensorsTests", dependencies: ["Tensors"]),
        .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "Tensors", "ImageData"]),
        .testTarget(name: "ImageDataTests", dependencies: ["ImageData", "Tensors"]),
        .testTarget(name: "InterpreterTests", dependencies: ["Interpreter"], resources: [.copy("Scripts")]),
        .testTarget(name: "PythonModulesTests", dependencies: ["PythonModules", "Interpreter"]),
        .testTarget(name: "CourseTests", dependencies: ["Course"]),
    ]
)
