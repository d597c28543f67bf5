import Foundation

/// The files of a class-per-folder data set as Keras' `DirectoryIterator` lists them: classes are
/// the sorted sub-folders (or the given list), each class's files are found recursively in
/// sorted order, only white-listed extensions count, and a subset keeps a fraction of each class.
public struct DirectoryListing: Sendable, Equatable {
    /// Keras' white list of image extensions (other files are skipped silently, as in Keras).
    public static let imageExtensions = ["png", "jpg", "jpeg", "bmp", "ppm", "tif", "tiff"]

    /// Class names in index order.
    public let classNames: [String]
    /// Paths relative to the directory, `class/file.png` (Keras' `filenames`).
    public let filenames: [String]
    /// Class index of each file (Keras' `classes`).
    public let classes: [Int]

    /// Lists `directory`; `classNames` nil means every sub-folder, sorted.
    public init(
        directory: String, classNames requested: [String]? = nil,
        split: (start: Double, stop: Double)? = nil
    ) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ImageDataError.directoryNotFound(directory)
        }
        let names: [String]
        if let requested, !requested.isEmpty {
            names = requested
        } else {
            names = try manager.contentsOfDirectory(atPath: directory).sorted().filter {
                var folder: ObjCBool = false
                return manager.fileExists(atPath: (directory as NSString).appendingPathComponent($0), isDirectory: &folder)
                    && folder.boolValue
            }
        }
        var filenames: [String] = [], classes: [Int] = []
        for (index, name) in names.enumerated() {
            let files = Self.imageFiles(in: (directory as NSString).appendingPathComponent(name))
            var kept = files[...]
            if let split {
                kept = files[Int(split.start * Double(files.count))..<Int(split.stop * Double(files.count))]
            }
            for file in kept {
                filenames.append(name + "/" + file)
                classes.append(index)
            }
        }
        self.classNames = names
        self.filenames = filenames
        self.classes = classes
    }

    /// Image files under `folder`, relative to it: folders in sorted path order (as Keras sorts
    /// `os.walk`), each folder's files sorted.
    static func imageFiles(in folder: String) -> [String] {
        let manager = FileManager.default
        var folders: [String] = []
        var queue = [""]
        var filesByFolder: [String: [String]] = [:]
        while let relative = queue.popLast() {
            folders.append(relative)
            let absolute = relative.isEmpty ? folder : (folder as NSString).appendingPathComponent(relative)
            guard let entries = try? manager.contentsOfDirectory(atPath: absolute) else { continue }
            var files: [String] = []
            for entry in entries {
                let path = relative.isEmpty ? entry : relative + "/" + entry
                var isFolder: ObjCBool = false
                let exists = manager.fileExists(atPath: (folder as NSString).appendingPathComponent(path), isDirectory: &isFolder)
                if exists && isFolder.boolValue {
                    queue.append(path)
                } else if entry.contains("."), let ext = entry.split(separator: ".").last,
                    imageExtensions.contains(ext.lowercased())
                {
                    files.append(path)
                }
            }
            filesByFolder[relative] = files.sorted()
        }
        return folders.sorted().flatMap { filesByFolder[$0] ?? [] }
    }
}
