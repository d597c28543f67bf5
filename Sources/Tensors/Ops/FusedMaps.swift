extension Tensor {
    /// `F` applied elementwise to one float32 or float64 tensor, into a new dense tensor.
    static func floatMap<F: FloatUnaryFunction>(_ a: Tensor, _: F.Type) -> Tensor {
        let out = Tensor(uninitializedShape: a.shape, dtype: a.dtype)
        if a.dtype == .float64 {
            unaryLoop(BoundUnary<F, Double>(), a.pointer(Double.self), a.strides, out.pointer(Double.self), shape: a.shape)
        } else {
            unaryLoop(BoundUnary<F, Float>(), a.pointer(Float.self), a.strides, out.pointer(Float.self), shape: a.shape)
        }
        return out
    }

    /// `F` applied elementwise to two broadcast float tensors (float64 if either is, else float32).
    static func floatZip<F: FloatBinaryFunction>(_ a: Tensor, _ b: Tensor, _: F.Type) throws -> Tensor {
        let shape = try broadcastShapes(a.shape, b.shape, operation: "gradient")
        let dtype = DType.promote(a.dtype, b.dtype) == .float64 ? DType.float64 : .float32
        let x = try a.castWithoutGradient(to: dtype)
        let y = try b.castWithoutGradient(to: dtype)
        let out = Tensor(uninitializedShape: shape, dtype: dtype)
        defer { withExtendedLifetime((x, y)) {} }
        if dtype == .float64 {
            binaryLoop(
                BoundBinary<F, Double>(), x.pointer(Double.self), x.broadcastStrides(to: shape), y.pointer(Double.self),
                y.broadcastStrides(to: shape), out.pointer(Double.self), shape: shape)
        } else {
            binaryLoop(
                BoundBinary<F, Float>(), x.pointer(Float.self), x.broadcastStrides(to: shape), y.pointer(Float.self),
                y.broadcastStrides(to: shape), out.pointer(Float.self), shape: shape)
        }
        return out
    }

    /// This tensor as a floating-point one: itself if float, else float64 (NumPy's rule for
    /// `exp`, `log`, `sqrt` and friends on integers).
    func floatingForMath() throws -> Tensor {
        dtype.isFloatingPoint ? self : try castWithoutGradient(to: .float64)
    }
}
