import NeuralNet
import Tensors

/// Rebuilds a learner's `Sequential` model from its configuration: the same layers with the
/// same settings and fresh weights, and a fresh optimizer with the same hyperparameters. The
/// learner's trained weights, optimizer state and any Python-level overrides are left behind.
enum ModelRebuilder {
    /// Why a model cannot be rebuilt.
    struct Unsupported: Error {
        var reason: String
    }

    /// A new, uncompiled model with copies of `model`'s layers.
    static func layers(of model: Sequential) throws(Unsupported) -> Sequential {
        do {
            return try Sequential(try model.layers.map { try copy($0) })
        } catch let error as Unsupported {
            throw error
        } catch {
            throw Unsupported(reason: "\(error)")
        }
    }

    static func copy(_ layer: Layer) throws -> Layer {
        let shape = layer.declaredInputShape
        switch layer {
        case let dense as Dense:
            return try Dense(units: dense.units, activation: dense.activation, useBias: dense.useBias, inputShape: shape)
        case let conv as Conv2D:
            return try Conv2D(
                filters: conv.filters, kernelSize: conv.kernelSize, strides: conv.strides, padding: conv.padding,
                activation: conv.activation, useBias: conv.useBias, inputShape: shape)
        case let pool as MaxPooling2D:
            return try MaxPooling2D(poolSize: pool.poolSize, strides: pool.strides, padding: pool.padding, inputShape: shape)
        case let pool as AveragePooling2D:
            return try AveragePooling2D(poolSize: pool.poolSize, strides: pool.strides, padding: pool.padding, inputShape: shape)
        case is Flatten:
            return Flatten(inputShape: shape)
        case let dropout as Dropout:
            return try Dropout(rate: dropout.rate, inputShape: shape)
        case let activation as ActivationLayer:
            return ActivationLayer(activation.activation, inputShape: shape)
        default:
            throw Unsupported(reason: "retrain cannot rebuild a \(layer.typeName) layer")
        }
    }

    /// Sets every kernel to Keras' default Glorot-uniform values drawn from a generator seeded
    /// with `seed`, and every bias to zero: the same seed gives the same weights whatever
    /// other code draws from the process-wide initializers meanwhile. `model` must be built.
    static func initializeWeights(of model: Sequential, seed: UInt64) throws {
        var random = RandomGenerator(seed: seed)
        for layer in model.layers {
            let (kernel, bias): (Tensor?, Tensor?)
            switch layer {
            case let dense as Dense: (kernel, bias) = (dense.kernel, dense.bias)
            case let conv as Conv2D: (kernel, bias) = (conv.kernel, conv.bias)
            default: continue
            }
            if let kernel {
                // Glorot: fan-in is every axis but the last (the receptive field times input channels).
                let fanOut = kernel.shape.last ?? 1
                let receptive = kernel.shape.dropLast(2).reduce(1, *)
                let fanIn = kernel.count / max(1, fanOut)
                let limit = (6.0 / Double(fanIn + receptive * fanOut)).squareRoot()
                try kernel.withUnsafeMutableBufferPointer(Float.self) { values in
                    for i in values.indices { values[i] = Float(Double.random(in: -limit...limit, using: &random)) }
                }
            }
            try bias?.withUnsafeMutableBufferPointer(Float.self) { values in values.update(repeating: 0) }
        }
    }

    /// A fresh optimizer of the same kind and hyperparameters as `optimizer`.
    static func optimizer(like optimizer: Optimizer) throws(Unsupported) -> Optimizer {
        switch optimizer {
        case let sgd as SGD: return SGD(learningRate: sgd.learningRate, momentum: sgd.momentum, nesterov: sgd.nesterov)
        case let adam as Adam: return Adam(learningRate: adam.learningRate, beta1: adam.beta1, beta2: adam.beta2, epsilon: adam.epsilon)
        case let rms as RMSprop: return RMSprop(learningRate: rms.learningRate, rho: rms.rho, momentum: rms.momentum, epsilon: rms.epsilon)
        default: throw Unsupported(reason: "retrain cannot copy the \(optimizer.kerasName) optimizer")
        }
    }
}
