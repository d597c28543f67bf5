import Foundation

/// Cats and dogs at mixed sizes (about 150–500 px) for `cats_and_dogs_filtered`: face close-ups
/// and full bodies, indoors or out, with breed-like variety in fur, ears and snouts, and
/// look-alike cases on both sides (pointy-eared dogs, long-faced cats). The shifted
/// distribution frames closer and tilts more.
struct CatsAndDogsScene: SceneRenderer {
    /// A fixed square size in pixels (the pretraining set's); nil draws the data set's mixed sizes.
    var squareSize: Int?

    func render(className: String, shifted: Bool, using random: inout SeededGenerator) -> Image {
        let longSide = random.int(200...500)
        let aspect = random.double(0.7...1.35)
        let width = squareSize ?? (aspect >= 1 ? longSide : max(150, Int(Double(longSide) * aspect)))
        let height = squareSize ?? (aspect >= 1 ? max(150, Int(Double(longSide) / aspect)) : longSide)
        var painter = Painter(canvas: Canvas(width: width, height: height))
        let ground: Double
        if random.chance(0.65) {
            ground = Backgrounds.indoor(&painter, &random)
        } else {
            ground = Backgrounds.outdoor(&painter, &random)
        }
        let isCat = className == "cats"
        let fur = furPaint(isCat: isCat, &random)
        if random.chance(shifted ? 0.75 : 0.55) {
            drawFace(&painter, &random, isCat: isCat, fur: fur, shifted: shifted)
        } else {
            drawBody(&painter, &random, isCat: isCat, fur: fur, ground: ground, shifted: shifted)
        }
        painter.canvas.addGrain(0.02, using: &random)
        return painter.canvas.image()
    }

    private func furPaint(isCat: Bool, _ random: inout SeededGenerator) -> Paint {
        let catColors = [
            Color(bytes: 150, 150, 145), Color(bytes: 215, 140, 70), Color(bytes: 40, 38, 40),
            Color(bytes: 235, 230, 220), Color(bytes: 130, 100, 70), Color(bytes: 180, 160, 130),
        ]
        let dogColors = [
            Color(bytes: 210, 165, 95), Color(bytes: 120, 75, 40), Color(bytes: 35, 30, 30),
            Color(bytes: 235, 230, 220), Color(bytes: 165, 120, 80), Color(bytes: 150, 150, 145),
        ]
        var paint = Paint(random.pick(isCat ? catColors : dogColors).jittered(0.06, using: &random))
        paint.noiseAmount = random.float(0.1...0.3)
        paint.noiseScale = random.float(0.1...0.3)
        paint.noiseSeed = random.next()
        if random.chance(isCat ? 0.5 : 0.12) {
            paint.stripeAmount = random.float(0.25...0.5)
            paint.stripePeriod = random.float(6...14)
            paint.stripeAngle = random.float(-0.4...0.4)
        }
        if random.chance(isCat ? 0.2 : 0.3) {
            paint.patchColor = random.pick([Color(0.95, 0.94, 0.92), Color(0.12, 0.1, 0.1), Color(bytes: 200, 120, 60)])
            paint.patchThreshold = random.float(0.5...0.62)
        }
        return paint
    }

