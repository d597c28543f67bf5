import Foundation

/// What the progress store remembers of one lesson.
public struct StoredLesson: Sendable, Equatable {
    /// The lesson's `id` from its front matter.
    public var lessonID: String
    /// `sha256:<hex>` of the lesson file's bytes when it was last opened; empty when a position
    /// was saved before the lesson was ever opened.
    public var contentHash: String
    /// Index of the cell the learner was at.
    public var position: Int
    /// When the learner last opened the lesson.
    public var lastOpenedAt: Date

    /// Creates a record; the store makes these, tests compare with them.
    public init(lessonID: String, contentHash: String, position: Int, lastOpenedAt: Date) {
        self.lessonID = lessonID
        self.contentHash = contentHash
        self.position = position
        self.lastOpenedAt = lastOpenedAt
    }
}

/// The result of opening a lesson: where the learner was, and whether the lesson was edited since.
public struct LessonOpening: Sendable, Equatable {
    /// The lesson's progress after this opening (new hash, new opening time).
    public var progress: StoredLesson
    /// True when the learner had never opened this lesson.
    public var isFirstOpening: Bool
    /// The hash remembered from the previous opening, when it differs from this one: the lesson
    /// was edited, outcomes were kept, and the learner should be told.
    public var previousHash: String?

    /// True when the lesson's content changed since the learner last opened it.
    public var contentChanged: Bool { previousHash != nil }
}
