import Foundation

/// Draws one image of a pretraining class at `size`×`size`: the lesson scenes' figures (horses,
/// people, cats, dogs, hands, in both their training and their shifted framings), plain shapes on
/// random backgrounds, and empty backgrounds.
struct PretrainingScene {
    let size: Int

    func render(classIndex: Int, using random: inout SeededGenerator) -> Image {
        let name = PretrainingSet.classNames[classIndex]
        let shifted = random.chance(0.5)
        switch name {
        case "horse", "person":
            return HorseOrHumanScene(size: size).render(className: name == "horse" ? "horses" : "humans", shifted: shifted, using: &random)
        case "cat", "dog":
            return CatsAndDogsScene(squareSize: size).render(className: name + "s", shifted: shifted, using: &random)
        case "rock", "paper", "scissors":
            return RockPaperScissorsScene(size: size).render(className: name, shifted: shifted, using: &random)
        case "outdoors", "indoors", "studio":
            var painter = Painter(canvas: Canvas(width: size, height: size))
            background(name, &painter, &random)
            painter.canvas.addGrain(0.015, using: &random)
            return painter.canvas.image()
        default:
            var painter = Painter(canvas: Canvas(width: size, height: size))
            background(random.pick(["outdoors", "indoors", "studio"]), &painter, &random)
            drawShape(name, &painter, &random)
            painter.canvas.addGrain(0.015, using: &random)
            return painter.canvas.image()
        }
    }

    private func background(_ name: String, _ painter: inout Painter, _ random: inout SeededGenerator) {
        switch name {
        case "outdoors": Backgrounds.outdoor(&painter, &random)
        case "indoors": _ = Backgrounds.indoor(&painter, &random)
        default: Backgrounds.studio(&painter, &random)
        }
    }

    /// A shaded, possibly textured shape of one unit radius, placed, sized and turned at random.
    private func drawShape(_ name: String, _ painter: inout Painter, _ random: inout SeededGenerator) {
        let s = Double(size)
        var paint = Paint(Color(random.float(0.05...0.95), random.float(0.05...0.95), random.float(0.05...0.95)))
        if random.chance(0.4) {
            paint.noiseAmount = random.float(0.1...0.35)
            paint.noiseScale = random.float(0.1...0.3)
            paint.noiseSeed = random.next()
        }
        if random.chance(0.25) {
            paint.stripeAmount = random.float(0.25...0.5)
            paint.stripePeriod = random.float(3...8)
            paint.stripeAngle = random.float(-1.5...1.5)
        }
        painter.scale = s * random.double(0.15...0.35)
        painter.angle = random.double(0...(2 * .pi))
        painter.mirrored = random.chance(0.5)
        painter.originX = s * random.double(0.3...0.7)
        painter.originY = s * random.double(0.3...0.7)
        painter.shadow(0.1, 0.15, 1.0, 1.0, strength: 0.2)
        switch name {
        case "ball":
            painter.ellipse(0, 0, 1, random.double(0.8...1.2), paint)
        case "box":
            let h = random.double(0.6...1)
            painter.polygon([(-1, -h), (1, -h), (1, h), (-1, h)], paint)
        case "triangle":
            painter.polygon([(0, -1.1), (1, 0.8), (-1, 0.8)], paint)
        case "star":
            let inner = random.double(0.35...0.5)
            painter.polygon(
                (0..<10).map { i in
                    let a = Double(i) * .pi / 5 - .pi / 2, r = i % 2 == 0 ? 1.1 : inner
                    return (r * cos(a), r * sin(a))
                }, paint)
        case "bars":
            let count = random.int(3...5)
            for i in 0..<count {
                let y = -0.9 + 1.8 * Double(i) / Double(count - 1)
                painter.capsule(-1, y, 1, y, 0.12, 0.12, paint)
            }
        default: // cross
            painter.capsule(-1, 0, 1, 0, 0.22, 0.22, paint)
            painter.capsule(0, -1, 0, 1, 0.22, 0.22, paint)
        }
    }
}
