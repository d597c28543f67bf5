import Testing
@testable import ImageData

private let ramp = try! grayImage([[0, 1, 2], [3, 4, 5], [6, 7, 8]])

@Test func rotationByNinetyDegreesMovesPixelsAsKerasMatrix() {
    var plan = WarpPlan(width: 3, height: 3)
    plan.compose(RandomRotation.matrix(degrees: 90))
    // Output (x, y) samples input centre + R·(x - 1, y - 1) with R = [[0, -1], [1, 0]].
    #expect(warp(ramp, plan).map { Int($0.rounded()) } == [2, 5, 8, 1, 4, 7, 0, 3, 6])
}

@Test func shiftsMoveByPixelsAndFractions() {
    var generator = SeededGenerator(seed: 1)
    var plan = WarpPlan(width: 10, height: 20)
    WidthShift(.choice([3])).draw(into: &plan, using: &generator)
    HeightShift(.uniform(0.5)).draw(into: &plan, using: &generator)
    #expect(abs(plan.centredMatrix.c) == 3)
    #expect(abs(plan.centredMatrix.f) <= 10 && plan.centredMatrix.f != 0)
    #expect(ShiftRange.integer(2) == .choice([0, 1]))
}

@Test(arguments: [
    (FillMode.nearest, [2, 3, 3, 3] as [Float]),
    (FillMode.constant(9), [2, 3, 9, 9]),
    (FillMode.reflect, [2, 3, 3, 2]),
    (FillMode.wrap, [2, 3, 0, 1]),
])
func fillModesExtendTheImageAsKerasDocuments(fill: FillMode, expected: [Float]) throws {
    let row = try grayImage([[0, 1, 2, 3]])
    var plan = WarpPlan(width: 4, height: 1)
    plan.compose(.translation(2, 0))
    #expect(warp(row, plan, fill: fill) == expected)
}

@Test func zoomAboveOneShowsAWiderArea() throws {
    let image = try grayImage((0..<5).map { y in (0..<5).map { UInt8(y * 5 + $0) } })
    var plan = WarpPlan(width: 5, height: 5)
    plan.compose(AffineMatrix(a: 2, b: 0, c: 0, d: 0, e: 2, f: 0))
    let out = warp(image, plan)
    #expect(out[2 * 5 + 2] == 12) // the centre stays
    #expect(out[2 * 5 + 3] == 14) // one step right samples two steps right
    #expect(out[1 * 5 + 2] == 2) // one step up samples two steps up
}

@Test func shearMatchesKerasMatrix() throws {
    let matrix = RandomShear.matrix(degrees: 30)
    #expect(abs(matrix.b + 0.5) < 1e-12 && abs(matrix.e - 0.8660254037844386) < 1e-12)
    let image = try grayImage((0..<5).map { y in (0..<5).map { UInt8(y * 10 + $0) } })
    var plan = WarpPlan(width: 5, height: 5)
    plan.compose(matrix)
    // Output (x=2, y=4) is centred (0, 2) → input centred (-1, 1.732) → input (1, 3.732).
    let expected: Float = (1 - 0.7320508) * 31 + 0.7320508 * 41
    #expect(abs(warp(image, plan)[4 * 5 + 2] - expected) < 1e-3)
}

@Test func flipsMirrorAfterTheWarpAndRescaleMultiplies() {
    var plan = WarpPlan(width: 3, height: 3)
    plan.flipHorizontal = true
    plan.scale = 0.5
    #expect(warp(ramp, plan) == [2, 1, 0, 5, 4, 3, 8, 7, 6].map { $0 * 0.5 })
    plan.flipHorizontal = false
    plan.flipVertical = true
    plan.scale = 1
    #expect(warp(ramp, plan) == [6, 7, 8, 3, 4, 5, 0, 1, 2])
}

@Test func drawnParametersStayInTheirRanges() throws {
    let generator = try ImageDataGenerator(
        rescale: 1 / 255, rotationRange: 40, widthShiftRange: .uniform(0.2),
        heightShiftRange: .uniform(0.2), shearRange: 0.2, zoomRange: (0.8, 1.2),
        horizontalFlip: true)
    #expect(generator.transforms.count == 7)
    var random = SeededGenerator(seed: 7)
    var flips = 0
    for _ in 0..<200 {
        let plan = generator.randomPlan(width: 150, height: 150, using: &random)
        let m = plan.centredMatrix
        let scaleX = (m.a * m.a + m.d * m.d).squareRoot()
        #expect(scaleX >= 0.8 - 1e-9 && scaleX <= 1.2 + 1e-9)
        #expect(abs(plan.scale - 1 / 255) < 1e-9)
        if plan.flipHorizontal { flips += 1 }
    }
    #expect(flips > 60 && flips < 140)
}

@Test func sameSeedSameAugmentation() throws {
    let generator = try ImageDataGenerator(rotationRange: 30, zoomRange: (0.9, 1.1), horizontalFlip: true)
    let image = patternImage(width: 12, height: 8, channels: 3)
    var first = SeededGenerator(seed: 5), second = SeededGenerator(seed: 5), third = SeededGenerator(seed: 6)
    let a = generator.randomTransform(image, using: &first)
    #expect(a.values == generator.randomTransform(image, using: &second).values)
    #expect(a.values != generator.randomTransform(image, using: &third).values)
    #expect(a.shape == [8, 12, 3])
}

@Test func invalidArgumentsAreRejectedWithKerasMessages() {
    #expect(throws: ImageDataError.self) { _ = try ImageDataGenerator(validationSplit: 1.5) }
    #expect(throws: ImageDataError.self) { _ = try ImageDataGenerator(rotationRange: .infinity) }
    #expect(throws: ImageDataError.self) { _ = try ImageDataGenerator(widthShiftRange: .uniform(.nan)) }
    #expect(throws: ImageDataError.self) { _ = try RandomZoom(lower: 1.2, upper: 0.8) }
    #expect(throws: ImageDataError.self) { _ = try FillMode(keras: "mirror") }
    #expect(throws: ImageDataError.self) { _ = try ColorMode(keras: "cmyk") }
    #expect(throws: ImageDataError.self) { _ = try Interpolation(keras: "cubic") }
}

@Test func rescaledWarpsStayInsideTheUnitRange() throws {
    let white = try Image(width: 16, height: 16, channels: 3, pixels: [UInt8](repeating: 255, count: 16 * 16 * 3))
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<20 {
        var plan = WarpPlan(width: 16, height: 16)
        RandomRotation(degrees: 40).draw(into: &plan, using: &generator)
        RandomShear(degrees: 11.46).draw(into: &plan, using: &generator)
        plan.scale = Float(1.0 / 255)
        let samples = warp(white, plan)
        #expect(samples.allSatisfy { $0 >= 0 && $0 <= 1 }, "max \(samples.max() ?? 0)")
    }
}
