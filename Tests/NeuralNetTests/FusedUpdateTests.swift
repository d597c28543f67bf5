import Testing
import Tensors

@testable import NeuralNet

/// A dense layer large enough, at a batch small enough, for `fit` to apply RMSprop fused with its
/// kernel's gradient (``FusedRMSpropStep``) takes the same step as the unfused update: the same
/// model under `RMSprop(momentum: 1e-30)`, whose first step is the same formula but which has no
/// fused form, so its gradient is materialised and applied as usual.
@Test func fusedRMSpropStepMatchesTheMaterialisedGradientStep() throws {
    let (batch, inputs, units) = (8, 1024, 1024)
    #expect(ShortDepthProduct.applies(rows: inputs, columns: units, depth: batch))
    func model() throws -> Sequential {
        try Sequential([try Dense(units: units, activation: .relu, inputShape: [inputs]), try Dense(units: 1, activation: .sigmoid)])
    }
    let fused = try model(), reference = try model()
    try reference.setWeights(fused.getWeights().map { $0.copy() })
    let before = fused.getWeights()[0].copy()
    try fused.compile(optimizer: RMSprop(learningRate: 1e-3), loss: .binaryCrossentropy)
    try reference.compile(optimizer: RMSprop(learningRate: 1e-3, momentum: 1e-30), loss: .binaryCrossentropy)
    let x = try TestTensors.floats(TestTensors.noise(batch * inputs), [batch, inputs])
    let y = try Tensor((0..<batch).map { Float($0 % 2) }, shape: [batch])
    try fused.fit(x, y, batchSize: batch, epochs: 1, verbose: 0, shuffle: false)
    try reference.fit(x, y, batchSize: batch, epochs: 1, verbose: 0, shuffle: false)
    let stepped = fused.getWeights()[0].asArray(Float.self), expected = reference.getWeights()[0].asArray(Float.self)
    let start = before.asArray(Float.self)
    #expect(zip(stepped, start).contains { $0 != $1 }, "the fused step changed no weight")
    let worst = zip(stepped, expected).map { abs($0 - $1) }.max() ?? .infinity
    // One step moves a weight by about lr = 1e-3; the fused reciprocal root and the exact root differ by 2e-7 relative.
    #expect(worst < 1e-8 + 1e-5 * 1e-3, "largest difference \(worst)")
    #expect(fused.getWeights()[0].pendingGradient == nil && fused.getWeights()[0].grad == nil)
}
