/// Why the progress store could not be opened or written; every message names the file and the fix.
public enum ProgressStoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but is not an SQLite database; it was left untouched.
    case notADatabase(path: String)
    /// The file is an SQLite database of some other program; it was left untouched.
    case foreignDatabase(path: String)
    /// The file was written by a newer Deeplings, whose schema this one does not know; it was left untouched.
    case newerSchema(path: String, unknownMigrations: [String])
    /// SQLite failed (a full disk, a folder without write permission, …).
    case storage(path: String, reason: String)

    /// A message naming the file, the problem and what to do.
    public var description: String {
        switch self {
        case .notADatabase(let path):
            return
                "\(path) is not a Deeplings progress file (it is not an SQLite database). It was left untouched: move it away to start a new progress file, or set XDG_DATA_HOME to keep progress elsewhere."
        case .foreignDatabase(let path):
            return
                "\(path) is an SQLite database of another program, not Deeplings progress. It was left untouched: move it away to start a new progress file, or set XDG_DATA_HOME to keep progress elsewhere."
        case .newerSchema(let path, let unknown):
            return
                "\(path) was written by a newer Deeplings (schema \(unknown.joined(separator: ", "))). It was left untouched: upgrade Deeplings to keep your progress, or move the file away to start afresh."
        case .storage(let path, let reason):
            return
                "could not use the progress file \(path): \(reason). Check that its folder exists, is writable and the disk is not full, or set XDG_DATA_HOME to keep progress elsewhere."
        }
    }
}
