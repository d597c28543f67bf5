/// Border handling of convolution and pooling windows, as Keras: `.valid` (no padding) or `.same`.
public typealias Padding = KernelPadding

/// An activation applied inside `conv2d`, in place on its output (saves a full-size tensor).
public enum ConvolutionActivation: Sendable {
    /// No activation.
    case linear
    /// max(x, 0); the backward pass masks the gradient with the saved output.
    case relu
}

extension Tensor {
    /// 2-D convolution of an NHWC input with a `(kh, kw, inChannels, filters)` kernel (Keras layout),
    /// optional bias of `filters` values, with gradients for all three; the kernels are chosen by
    /// ``ConvolutionAlgorithm`` (thin SIMD, Winograd or im2col with sgemm).
    ///
    ///     let y = try images.conv2d(kernel, bias: bias, strides: (1, 1), padding: .same)
    ///     // (32, 28, 28, 1) ⊛ (3, 3, 1, 64) → (32, 28, 28, 64)
    ///     let activated = try images.conv2d(kernel, bias: bias, activation: .relu)  // fused relu
    public func conv2d(
        _ kernel: Tensor, bias: Tensor? = nil, strides: (Int, Int) = (1, 1), padding: Padding = .valid,
        activation: ConvolutionActivation = .linear
    ) throws -> Tensor {
        try requireFloat32("conv2d", [("input", self), ("kernel", kernel)] + (bias.map { [("bias", $0)] } ?? []))
        let geometry = try kernelGeometry("conv2d") {
            try Conv2DGeometry(inputShape: shape, filterShape: kernel.shape, strides: strides, padding: padding)
        }
        if let bias {
            guard bias.rank == 1 else {
                throw TensorError(
                    "conv2d", expected: "a 1-D bias of \(geometry.outputChannels) values",
                    received: "shape \(describeShape(bias.shape))")
            }
            try kernelGeometry("conv2d") { try geometry.validateBias(count: bias.count) }
        }
        let x = contiguousStorage(), w = kernel.contiguousStorage(), b = bias?.contiguousStorage()
        let out = Tensor(uninitializedShape: geometry.outputShape, dtype: .float32)
        let algorithm = ConvolutionAlgorithm(geometry)
        withExtendedLifetime((x, w, b)) {
            let bias = b.map { UnsafePointer($0.floatPointer) }, relu = activation == .relu
            switch algorithm {
            case .thin:
                thinConv2DForward(geometry, input: x.floatPointer, filter: w.floatPointer, bias: bias, relu: relu, output: out.floatPointer)
            case .winograd, .winogradFiveByFive:
                winogradConv2DForward(geometry, input: x.floatPointer, filter: w.floatPointer, bias: bias, relu: relu, output: out.floatPointer)
            case .winograd1D:
                winograd1DConv2DForward(
                    geometry, input: x.floatPointer, filter: w.floatPointer, bias: bias, relu: relu, output: out.floatPointer)
            case .im2col:
                conv2DForward(geometry, input: x.floatPointer, filter: w.floatPointer, bias: bias, relu: relu, output: out.floatPointer)
            }
        }
        let saved = activation == .relu ? out.detached() : nil
        let input = self
        let inputs = [self, kernel] + (bias.map { [$0] } ?? [])
        return out.recording("conv2d", inputs) { g in
            let incoming = try g.castWithoutGradient(to: .float32).contiguousStorage()
            // Winograd kernels mask the relu gradient as they read it, and so does a thin
            // convolution that is the first layer; otherwise the masked gradient is made once.
            let maskInsideKernel = algorithm == .winograd || (algorithm == .thin && !input.requiresGradient)
            var dy = incoming
            if let saved, !maskInsideKernel { dy = try Tensor.floatZip(dy, saved, ReluGradient.self) }
            let reluOutput = maskInsideKernel ? saved.map { UnsafePointer($0.floatPointer) } : nil
            var dx: Tensor?
            if input.requiresGradient {
                let result = Tensor(uninitializedShape: geometry.inputShape, dtype: .float32)
                withExtendedLifetime((dy, saved)) {
                    if algorithm == .winograd {
                        winogradConv2DBackwardData(
                            geometry, outputGradient: dy.floatPointer, reluOutput: reluOutput, filter: w.floatPointer,
                            inputGradient: result.floatPointer)
                    } else if algorithm == .winogradFiveByFive, Winograd.fiveByFiveDataGradientGeometry(geometry) != nil {
                        winogradFiveByFiveBackwardData(
                            geometry, outputGradient: dy.floatPointer, filter: w.floatPointer, inputGradient: result.floatPointer)
                    } else {
                        conv2DBackwardData(geometry, outputGradient: dy.floatPointer, filter: w.floatPointer, inputGradient: result.floatPointer)
                    }
                }
                dx = result
            }
            var dw: Tensor?, db: Tensor?
            if kernel.requiresGradient || (bias?.requiresGradient ?? false) {
                let filterGradient = Tensor(uninitializedShape: geometry.filterShape, dtype: .float32)
                let biasGradient = bias == nil ? nil : Tensor(uninitializedShape: [geometry.outputChannels], dtype: .float32)
                withExtendedLifetime((dy, saved)) {
                    switch algorithm {
                    case .thin:
                        thinConv2DBackwardFilter(
                            geometry, input: x.floatPointer, outputGradient: dy.floatPointer,
                            reluOutput: reluOutput,
                            filterGradient: filterGradient.floatPointer, biasGradient: biasGradient?.floatPointer)
                    case .winograd:
                        winogradConv2DBackwardFilter(
                            geometry, input: x.floatPointer, outputGradient: dy.floatPointer, reluOutput: reluOutput,
                            filterGradient: filterGradient.floatPointer, biasGradient: biasGradient?.floatPointer)
                    case .winograd1D, .winogradFiveByFive, .im2col:
                        conv2DBackwardFilter(
                            geometry, input: x.floatPointer, outputGradient: dy.floatPointer,
                            filterGradient: filterGradient.floatPointer, biasGradient: biasGradient?.floatPointer)
                    }
                }
                dw = kernel.requiresGradient ? filterGradient : nil
                db = (bias?.requiresGradient ?? false) ? biasGradient : nil
            }
            return bias == nil ? [dx, dw] : [dx, dw, db]
        }
    }

