import Foundation
import NeuralNet
import Tensors

/// The rendered images `deeplings pretrain` trains the course base on: 16 classes (the lesson
/// scenes' horses, people, cats, dogs and hands; six kinds of shape; three empty backgrounds),
/// drawn by the same renderer as the lesson data sets but from their own random streams, so no
/// image is one of the lessons' training or validation images.
///
///     let set = try PretrainingSet.render(count: 1600, size: 96) { done, total in print(done, total) }
///     set.images.count == 1600 * 96 * 96 * 3
public struct PretrainingSet: Sendable {
    /// The class names, in label order.
    public static let classNames = [
        "horse", "person", "cat", "dog", "rock", "paper", "scissors",
        "ball", "box", "triangle", "star", "bars", "cross",
        "outdoors", "indoors", "studio",
    ]

    /// The seed the shipped base was pretrained from.
    public static let defaultSeed: UInt64 = 20_261_206

    /// Image side in pixels.
    public let size: Int
    /// `count * size * size * 3` bytes, image after image, RGB.
    public let images: [UInt8]
    /// The class index of each image.
    public let labels: [Int]

    /// The number of images.
    public var count: Int { labels.count }

    /// Renders `count` images of `size`×`size` (classes in turn, so each has `count / 16`),
    /// on all cores; image `i` depends only on (`seed`, `size`, `i`). `progress(done, total)` runs
    /// on the calling thread; `shouldStop` is polled between chunks (Ctrl-C).
    public static func render(
        count: Int, size: Int, seed: UInt64 = defaultSeed,
        progress: (Int, Int) -> Void = { _, _ in },
        shouldStop: () -> Bool = { false }
    ) throws -> PretrainingSet {
        guard count > 0 else { throw ImageDataError.invalidArgument("the pretraining set needs at least one image, received count=\(count)") }
        guard (64...512).contains(size) else {
            throw ImageDataError.invalidArgument("pretraining images are 64 to 512 pixels wide (the scenes need room), received size=\(size)")
        }
        let stride = size * size * 3
        let buffer = ByteBuffer(count: count * stride)
        let scene = PretrainingScene(size: size)
        let chunk = 64
        var done = 0
        progress(0, count)
        while done < count {
            if shouldStop() { throw NeuralNetError.interrupted(what: "Rendering the pretraining set", batch: done / chunk, epoch: nil) }
            let start = done, end = min(done + chunk, count)
            try concurrentlyThrowing(end - start) { offset in
                let index = start + offset
                var random = generator(seed: seed, index: index)
                let image = scene.render(classIndex: index % classNames.count, using: &random)
                guard image.width == size, image.height == size, image.channels == 3 else {
                    throw ImageDataError.invalidArgument("a pretraining scene drew a \(image.width)x\(image.height)x\(image.channels) image instead of \(size)x\(size)x3")
                }
                buffer.write(image.pixels, at: index * stride)
            }
            done = end
            progress(done, count)
        }
        return PretrainingSet(size: size, images: buffer.bytes, labels: (0..<count).map { $0 % classNames.count })
    }

    /// Image `index` as an `Image` (previews, tests).
    public func image(_ index: Int) throws -> Image {
        let stride = size * size * 3
        guard (0..<count).contains(index) else { throw ImageDataError.invalidArgument("image \(index) is outside 0..<\(count)") }
        return try Image(width: size, height: size, channels: 3, pixels: Array(images[index * stride..<(index + 1) * stride]))
    }

    static func generator(seed: UInt64, index: Int) -> SeededGenerator {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "course-base-pretraining".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return SeededGenerator(seed: seed ^ hash).split(index)
    }
}

/// Bytes that concurrent renderers write disjoint ranges of.
private final class ByteBuffer: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<UInt8>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0)
    }

    deinit { storage.deallocate() }

    func write(_ bytes: [UInt8], at offset: Int) {
        bytes.withUnsafeBufferPointer { source in
            for i in source.indices { storage[offset + i] = source[i] }
        }
    }

    var bytes: [UInt8] { Array(storage) }
}
