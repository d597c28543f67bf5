/// The layout of one procedural data set: its splits (folders), their classes, counts and file
/// names, the file format, and the scene renderer that draws its samples.
public struct DatasetSpec: Sendable {
    /// One class folder within a split.
    public struct ClassFolder: Sendable {
        /// Folder name, which is the class name Keras reports.
        public let name: String
        /// Number of images.
        public let count: Int
        /// File name of image `index` (0-based).
        public let fileName: @Sendable (Int) -> String
    }

    /// One split folder (`train`, `validation`, `test`).
    public struct Split: Sendable {
        /// Folder name.
        public let folder: String
        /// Whether samples come from the shifted distribution (other poses and framings).
        public let shifted: Bool
        /// Class folders in sorted order.
        public let classes: [ClassFolder]
    }

    /// The data set's folder name under `datasets/`.
    public let name: String
    /// One-line description for `deeplings datasets`.
    public let summary: String
    /// File format of every image.
    public let format: ImageFormat
    /// The split folders.
    public let splits: [Split]
    let renderer: any SceneRenderer

    /// Total number of images.
    public var imageCount: Int { splits.reduce(0) { $0 + $1.classes.reduce(0) { $0 + $1.count } } }
}

extension DatasetSpec {
    static let horseOrHuman = DatasetSpec(
        name: "horse-or-human",
        summary: "horses vs humans outdoors, 300×300 RGB PNG (train 500 + 527, validation 128 + 128)",
        format: .png,
        splits: [
            Split(
                folder: "train", shifted: false,
                classes: [
                    ClassFolder(name: "horses", count: 500) { "horse-\(padded($0 + 1))" + ".png" },
                    ClassFolder(name: "humans", count: 527) { "human-\(padded($0 + 1))" + ".png" },
                ]),
            Split(
                folder: "validation", shifted: true,
                classes: [
                    ClassFolder(name: "horses", count: 128) { "valhorse-\(padded($0 + 1))" + ".png" },
                    ClassFolder(name: "humans", count: 128) { "valhuman-\(padded($0 + 1))" + ".png" },
                ]),
        ],
        renderer: HorseOrHumanScene())

    static let catsAndDogs = DatasetSpec(
        name: "cats_and_dogs_filtered",
        summary: "cats vs dogs indoors and out, JPEG of mixed sizes 150–500 px (train 1000 + 1000, validation 500 + 500)",
        format: .jpeg,
        splits: [
            Split(
                folder: "train", shifted: false,
                classes: [
                    ClassFolder(name: "cats", count: 1000) { "cat.\($0).jpg" },
                    ClassFolder(name: "dogs", count: 1000) { "dog.\($0).jpg" },
                ]),
            Split(
                folder: "validation", shifted: true,
                classes: [
                    ClassFolder(name: "cats", count: 500) { "cat.\($0 + 2000).jpg" },
                    ClassFolder(name: "dogs", count: 500) { "dog.\($0 + 2000).jpg" },
                ]),
        ],
        renderer: CatsAndDogsScene())

    static let rockPaperScissors = DatasetSpec(
        name: "rps",
        summary: "hands showing rock, paper or scissors, 300×300 RGB PNG (train 840 × 3, test 124 × 3)",
        format: .png,
        splits: [
            Split(
                folder: "train", shifted: false,
                classes: ["paper", "rock", "scissors"].map { name in
                    ClassFolder(name: name, count: 840) { "\(name)-\(padded($0 + 1)).png" }
                }),
            Split(
                folder: "test", shifted: true,
                classes: ["paper", "rock", "scissors"].map { name in
                    ClassFolder(name: name, count: 124) { "test\(name)-\(padded($0 + 1)).png" }
                }),
        ],
        renderer: RockPaperScissorsScene())
}

private func padded(_ n: Int) -> String {
    let digits = String(n)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
