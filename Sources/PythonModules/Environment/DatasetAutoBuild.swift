import Foundation
import ImageData

/// Builds the procedural data sets a piece of code names (`'datasets/rps/train'`) before it runs,
/// so the first lesson or script that needs one finds it, with a progress bar instead of an error.
public enum DatasetAutoBuild {
    /// The catalog names that `source` refers to under `datasets/`.
    public static func referencedNames(in source: String) -> [String] {
        DatasetCatalog.names.filter { source.contains("datasets/\($0)") }
    }

    /// Builds every data set `source` names that is missing under `root`; `progress(name, done,
    /// total)` reports each build and may throw to stop it (nothing half-built is kept).
    /// Returns the names it built.
    @discardableResult
    public static func prepare(
        source: String, root: String,
        progress: (String, Int, Int) throws -> Void
    ) throws -> [String] {
        var built: [String] = []
        for name in referencedNames(in: source) where !DatasetCatalog.isBuilt(name: name, in: root) {
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            try DatasetCatalog.build(name: name, into: root) { try progress(name, $0, $1) }
            built.append(name)
        }
        return built
    }
}
