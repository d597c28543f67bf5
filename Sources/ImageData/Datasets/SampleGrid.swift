import Foundation

extension DatasetCatalog {
    /// A grid of samples from a built data set: one row per class, `perClass` images each (picked
    /// with `seed`), every cell `cell`×`cell` pixels. For `deeplings datasets show`.
    ///
    ///     let grid = try DatasetCatalog.sampleGrid(name: "rps", in: "datasets")
    ///     print(grid.halfBlockText(columns: 80))
    public static func sampleGrid(name: String, in root: String, split: String? = nil, perClass: Int = 6,
                                  cell: Int = 48, seed: UInt64 = 1) throws -> Image {
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

    /// The image as terminal text: each character is an upper half block `▀` whose foreground is
    /// one pixel and background the pixel below, in 24-bit ANSI colour, scaled to `columns` wide.
    public func halfBlockText(columns: Int = 80) -> String {
        guard width > 0, height > 0 else { return "" }
        let targetWidth = max(1, min(columns, width))
        var targetHeight = max(2, Int(Double(height) * Double(targetWidth) / Double(width)))
        targetHeight += targetHeight % 2
        guard let small = try? converted(toChannels: 3).resized(width: targetWidth, height: targetHeight, interpolation: .bilinear) else { return "" }
        var text = ""
        for y in stride(from: 0, to: targetHeight, by: 2) {
            for x in 0..<targetWidth {
                let top = (small[y, x, 0], small[y, x, 1], small[y, x, 2])
                let bottom = (small[y + 1, x, 0], small[y + 1, x, 1], small[y + 1, x, 2])
                text += "\u{1B}[38;2;\(top.0);\(top.1);\(top.2)m\u{1B}[48;2;\(bottom.0);\(bottom.1);\(bottom.2)m▀"
            }
            text += "\u{1B}[0m\n"
        }
        return text
    }
}
