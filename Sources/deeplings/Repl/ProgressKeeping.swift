import Course
import Foundation

/// Where the REPL keeps a learner's place and outcomes between runs. The state file below is
/// the stand-in until Course's progress store lands; that store only needs to conform.
protocol ProgressKeeping {
    /// The id of the lesson the learner worked in last, if any.
    func lastLessonID() -> String?
    /// What was saved for lesson `id`, or nil for a lesson never opened.
    func saved(lessonID id: String) -> SavedLesson?
    /// Records lesson `id`'s state and makes it the last lesson; throws when it cannot be written.
    func save(_ lesson: SavedLesson, lessonID id: String) throws
}

/// One lesson's saved state: the cell the learner is at and each exercise's progress.
struct SavedLesson: Codable, Equatable {
    /// Index into the lesson's cells.
    var position: Int
    /// Progress per exercise id.
    var exercises: [String: ExerciseProgress]
}

/// Progress in one JSON file (`$XDG_STATE_HOME/deeplings/progress.json`), replaced atomically
/// on every save so that a crash or a full disk never leaves half a file.
final class StateFileProgress: ProgressKeeping {
    /// The state file's path.
    let path: String
    private var state: StateFile

    private struct StateFile: Codable {
        var lastLesson: String?
        var lessons: [String: SavedLesson] = [:]
    }

    /// Reads the file at `path`; a missing or unreadable file starts empty (and is never overwritten
    /// until the next save).
    init(path: String) {
        self.path = path
        let data = FileManager.default.contents(atPath: path)
        state = data.flatMap { try? JSONDecoder().decode(StateFile.self, from: $0) } ?? StateFile()
    }

    func lastLessonID() -> String? { state.lastLesson }

    func saved(lessonID id: String) -> SavedLesson? { state.lessons[id] }

    func save(_ lesson: SavedLesson, lessonID id: String) throws {
        state.lessons[id] = lesson
        state.lastLesson = id
        let folder = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try encoder.encode(state).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}

/// The folder for Deeplings' state: `$XDG_STATE_HOME/deeplings`, else `~/.local/state/deeplings`.
func deeplingsStateFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/deeplings" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/state/deeplings"
}
