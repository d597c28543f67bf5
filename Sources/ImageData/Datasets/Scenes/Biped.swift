import Foundation

/// A person seen from the front or side, in height units (feet at y = 0, top of the head at
/// y = -1), with clothes, skin and hair colours and a pose for arms and legs.
struct Biped {
    var skin = Color(bytes: 225, 185, 150)
    var shirt = Color(bytes: 60, 90, 160)
    var trousers = Color(bytes: 50, 50, 60)
    var hair = Color(bytes: 60, 40, 25)
    var shoes = Color(bytes: 30, 30, 30)
    var longHair = false
    var skirt = false
    var build = 1.0
    /// Arm angles from straight down (radians, positive = away from the body), upper and fore arm.
    var leftArm = (0.15, 0.1)
    var rightArm = (0.15, 0.1)
    /// Leg angles from straight down (positive = away from the body), thigh and shin.
    var leftLeg = (0.05, 0.0)
    var rightLeg = (0.05, 0.0)
    var headTurn = 0.0

    /// Draws the person with the feet at the painter's origin.
    func draw(_ painter: inout Painter) {
        let w = build
        let trouserPaint = Paint(trousers), shirtPaint = Paint(shirt, shading: 0.5), skinPaint = Paint(skin, shading: 0.7)
        let hipY = -0.48, shoulderY = -0.79
        drawLeg(&painter, x: 0.05 * w, y: hipY, side: 1, angles: rightLeg, trouserPaint.with(trousers.scaled(0.85)))
        drawLeg(&painter, x: -0.05 * w, y: hipY, side: -1, angles: leftLeg, trouserPaint)
        painter.polygon(
            [(-0.095 * w, hipY + 0.04), (0.095 * w, hipY + 0.04), (0.085 * w, hipY - 0.06), (-0.085 * w, hipY - 0.06)],
            Paint(trousers, shading: 0))
        if skirt {
            painter.polygon(
                [(-0.09 * w, hipY - 0.05), (0.09 * w, hipY - 0.05), (0.16 * w, hipY + 0.17), (-0.16 * w, hipY + 0.17)],
                Paint(trousers, shading: 0))
        }
        painter.polygon(
            [
                (-0.085 * w, hipY - 0.04), (0.085 * w, hipY - 0.04), (0.125 * w, shoulderY + 0.01),
                (-0.125 * w, shoulderY + 0.01),
            ], Paint(shirt, shading: 0))
        painter.capsule(-0.11 * w, shoulderY + 0.02, 0.11 * w, shoulderY + 0.02, 0.035 * w, 0.035 * w, shirtPaint)
        painter.capsule(0, shoulderY, 0, shoulderY - 0.07, 0.028, 0.028, skinPaint)
        let headY = -0.925
        if longHair { painter.ellipse(0, headY + 0.035, 0.072, 0.1, Paint(hair, shading: 0.5)) }
        painter.ellipse(headTurn * 0.01, headY, 0.056, 0.07, skinPaint)
        painter.ellipse(headTurn * 0.01, headY - 0.042, 0.06, 0.038, Paint(hair, shading: 0.5))
        let eye = Paint(Color(bytes: 40, 30, 30), shading: 0)
        painter.ellipse(-0.02 + headTurn * 0.02, headY - 0.005, 0.008, 0.006, eye)
        painter.ellipse(0.02 + headTurn * 0.02, headY - 0.005, 0.008, 0.006, eye)
        painter.ellipse(headTurn * 0.02, headY + 0.035, 0.015, 0.005, Paint(skin.scaled(0.7), shading: 0))
        drawArm(&painter, x: 0.14 * w, y: shoulderY + 0.02, side: 1, angles: rightArm, shirtPaint, skinPaint)
        drawArm(&painter, x: -0.14 * w, y: shoulderY + 0.02, side: -1, angles: leftArm, shirtPaint, skinPaint)
    }

    private func drawLeg(_ painter: inout Painter, x: Double, y: Double, side: Double, angles: (Double, Double), _ paint: Paint) {
        let a1 = .pi / 2 - side * angles.0, a2 = a1 - side * angles.1
        let end = painter.limb(from: x, y, angles: [a1, a2], lengths: [0.25, 0.23], radii: [0.05 * build, 0.036, 0.03], paint)
        painter.ellipse(end.0 + side * 0.015, end.1 + 0.008, 0.035, 0.02, Paint(shoes, shading: 0.5))
    }

    private func drawArm(
        _ painter: inout Painter, x: Double, y: Double, side: Double, angles: (Double, Double),
        _ sleeve: Paint, _ skin: Paint
    ) {
        let a1 = .pi / 2 - side * angles.0, a2 = a1 - side * angles.1
        let elbow = painter.limb(from: x, y, angles: [a1], lengths: [0.16], radii: [0.034 * build, 0.028], sleeve)
        let hand = painter.limb(from: elbow.0, elbow.1, angles: [a2], lengths: [0.14], radii: [0.026, 0.021], skin)
        painter.ellipse(hand.0 + cos(a2) * 0.02, hand.1 + sin(a2) * 0.02, 0.03, 0.022, angle: a2, skin)
    }
}
