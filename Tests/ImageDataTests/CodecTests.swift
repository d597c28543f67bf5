import Foundation
import Testing
@testable import ImageData

@Test(arguments: [1, 2, 3, 4])
func pngRoundTripIsExact(channels: Int) throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let image = patternImage(width: 17, height: 9, channels: channels)
    let path = folder + "/pattern.png"
    try image.write(toFile: path)
    #expect(try Image(contentsOfFile: path) == image)
}

@Test(arguments: [1, 3])
func jpegRoundTripIsClose(channels: Int) throws {
    var image = try Image(width: 32, height: 24, channels: channels)
    for y in 0..<24 { for x in 0..<32 { for c in 0..<channels { image[y, x, c] = UInt8(x * 4 + y * 2 + c * 20) } } }
    let decoded = try Image(encoded: try image.encoded(as: .jpeg, quality: 95))
    #expect(decoded.width == 32 && decoded.height == 24 && decoded.channels == channels)
    let worst = zip(image.pixels, decoded.pixels).map { abs(Int($0) - Int($1)) }.max() ?? 255
    #expect(worst <= 12)
}

@Test func jpegDropsAlphaWhenWriting() throws {
    let decoded = try Image(encoded: try patternImage(width: 8, height: 8, channels: 4).encoded(as: .jpeg))
    #expect(decoded.channels == 3)
}

@Test func corruptFilesAreErrorsNamingTheFile() throws {
    let folder = try makeTemporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let jpeg = try patternImage(width: 40, height: 40, channels: 3).encoded(as: .jpeg)
    let png = try patternImage(width: 40, height: 40, channels: 3).encoded(as: .png)
    var badHeader = jpeg
    for i in 20..<60 { badHeader[i] = 0xFF }
    let cases: [(String, [UInt8])] = [
        ("truncated.jpg", Array(jpeg.prefix(jpeg.count / 2))),
        ("header.jpg", badHeader),
        ("truncated.png", Array(png.prefix(png.count / 2))),
        ("text.png", Array("hello, not an image".utf8)),
        ("empty.png", []),
    ]
    for (name, bytes) in cases {
        let path = folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect {
            _ = try Image(contentsOfFile: path)
        } throws: { error in
            "\(error)".contains(path)
        }
    }
    #expect(throws: ImageDataError.self) { _ = try Image(contentsOfFile: folder + "/missing.png") }
}

@Test func grayscaleConversionUsesPillowLuma() throws {
    let image = try Image(width: 2, height: 1, channels: 3, pixels: [255, 0, 0, 10, 200, 30])
    let gray = image.converted(to: .grayscale)
    #expect(gray.pixels == [76, 124]) // 0.299r + 0.587g + 0.114b, rounded
    #expect(gray.converted(to: .rgba).pixels == [76, 76, 76, 255, 124, 124, 124, 255])
}

@Test func nearestResizePicksPixelCentres() throws {
    let image = try grayImage([[0, 10, 20, 30], [40, 50, 60, 70]])
    #expect(try image.resized(width: 2, height: 1, interpolation: .nearest).pixels == [50, 70])
    #expect(
        try image.resized(width: 8, height: 2, interpolation: .nearest).pixels
            == [0, 0, 10, 10, 20, 20, 30, 30, 40, 40, 50, 50, 60, 60, 70, 70])
}

@Test func bilinearResizeAveragesWhenShrinking() throws {
    let image = try grayImage([[0, 100, 200, 100]])
    // Halving: each output pixel is centred between two inputs; the widened triangle filter
    // weights them 1/4, 3/4, 3/4, 1/4 (clipped at the edges and renormalised).
    let half = try image.resized(width: 2, height: 1, interpolation: .bilinear)
    #expect(half.pixels == [UInt8((0.75 * 0 + 0.75 * 100 + 0.25 * 200) / 1.75 + 0.5), UInt8((0.25 * 100 + 0.75 * 200 + 0.75 * 100) / 1.75 + 0.5)])
    let same = try image.resized(width: 4, height: 1, interpolation: .bilinear)
    #expect(same == image)
    #expect(throws: ImageDataError.self) { _ = try image.resized(width: 0, height: 3) }
    #expect(throws: ImageDataError.self) { _ = try Image(width: 2, height: 2, channels: 5) }
}