    /// Max pooling over NHWC windows (strides default to the pool size, as Keras); the gradient goes
    /// to each window's maximum.
    ///
    ///     let pooled = try features.maxPool2d(poolSize: (2, 2))   // (32, 26, 26, 64) → (32, 13, 13, 64)
    public func maxPool2d(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) throws -> Tensor {
        try requireFloat32("max_pool2d", [("input", self)])
        let geometry = try kernelGeometry("max_pool2d") {
            try Pool2DGeometry(inputShape: shape, poolSize: poolSize, strides: strides, padding: padding)
        }
        let x = contiguousStorage()
        let out = Tensor(uninitializedShape: geometry.outputShape, dtype: .float32)
        // Training records each window's winner, so the backward pass needs neither the input
        // nor a second search.
        let winners = Tensor.needsGradient(self) ? Tensor(uninitializedShape: geometry.outputShape, dtype: .int32) : nil
        withExtendedLifetime(x) {
            maxPool2DForward(geometry, input: x.floatPointer, output: out.floatPointer, winners: winners?.pointer(Int32.self))
        }
        guard let winners else { return out }
        return out.recording("max_pool2d", [self]) { g in
            let dy = try g.castWithoutGradient(to: .float32).contiguousStorage()
            let dx = Tensor(uninitializedShape: geometry.inputShape, dtype: .float32)
            withExtendedLifetime(dy) {
                maxPool2DBackward(geometry, winners: winners.pointer(Int32.self), outputGradient: dy.floatPointer, inputGradient: dx.floatPointer)
            }
            return [dx]
        }
    }

    /// Average pooling over NHWC windows (`same` padding averages only real elements, as TensorFlow).
    ///
    ///     let pooled = try features.avgPool2d(poolSize: (2, 2))
    public func avgPool2d(poolSize: (Int, Int) = (2, 2), strides: (Int, Int)? = nil, padding: Padding = .valid) throws -> Tensor {
        try requireFloat32("avg_pool2d", [("input", self)])
        let geometry = try kernelGeometry("avg_pool2d") {
            try Pool2DGeometry(inputShape: shape, poolSize: poolSize, strides: strides, padding: padding)
        }
        let x = contiguousStorage()
        let out = Tensor(uninitializedShape: geometry.outputShape, dtype: .float32)
        withExtendedLifetime(x) { avgPool2DForward(geometry, input: x.floatPointer, output: out.floatPointer) }
        return out.recording("avg_pool2d", [self]) { g in
            let dy = try g.castWithoutGradient(to: .float32).contiguousStorage()
            let dx = Tensor(uninitializedShape: geometry.inputShape, dtype: .float32)
            withExtendedLifetime(dy) { avgPool2DBackward(geometry, outputGradient: dy.floatPointer, inputGradient: dx.floatPointer) }
            return [dx]
        }
    }

    private func requireFloat32(_ operation: String, _ operands: [(String, Tensor)]) throws {
        for (name, tensor) in operands where tensor.dtype != .float32 {
            throw TensorError(
                operation, expected: "a float32 \(name)", received: "\(tensor.dtype)",
                hint: "cast it first with cast(to: .float32)")
        }
    }

    private func kernelGeometry<G>(_ operation: String, _ make: () throws -> G) throws -> G {
        do {
            return try make()
        } catch let error as KernelConfigurationError {
            throw TensorError(operation, message: error.message)
        }
    }
}
