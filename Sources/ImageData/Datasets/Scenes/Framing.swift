import Foundation

/// How a figure sits in its frame: where its centre is, its size against the scene's typical
/// size, its tilt (camera roll) and which way it faces.
///
/// Training renders draw from a narrow band (near the centre, upright, typical size, mostly facing
/// one way); most validation renders from a wide band spanning what the article's augmentation
/// varies (rotation ±40°, shifts ±20 %, zoom ±20 %, horizontal flip), as the originals' validation
/// sets were framed differently from their training sets. A network that only saw the narrow band
/// meets new framings at validation; augmentation is what teaches it those.
struct Framing: Equatable {
    /// The figure centre's x as a fraction of the frame width.
    var centreX: Double
    /// Added to the figure centre's y, as a fraction of the frame height (cut-off framings).
    var shiftY: Double
    /// Size factor on the scene's typical figure size (above 1: zoomed in).
    var zoom: Double
    /// Camera roll in radians.
    var tilt: Double
    /// Facing the other way from the training set's usual direction.
    var mirrored: Bool

    /// Tilt bound of validation framings: the article's `rotation_range=40`.
    static let validationTilt = 40 * Double.pi / 180

    /// A narrow-band framing (training split).
    static func training(_ random: inout SeededGenerator) -> Framing {
        Framing(
            centreX: random.double(0.42...0.58), shiftY: 0, zoom: random.double(0.92...1.08),
            tilt: random.double(-0.05...0.05), mirrored: random.chance(0.1))
    }

    /// Share of validation figures framed like training ones; the rest come from the wide band.
    static let validationNarrowShare = 0.4

    /// A validation framing: the narrow band for `validationNarrowShare` of figures, else the wide band.
    static func validation(_ random: inout SeededGenerator) -> Framing {
        random.chance(validationNarrowShare) ? training(&random) : wide(&random)
    }

    /// A wide-band framing, covering the augmentation's range.
    static func wide(_ random: inout SeededGenerator) -> Framing {
        Framing(
            centreX: random.double(0.25...0.75), shiftY: random.double(-0.12...0.12), zoom: random.double(0.8...1.25),
            tilt: random.double(-validationTilt...validationTilt), mirrored: random.chance(0.5))
    }

    /// The framing of one render: wide band for the shifted split, narrow otherwise.
    static func draw(shifted: Bool, _ random: inout SeededGenerator) -> Framing {
        shifted ? validation(&random) : training(&random)
    }

    /// Sets `painter` so the figure point `pivot` lands on canvas `(x, y)`, at `scale` pixels per
    /// figure unit, turned by this framing's tilt and facing.
    func apply(to painter: inout Painter, pivot: (x: Double, y: Double), at x: Double, _ y: Double, scale: Double) {
        painter.scale = scale
        painter.mirrored = mirrored
        painter.angle = tilt
        painter.originX = 0
        painter.originY = 0
        let p = painter.point(pivot.x, pivot.y)
        painter.originX = x - p.x
        painter.originY = y - p.y
    }
}
