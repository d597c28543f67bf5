import Testing
import Tensors
@testable import NeuralNet

@Suite struct InitializerTests {
    @Test func layersHonourTheirInitializers() throws {
        let dense = try Dense(units: 4, kernelInitializer: .ones, biasInitializer: .constant(0.5))
        _ = try dense(Tensor.zeros([1, 3]))
        #expect(dense.kernel?.asArray(Float.self) == Array(repeating: 1, count: 12))
        #expect(dense.bias?.asArray(Float.self) == Array(repeating: 0.5, count: 4))
        let conv = try Conv2D(filters: 2, kernelSize: (3, 3), kernelInitializer: .zeros)
        _ = try conv(Tensor.zeros([1, 5, 5, 1]))
        #expect(conv.kernel?.asArray(Float.self).allSatisfy { $0 == 0 } == true)
    }

    @Test func seededInitializersRepeatAndUnseededOnesMove() throws {
        let rule = Initializer.heNormal.seeded(42)
        let a = try Initializers.make(rule, [3, 3]), b = try Initializers.make(rule, [3, 3])
        #expect(a.asArray(Float.self) == b.asArray(Float.self))
        let c = try Initializers.make(.heNormal, [3, 3]), d = try Initializers.make(.heNormal, [3, 3])
        #expect(c.asArray(Float.self) != d.asArray(Float.self))
    }

    @Test func heNormalHasKerasSpread() throws {
        let values = try Initializers.make(Initializer.heNormal.seeded(1), [200, 200]).asArray(Float.self)
        let mean = values.reduce(0, +) / Float(values.count)
        let spread = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Float(values.count)).squareRoot()
        #expect(abs(spread - (2.0 / 200).squareRoot()) < 0.005)
        #expect(values.allSatisfy { abs($0) <= 2 * (2.0 / 200).squareRoot() / 0.8796 + 1e-6 })
    }
}
