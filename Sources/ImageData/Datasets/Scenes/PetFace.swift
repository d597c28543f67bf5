import Foundation

/// A cat's or dog's face seen from the front, in head units (head radius about 1, centred on the
/// origin): ear shape, snout length, nose, eyes, whiskers and fur pattern carry the class.
struct PetFace {
    var isCat = true
    var fur = Paint(Color(bytes: 150, 110, 70))
    var muzzleColor = Color(bytes: 235, 225, 210)
    var eyeColor = Color(bytes: 140, 170, 60)
    var noseColor = Color(bytes: 220, 140, 140)
    var earStyle = Quadruped.Ears.pointed
    var earHeight = 0.9
    var snoutLength = 0.3
    var headWidth = 1.0
    var headHeight = 0.88
    var tongue = false
    var slitPupils = true
    var gaze = (0.0, 0.0)

    func draw(_ painter: inout Painter) {
        let earPaint = fur.with(fur.color.scaled(0.9))
        let inner = Paint(noseColor.mixed(with: fur.color, 0.4), shading: 0.2)
        if earStyle == .floppy {
            for side in [-1.0, 1.0] {
                painter.capsule(
                    side * headWidth * 0.75, -headHeight * 0.55, side * headWidth * 1.15, headHeight * 0.55,
                    0.3, 0.38, fur.with(fur.color.scaled(0.7)))
            }
        } else {
            for side in [-1.0, 1.0] {
                let baseOuter = (side * headWidth * 0.95, -headHeight * 0.25)
                let baseInner = (side * headWidth * 0.2, -headHeight * 0.85)
                let tip = (side * headWidth * 0.8, -headHeight * 0.75 - earHeight)
                if earStyle == .rounded {
                    painter.capsule(
                        (baseOuter.0 + baseInner.0) / 2, (baseOuter.1 + baseInner.1) / 2, tip.0, tip.1 + 0.2,
                        0.38, 0.26, earPaint)
                } else {
                    painter.polygon([baseOuter, tip, baseInner], earPaint)
                    let shrink = { (p: (Double, Double)) in (p.0 * 0.75 + tip.0 * 0.25, p.1 * 0.75 + tip.1 * 0.25 + 0.08) }
                    painter.polygon([shrink(baseOuter), (tip.0 * 0.97, tip.1 + 0.15), shrink(baseInner)], inner)
                }
            }
        }
        painter.ellipse(0, 0, headWidth, headHeight, fur)
        if isCat {
            painter.ellipse(-headWidth * 0.55, headHeight * 0.35, headWidth * 0.45, headHeight * 0.4, fur)
            painter.ellipse(headWidth * 0.55, headHeight * 0.35, headWidth * 0.45, headHeight * 0.4, fur)
        }
        let muzzle = Paint(muzzleColor, shading: 0.6)
        let snoutY = headHeight * 0.35 + snoutLength * 0.3
        painter.ellipse(0, snoutY, 0.3 + snoutLength * 0.5, 0.22 + snoutLength * 0.45, muzzle)
        if !isCat || snoutLength > 0.45 {
            painter.ellipse(0, snoutY - 0.05, 0.26 + snoutLength * 0.35, 0.18 + snoutLength * 0.6, muzzle)
        }
        for side in [-1.0, 1.0] {
            let ex = side * headWidth * 0.38, ey = -headHeight * 0.12
            let rx = isCat ? 0.2 : 0.14, ry = isCat ? 0.14 : 0.13
            painter.ellipse(ex, ey, rx * 1.15, ry * 1.25, Paint(Color(0.1, 0.08, 0.06), shading: 0))
            painter.ellipse(ex, ey, rx, ry, angle: isCat ? side * 0.25 : 0, Paint(eyeColor, shading: 0.3))
            let pupil = Paint(Color(0.02, 0.02, 0.02), shading: 0)
            if slitPupils {
                painter.ellipse(ex + gaze.0 * 0.05, ey + gaze.1 * 0.03, 0.035, ry * 0.9, pupil)
            } else {
                painter.ellipse(ex + gaze.0 * 0.04, ey + gaze.1 * 0.03, rx * 0.62, ry * 0.7, pupil)
            }
            painter.ellipse(ex - 0.05, ey - 0.05, 0.03, 0.03, Paint(Color(1, 1, 1), shading: 0))
        }
        let noseY = headHeight * 0.22 + snoutLength * 0.15
        let noseWidth = isCat ? 0.12 : 0.16 + snoutLength * 0.15
        painter.polygon(
            [(-noseWidth, noseY - 0.06), (noseWidth, noseY - 0.06), (0, noseY + noseWidth * 0.9)],
            Paint(noseColor, shading: 0.2))
        if !isCat { painter.ellipse(0, noseY - 0.02, noseWidth * 1.05, noseWidth * 0.7, Paint(noseColor, shading: 0.7)) }
        let mouth = Paint(Color(0.2, 0.12, 0.1), shading: 0)
        let mouthY = noseY + noseWidth * 0.9 + 0.12 + snoutLength * 0.25
        painter.capsule(0, noseY + noseWidth * 0.8, 0, mouthY - 0.04, 0.012, 0.012, mouth)
        painter.capsule(0, mouthY - 0.04, -0.14, mouthY, 0.012, 0.012, mouth)
        painter.capsule(0, mouthY - 0.04, 0.14, mouthY, 0.012, 0.012, mouth)
        if tongue { painter.ellipse(0.02, mouthY + 0.12, 0.13, 0.16, Paint(Color(bytes: 220, 100, 110), shading: 0.5)) }
        if isCat {
            let whisker = Paint(Color(0.95, 0.95, 0.93), shading: 0)
            for side in [-1.0, 1.0] {
                for k in 0..<3 {
                    let y0 = noseY + 0.12 + Double(k) * 0.06
                    painter.capsule(side * 0.2, y0, side * 1.25, y0 - 0.12 + Double(k) * 0.12, 0.012, 0.005, whisker)
                }
            }
        }
    }
}
