import Foundation
import ImageData

func probeAugment(folder: String) throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder + "/a").map { folder + "/a/" + $0 }
    var t = Date()
    var images: [Image] = []
    for f in files { images.append(try Image(contentsOfFile: f)) }
    print("probe_decode_ms_per_image: \(Date().timeIntervalSince(t) * 1000 / Double(files.count))")
    let generator = try ImageDataGenerator(
        rescale: 1 / 255, rotationRange: 40, widthShiftRange: .uniform(0.2), heightShiftRange: .uniform(0.2),
        shearRange: 0.2, zoomRange: (0.8, 1.2), horizontalFlip: true, fillMode: .nearest)
    var rng = SeededGenerator(seed: 1)
    t = Date()
    for im in images { _ = generator.randomTransform(im, using: &rng) }
    print("probe_warp_ms_per_image: \(Date().timeIntervalSince(t) * 1000 / Double(files.count))")
    t = Date()
    var idx = 0
    for _ in 0..<20 { let _ = try DatasetCatalog.render(name: "horse-or-human", split: "train", className: "horses", index: idx); idx += 1 }
    print("probe_render_ms_per_image: \(Date().timeIntervalSince(t) * 1000 / 20)")
}

func probeBuild() throws {
    guard let root = ProcessInfo.processInfo.environment["BUILD_DATASETS"] else { return }
    for name in DatasetCatalog.names {
        let t = Date()
        try DatasetCatalog.build(name: name, into: root) { done, total in if done % 640 == 0 { print(name, done, total) } }
        print("built \(name) in \(Date().timeIntervalSince(t)) s")
    }
}

func probeRender() throws -> Bool {
    guard let name = ProcessInfo.processInfo.environment["PROBE_RENDER"] else { return false }
    let spec = try DatasetCatalog.spec(named: name)
    let t = Date()
    for i in 0..<30 {
        let c = spec.splits[0].classes[i % spec.splits[0].classes.count].name
        _ = try DatasetCatalog.render(name: name, split: "train", className: c, index: i)
    }
    print("probe_render_ms: \(Date().timeIntervalSince(t) * 1000 / 30)")
    return true
}