    private func drawFace(_ painter: inout Painter, _ random: inout SeededGenerator, isCat: Bool, fur: Paint, shifted: Bool) {
        var face = PetFace()
        face.isCat = isCat
        face.fur = fur
        face.muzzleColor = random.chance(0.6) ? Color(0.93, 0.91, 0.88) : fur.color.scaled(1.15)
        if isCat {
            face.earStyle = random.chance(0.85) ? .pointed : .rounded
            face.earHeight = random.double(0.6...1.0)
            face.snoutLength = random.double(0.05...0.35)
            face.headWidth = random.double(0.95...1.1)
            face.headHeight = random.double(0.8...0.92)
            face.eyeColor = random.pick([
                Color(bytes: 150, 180, 60), Color(bytes: 210, 170, 50), Color(bytes: 100, 160, 200),
                Color(bytes: 190, 140, 60),
            ])
            face.slitPupils = random.chance(0.7)
            face.noseColor = random.pick([Color(bytes: 225, 140, 145), Color(bytes: 60, 45, 45)])
        } else {
            face.earStyle = random.pick([.floppy, .floppy, .rounded, .pointed])
            face.earHeight = random.double(0.5...0.9)
            face.snoutLength = random.double(0.25...0.8)
            face.headWidth = random.double(0.85...1.05)
            face.headHeight = random.double(0.9...1.1)
            face.eyeColor = random.pick([Color(bytes: 90, 55, 30), Color(bytes: 60, 40, 25), Color(bytes: 130, 90, 40)])
            face.slitPupils = false
            face.tongue = random.chance(0.35)
            face.noseColor = Color(bytes: 30, 25, 25)
        }
        face.gaze = (random.double(-1...1), random.double(-1...1))
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let fill = shifted ? random.double(0.32...0.55) : random.double(0.2...0.38)
        painter.scale = min(w, h) * fill
        painter.angle = random.double(shifted ? -0.5...0.5 : -0.25...0.25)
        painter.mirrored = random.chance(0.5)
        painter.originX = w * random.double(0.3...0.7)
        painter.originY = h * random.double(0.35...0.7)
        var body = fur
        body.color = fur.color.scaled(0.9)
        painter.ellipse(0, 1.6, 1.3, 1.0, body)
        face.draw(&painter)
    }

    private func drawBody(
        _ painter: inout Painter, _ random: inout SeededGenerator, isCat: Bool, fur: Paint, ground: Double,
        shifted: Bool
    ) {
        var animal = Quadruped()
        animal.coat = fur
        animal.mane = false
        animal.hooves = false
        animal.dark = Color(bytes: 40, 30, 30)
        if isCat {
            animal.bodyRadius = (random.double(0.85...1.0), random.double(0.3...0.38))
            animal.legLength = random.double(0.7...0.9)
            animal.legThickness = 0.1
            animal.neckLength = 0.35
            animal.neckThickness = 0.26
            animal.headLength = random.double(0.3...0.45)
            animal.headThickness = random.double(0.26...0.32)
            animal.headPitch = random.double(0.8...1.2)
            animal.ears = .pointed
            animal.earSize = random.double(0.14...0.2)
            animal.tailLength = random.double(1.2...1.6)
            animal.tailThickness = 0.08
            animal.tailLift = random.double(0.2...1.0)
            animal.whiskers = true
            animal.dark = Color(bytes: 200, 120, 130)
        } else {
            animal.bodyRadius = (random.double(0.9...1.1), random.double(0.34...0.45))
            animal.legLength = random.double(0.7...1.2)
            animal.legThickness = random.double(0.12...0.17)
            animal.neckLength = random.double(0.4...0.6)
            animal.neckThickness = 0.3
            animal.headLength = random.double(0.5...0.85)
            animal.headThickness = random.double(0.22...0.3)
            animal.headPitch = random.double(0.6...1.0)
            animal.ears = random.pick([.floppy, .floppy, .rounded, .pointed])
            animal.earSize = random.double(0.16...0.24)
            animal.tailLength = random.double(0.5...1.0)
            animal.tailThickness = random.double(0.08...0.12)
            animal.tailLift = random.double(-0.3...0.8)
        }
        animal.neckAngle = random.double(-1.3 ... -0.6)
        animal.gaitPhase = random.double(0...(2 * .pi))
        animal.stride = random.double(shifted ? 0.3...0.6 : 0.0...0.35)
        let w = Double(painter.canvas.width), h = Double(painter.canvas.height)
        let scale = w * random.double(shifted ? 0.3...0.45 : 0.2...0.32)
        painter.scale = scale
        painter.mirrored = random.chance(0.5)
        painter.angle = random.double(-0.15...0.15)
        painter.originX = w * random.double(0.35...0.65)
        let footY = min(h * 0.97, max(ground + 4, ground + (h - ground) * random.double(0.2...0.9)))
        painter.originY = footY
        painter.shadow(0, 0, 1.3, 0.12)
        painter.originY = footY - animal.groundY * scale
        animal.draw(&painter)
    }
}
