import Course
import Foundation

/// Where the REPL keeps a learner's place and outcomes between runs: the course's progress store
/// (``StoreProgress``), or nothing when that store cannot be opened (``UnavailableProgress``).
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

/// The folder for Deeplings' state: `$XDG_STATE_HOME/deeplings`, else `~/.local/state/deeplings`.
func deeplingsStateFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/deeplings" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/state/deeplings"
}
