import Foundation
@testable import ImageData

/// A fresh temporary folder, removed by the caller with `removeItem`.
func makeTemporaryFolder(_ name: String = #function) throws -> String {
    let safe = name.filter { $0.isLetter || $0.isNumber }
    let path = NSTemporaryDirectory() + "imagedata-\(safe)-\(UInt32.random(in: 0...UInt32.max))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// A deterministic test pattern: every sample differs from its neighbours.
func patternImage(width: Int, height: Int, channels: Int) -> Image {
    var image = try! Image(width: width, height: height, channels: channels)
    for y in 0..<height {
        for x in 0..<width {
            for c in 0..<channels {
                image[y, x, c] = UInt8((x * 37 + y * 11 + c * 71) % 256)
            }
        }
    }
    return image
}

/// A one-channel image from rows of values.
func grayImage(_ rows: [[UInt8]]) throws -> Image {
    try Image(width: rows[0].count, height: rows.count, channels: 1, pixels: rows.flatMap { $0 })
}

/// Runs `plan` over `image` with `fill` and returns the samples.
func warp(_ image: Image, _ plan: WarpPlan, fill: FillMode = .nearest) -> [Float] {
    var output = [Float](repeating: -1, count: image.pixels.count)
    image.pixels.withUnsafeBufferPointer { source in
        output.withUnsafeMutableBufferPointer {
            AffineWarp.apply(plan, fill: fill, source: source, channels: image.channels, into: $0.baseAddress!)
        }
    }
    return output
}
