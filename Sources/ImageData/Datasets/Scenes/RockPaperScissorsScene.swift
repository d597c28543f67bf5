import Foundation

/// Hands showing rock, paper or scissors on a light studio background at 300×300, as in the CGI
/// `rps` set: random skin tone, sleeve, size, position and direction. The shifted (test)
/// distribution uses other directions, looser poses and tinted backgrounds.
struct RockPaperScissorsScene: SceneRenderer {
    var size = 300

    func render(className: String, shifted: Bool, using random: inout SeededGenerator) -> Image {
        var painter = Painter(canvas: Canvas(width: size, height: size))
        let tint: Color? =
            shifted && random.chance(0.5)
            ? Color(random.float(0.8...1), random.float(0.8...1), random.float(0.8...1)) : nil
        Backgrounds.studio(&painter, &random, tint: tint)
        let pose: Hand.Pose = className == "rock" ? .rock : className == "paper" ? .paper : .scissors
        var hand = Hand(pose: pose, looseness: shifted ? 1.6 : 1, using: &random)
        let skins = [
            Color(bytes: 245, 215, 190), Color(bytes: 230, 185, 150), Color(bytes: 200, 150, 110),
            Color(bytes: 150, 105, 75), Color(bytes: 100, 70, 50), Color(bytes: 70, 50, 38),
        ]
        hand.skin = random.pick(skins).jittered(0.04, using: &random)
        if random.chance(0.35) {
            hand.sleeve = Color(random.float(0.1...0.9), random.float(0.1...0.9), random.float(0.1...0.9))
        }
        let s = Double(size)
        painter.scale = s * random.double(shifted ? 0.26...0.46 : 0.3...0.4)
        let pointing = shifted ? random.pick([0.0, .pi]) + random.double(-0.9...0.9) : random.double(-2.0...2.0)
        painter.angle = pointing + .pi / 2 * (random.chance(0.5) ? 1 : -1)
        painter.mirrored = random.chance(0.5)
        painter.originX = s * random.double(0.38...0.62)
        painter.originY = s * random.double(0.38...0.62)
        var shadowPainter = painter
        shadowPainter.originX += s * 0.02
        shadowPainter.originY += s * 0.03
        shadowPainter.shadow(0, -0.2, 0.7, 0.9, strength: 0.12)
        painter.canvas = shadowPainter.canvas
        hand.draw(&painter)
        painter.canvas.addGrain(0.01, using: &random)
        return painter.canvas.image()
    }
}
