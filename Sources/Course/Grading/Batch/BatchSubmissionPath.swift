import Foundation

/// What a batch accepts as a submission: a readable `.py` file, or a readable folder holding
/// `EXERCISE_ID.py` files.
enum BatchSubmissionPath {
    /// Nil when `path` can be handed to the checker; else why not, as a report's reason.
    static func problem(with path: String) -> String? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return "no such file or folder: give a .py file or a folder of EXERCISE_ID.py files"
        }
        if isFolder.boolValue {
            guard access(path, R_OK | X_OK) == 0, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                return "the folder cannot be read (check its permissions)"
            }
            if !names.contains(where: { $0.hasSuffix(".py") }) {
                return "the folder holds no .py files: name each answer EXERCISE_ID.py"
            }
            return nil
        }
        guard path.hasSuffix(".py") else {
            return "not a .py file or a folder of EXERCISE_ID.py files"
        }
        guard access(path, R_OK) == 0 else {
            return "the file cannot be read (check its permissions)"
        }
        return nil
    }
}
