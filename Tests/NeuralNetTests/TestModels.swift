import Tensors
@testable import NeuralNet

/// The article's models, built with explicit names so that tests running in parallel agree.
enum TestModels {
    static func cnn(names: Bool = true) throws -> Sequential {
        try Sequential(
            [
                try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu, name: names ? "conv2d" : nil, inputShape: [28, 28, 1]),
                try MaxPooling2D(poolSize: (2, 2), strides: (2, 2), name: names ? "max_pooling2d" : nil),
                try Conv2D(filters: 64, kernelSize: (3, 3), activation: .relu, name: names ? "conv2d_1" : nil),
                try MaxPooling2D(poolSize: (2, 2), strides: (2, 2), name: names ? "max_pooling2d_1" : nil),
                Flatten(name: names ? "flatten" : nil),
                try Dense(units: 128, activation: .relu, name: names ? "dense" : nil),
                try Dense(units: 10, activation: .softmax, name: names ? "dense_1" : nil),
            ], name: names ? "sequential" : nil)
    }

    static func dnn() throws -> Sequential {
        try Sequential([
            Flatten(inputShape: [28, 28]),
            try Dense(units: 128, activation: .relu),
            try Dense(units: 10, activation: .softmax),
        ])
    }

    static func hello() throws -> Sequential {
        try Sequential([try Dense(units: 1, inputShape: [1])])
    }

    static let helloX: [Float] = [-1, 0, 1, 2, 3, 4]
    static let helloY: [Float] = [-3, -1, 1, 3, 5, 7]
}
