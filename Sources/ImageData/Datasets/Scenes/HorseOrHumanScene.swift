import Foundation

/// Horses and people rendered outdoors at 300×300, in the spirit of the CGI `horse-or-human`
/// set: random coat, clothes, pose, size, position, direction, camera roll, sky and clutter. The
/// shifted (validation) distribution uses other gaits and poses, other skies and the wide band of
/// `Framing` (tilted, off-centre, cut-off, zoomed, mirrored figures).
struct HorseOrHumanScene: SceneRenderer {
    var size = 300
    /// Share of validation figures in gaits and poses the training split never shows.
    static let newPoseShare = 0.2

    func render(className: String, shifted: Bool, using random: inout SeededGenerator) -> Image {
        var painter = Painter(canvas: Canvas(width: size, height: size))
        let horizon = Backgrounds.outdoor(&painter, &random, palette: shifted ? random.pick([1, 2, 3]) : nil)
        let framing = Framing.draw(shifted: shifted, &random)
        if className == "horses" {
            drawHorse(&painter, &random, horizon: horizon, shifted: shifted, framing: framing)
        } else {
            drawPerson(&painter, &random, horizon: horizon, shifted: shifted, framing: framing)
        }
        painter.canvas.addGrain(0.015, using: &random)
        return painter.canvas.image()
    }

    private func drawHorse(
        _ painter: inout Painter, _ random: inout SeededGenerator, horizon: Double, shifted: Bool,
        framing: Framing
    ) {
        var horse = Quadruped()
        let coats: [(Color, Color)] = [
            (Color(bytes: 120, 70, 35), Color(bytes: 35, 25, 20)), (Color(bytes: 160, 90, 45), Color(bytes: 120, 60, 30)),
            (Color(bytes: 45, 35, 30), Color(bytes: 20, 15, 15)), (Color(bytes: 215, 210, 200), Color(bytes: 150, 145, 140)),
            (Color(bytes: 205, 170, 110), Color(bytes: 235, 225, 200)), (Color(bytes: 140, 135, 130), Color(bytes: 60, 60, 60)),
        ]
        let (coat, mane) = random.pick(coats)
        horse.coat = Paint(coat.jittered(0.05, using: &random))
        horse.coat.noiseAmount = 0.12
        horse.coat.noiseSeed = random.next()
        if random.chance(0.2) { horse.coat.patchColor = Color(0.93, 0.92, 0.9); horse.coat.patchThreshold = 0.62 }
        horse.dark = mane
        horse.mane = true
        horse.hooves = true
        horse.ears = .pointed
        horse.earSize = 0.12
        horse.bodyRadius = (random.double(0.95...1.1), random.double(0.34...0.42))
        horse.legLength = random.double(1.0...1.2)
        horse.neckLength = random.double(0.8...1.0)
        horse.headLength = random.double(0.6...0.75)
        horse.tailLength = random.double(0.8...1.1)
        horse.tailThickness = 0.1
        horse.tailLift = random.double(-0.2...0.2)
        horse.gaitPhase = random.double(0...(2 * .pi))
        if shifted && random.chance(Self.newPoseShare) {
            switch random.int(0...2) {
            case 0:
                horse.stride = random.double(0.55...0.8)
                horse.bodyTilt = random.double(-0.12...0.05)
                horse.neckAngle = random.double(-0.8 ... -0.5)
            case 1:
                horse.stride = random.double(0.05...0.2)
                horse.neckAngle = random.double(0.3...0.8)
                horse.headPitch = random.double(0.3...0.7)
            default:
                horse.stride = random.double(0.3...0.5)
                horse.bodyTilt = random.double(-0.35 ... -0.2)
                horse.neckAngle = random.double(-1.5 ... -1.2)
            }
        } else {
            horse.stride = random.double(0.0...0.4)
            horse.neckAngle = random.double(-1.2 ... -0.75)
            horse.headPitch = random.double(0.6...1.0)
        }
        let s = Double(size)
        let scale = s * random.double(0.6...0.8) * framing.zoom / 3.2
        let footY = horizon + (s - horizon) * random.double(0.3...0.9)
        // The horse's visual centre is ahead of and above its body centre (head and neck).
        let pivot = (x: 0.3, y: -0.2)
        framing.apply(
            to: &painter, pivot: pivot, at: s * framing.centreX,
            footY - (horse.groundY + pivot.y) * scale + s * framing.shiftY, scale: scale)
        painter.shadow(0.3, horse.groundY, 1.4, 0.12)
        horse.draw(&painter)
    }

    private func drawPerson(
        _ painter: inout Painter, _ random: inout SeededGenerator, horizon: Double, shifted: Bool,
        framing: Framing
    ) {
        var person = Biped()
        let skins = [
            Color(bytes: 240, 205, 175), Color(bytes: 225, 180, 140), Color(bytes: 190, 140, 100),
            Color(bytes: 140, 95, 65), Color(bytes: 95, 65, 45),
        ]
        person.skin = random.pick(skins).jittered(0.03, using: &random)
        person.shirt = Color(random.float(0.05...0.95), random.float(0.05...0.95), random.float(0.05...0.95))
        person.trousers = random.pick([
            Color(bytes: 40, 50, 90), Color(bytes: 30, 30, 35), Color(bytes: 120, 100, 80),
            Color(bytes: 180, 175, 160), Color(random.float(0...1), random.float(0...1), random.float(0...1)),
        ])
        person.hair = random.pick([
            Color(bytes: 30, 20, 15), Color(bytes: 90, 60, 30), Color(bytes: 200, 160, 90),
            Color(bytes: 140, 60, 30), Color(bytes: 160, 160, 160),
        ])
        person.longHair = random.chance(0.4)
        person.skirt = random.chance(0.2)
        person.build = random.double(0.85...1.2)
        person.headTurn = random.double(-1...1)
        if shifted && random.chance(Self.newPoseShare) {
            switch random.int(0...2) {
            case 0:
                person.leftArm = (random.double(2.2...3.0), random.double(-0.3...0.3))
                person.rightArm = (random.double(2.2...3.0), random.double(-0.3...0.3))
            case 1:
                let swing = random.double(0.6...1.0)
                person.leftArm = (swing, 1.4)
                person.rightArm = (swing * 0.5, 1.2)
                person.leftLeg = (swing * 0.6, -0.7)
                person.rightLeg = (0.05, 0.2)
            default:
                person.leftArm = (random.double(1.3...1.7), 0)
                person.rightArm = (random.double(1.3...1.7), 0)
                person.leftLeg = (0.25, 0)
                person.rightLeg = (0.25, 0)
            }
        } else {
            let swing = random.double(0...0.4)
            person.leftArm = (swing * 0.5 + 0.08, random.double(-0.3...0.6))
            person.rightArm = (random.double(0.05...0.4), random.double(-0.3...0.6))
            person.leftLeg = (random.double(0...0.15), 0)
            person.rightLeg = (random.double(0...0.15), 0)
        }
        let s = Double(size)
        let scale = s * random.double(0.65...0.85) * framing.zoom
        let footY = max(scale + 5, horizon + (s - horizon) * random.double(0.3...0.95))
        framing.apply(
            to: &painter, pivot: (x: 0, y: -0.5), at: s * framing.centreX, footY - 0.5 * scale + s * framing.shiftY,
            scale: scale)
        painter.shadow(0, 0, 0.15, 0.03)
        person.draw(&painter)
    }
}

/// Renders one sample of a data set's class; `shifted` selects the validation/test distribution.
protocol SceneRenderer: Sendable {
    func render(className: String, shifted: Bool, using random: inout SeededGenerator) -> Image
}
