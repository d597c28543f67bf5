import Foundation
import Testing
@testable import ImageData

private func framings(shifted: Bool, count: Int = 400) -> [Framing] {
    var random = SeededGenerator(seed: 77)
    return (0..<count).map { _ in Framing.draw(shifted: shifted, &random) }
}

private func spread(_ values: [Double]) -> Double { (values.max() ?? 0) - (values.min() ?? 0) }

@Test func validationFramingsAreWiderThanTrainingOnes() {
    let training = framings(shifted: false), validation = framings(shifted: true)
    #expect(spread(validation.map(\.tilt)) > 4 * spread(training.map(\.tilt)))
    #expect(spread(validation.map(\.centreX)) > 2 * spread(training.map(\.centreX)))
    #expect(spread(validation.map(\.zoom)) > 2 * spread(training.map(\.zoom)))
    #expect(spread(validation.map(\.shiftY)) > 0.15 && spread(training.map(\.shiftY)) == 0)
    let trainingMirrored = Double(training.filter(\.mirrored).count) / Double(training.count)
    let validationMirrored = Double(validation.filter(\.mirrored).count) / Double(validation.count)
    #expect(trainingMirrored < 0.2 && validationMirrored > 0.25)
}

@Test func wideFramingsFaceEitherWayEvenly() {
    var random = SeededGenerator(seed: 5)
    let wide = (0..<400).map { _ in Framing.wide(&random) }
    let mirrored = Double(wide.filter(\.mirrored).count) / Double(wide.count)
    #expect((0.4...0.6).contains(mirrored))
    #expect(wide.contains { abs($0.tilt) > 0.6 } && wide.contains { $0.centreX < 0.3 } && wide.contains { $0.zoom > 1.2 })
}

@Test func validationFramingsStayWithinTheArticlesAugmentationRange() {
    var random = SeededGenerator(seed: 3)
    for framing in (0..<400).map({ _ in Framing.wide(&random) }) + framings(shifted: true) {
        #expect(abs(framing.tilt) <= 40 * Double.pi / 180 + 1e-9)
        #expect((0.2...0.8).contains(framing.centreX))
        #expect((0.8...1.25).contains(framing.zoom))
    }
}

@Test func framingPutsThePivotWhereAsked() {
    var painter = Painter(canvas: Canvas(width: 8, height: 8))
    let framing = Framing(centreX: 0.3, shiftY: 0.1, zoom: 1.1, tilt: 0.6, mirrored: true)
    framing.apply(to: &painter, pivot: (x: 0.3, y: -0.2), at: 120, 140, scale: 50)
    let pivot = painter.point(0.3, -0.2), below = painter.point(0.3, 0.8)
    #expect(abs(pivot.x - 120) < 1e-9 && abs(pivot.y - 140) < 1e-9)
    // One unit down the figure is 50 px away, turned by the tilt: down-and-left for a positive roll.
    #expect(abs(hypot(below.x - pivot.x, below.y - pivot.y) - 50) < 1e-9)
    #expect(below.x < pivot.x - 20)
}
