import Foundation

extension DatasetCatalog {
    /// A grid of samples from a built data set: one row per class, `perClass` images each (picked
    /// with `seed`), every cell `cell`×`cell` pixels. For `deeplings datasets show`.
    ///
    ///     let grid = try DatasetCatalog.sampleGrid(name: "rps", in: "datasets")
    public static func sampleGrid(
        name: String, in root: String, split: String? = nil, perClass: Int = 6,
        cell: Int = 48, seed: UInt64 = 1
    ) throws -> Image {
        let spec = try spec(named: name)
        let splitName = split ?? spec.splits[0].folder
        let directory = "\(root)/\(name)/\(splitName)"
        let listing = try DirectoryListing(directory: directory)
        guard !listing.classNames.isEmpty, perClass > 0, cell > 0 else {
            throw ImageDataError.invalidArgument("no classes found in '\(directory)'; build the data set first")
        }
        var random = SeededGenerator(seed: seed)
        var grid = try Image(width: perClass * cell, height: listing.classNames.count * cell, channels: 3)
        for (row, _) in listing.classNames.enumerated() {
            let files = zip(listing.filenames, listing.classes).filter { $0.1 == row }.map(\.0)
            for column in 0..<min(perClass, files.count) {
                let path = directory + "/" + files[random.int(0...(files.count - 1))]
                let image = try KerasImage.load(path, targetSize: (cell, cell), interpolation: .bilinear)
                grid.paste(image, x: column * cell, y: row * cell)
            }
        }
        return grid
    }
}

extension Image {
    /// Copies `image` (same channel count) with its top-left corner at `(x, y)`, clipped.
    public mutating func paste(_ image: Image, x: Int, y: Int) {
        let source = image.converted(toChannels: channels)
        for row in 0..<source.height where y + row >= 0 && y + row < height {
            for column in 0..<source.width where x + column >= 0 && x + column < width {
                for c in 0..<channels { self[y + row, x + column, c] = source[row, column, c] }
            }
        }
    }
}
