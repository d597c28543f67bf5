import Dispatch
import Foundation

/// The procedural data sets of the course, rendered deterministically from a seed into
/// `root/NAME/split/class/file` (the originals' layout), on all cores.
///
///     let path = try DatasetCatalog.build(name: "rps", into: "datasets") { done, total in
///         print("\(done)/\(total)")
///     }
public enum DatasetCatalog {
    /// The seed the course's data sets are rendered from.
    public static let defaultSeed: UInt64 = 20_190_101

    /// Every data set, in lesson order.
    public static let all: [DatasetSpec] = [.horseOrHuman, .catsAndDogs, .rockPaperScissors]

    /// The data set names `build` accepts.
    public static var names: [String] { all.map(\.name) }

    /// The spec named `name`; throws a message listing the names otherwise.
    public static func spec(named name: String) throws -> DatasetSpec {
        guard let spec = all.first(where: { $0.name == name }) else {
            throw ImageDataError.invalidArgument(
                "unknown data set '\(name)'; choose one of: \(names.joined(separator: ", "))")
        }
        return spec
    }

    /// True when `root/name` holds a complete build (builds are renamed into place when done).
    public static func isBuilt(name: String, in root: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent(name), isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Renders sample `index` of `className` in `split` (same arguments, same pixels).
    public static func render(
        name: String, split: String, className: String, index: Int,
        seed: UInt64 = defaultSeed
    ) throws -> Image {
        let spec = try spec(named: name)
        guard let splitSpec = spec.splits.first(where: { $0.folder == split }) else {
            throw ImageDataError.invalidArgument(
                "data set '\(name)' has no split '\(split)'; it has: \(spec.splits.map(\.folder).joined(separator: ", "))")
        }
        guard splitSpec.classes.contains(where: { $0.name == className }) else {
            throw ImageDataError.invalidArgument(
                "split '\(split)' of '\(name)' has no class '\(className)'; it has: \(splitSpec.classes.map(\.name).joined(separator: ", "))")
        }
        var random = generator(seed: seed, name: name, split: split, className: className, index: index)
        return spec.renderer.render(className: className, shifted: splitSpec.shifted, using: &random)
    }

    /// Renders every image of `name` into `root/name` (through a temporary folder renamed at the
    /// end) and returns that path. `limit` caps images per class (tests, previews);
    /// `progress(done, total)` is called on the calling thread after each chunk; an error it
    /// throws (Ctrl-C) stops the build, removes the temporary folder and is rethrown, so a
    /// stopped build never leaves a data set that looks complete.
    @discardableResult
    public static func build(
        name: String, into root: String, seed: UInt64 = defaultSeed, limit: Int? = nil,
        progress: (Int, Int) throws -> Void = { _, _ in }
    ) throws -> String {
        let spec = try spec(named: name)
        let manager = FileManager.default
        let final = (root as NSString).appendingPathComponent(name)
        let staging = final + ".partial-\(getpid())"
        try? manager.removeItem(atPath: staging)
        var finished = false
        defer { if !finished { try? manager.removeItem(atPath: staging) } }
        var jobs: [(split: DatasetSpec.Split, folder: DatasetSpec.ClassFolder, index: Int, path: String)] = []
        for split in spec.splits {
            for folder in split.classes {
                let directory = "\(staging)/\(split.folder)/\(folder.name)"
                try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
                for index in 0..<min(folder.count, limit ?? folder.count) {
                    jobs.append((split, folder, index, directory + "/" + folder.fileName(index)))
                }
            }
        }
        let chunk = 32
        var done = 0
        try progress(0, jobs.count)
        while done < jobs.count {
            let slice = Array(jobs[done..<min(done + chunk, jobs.count)])
            try concurrentlyThrowing(slice.count) { i in
                let job = slice[i]
                var random = generator(seed: seed, name: name, split: job.split.folder, className: job.folder.name, index: job.index)
                let image = spec.renderer.render(className: job.folder.name, shifted: job.split.shifted, using: &random)
                try image.write(toFile: job.path, format: spec.format, quality: 92, fast: true)
            }
            done += slice.count
            try progress(done, jobs.count)
        }
        try? manager.removeItem(atPath: final)
        try manager.moveItem(atPath: staging, toPath: final)
        finished = true
        return final
    }

    /// Builds `name` under `root` unless it is already there; returns its path.
    @discardableResult
    public static func ensureBuilt(name: String, in root: String, progress: (Int, Int) throws -> Void = { _, _ in }) throws -> String {
        if isBuilt(name: name, in: root) { return (root as NSString).appendingPathComponent(name) }
        return try build(name: name, into: root, progress: progress)
    }

    static func generator(seed: UInt64, name: String, split: String, className: String, index: Int) -> SeededGenerator {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(name)/\(split)/\(className)".utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return SeededGenerator(seed: seed ^ hash).split(index)
    }
}
