/// What a fenced block of a lesson is, from its info string (`exercise id=predict-19 points=2`).
/// Prose is everything between fenced cells.
public enum CellKind: Equatable, Sendable {
    /// Markdown shown to the learner.
    case prose
    /// A `python` cell the learner reads and runs; `slow` cells are skipped by `lint --fast`.
    case example(slow: Bool)
    /// Starter code the learner completes; passing all its checks earns `points`.
    case exercise(id: String, points: Int)
    /// A hint for an exercise, shown on request, in order.
    case hint(exercise: String)
    /// The reference solution of an exercise.
    case solution(exercise: String)
    /// Python run against the learner's state to judge an exercise.
    case check(exercise: String)
    /// Another correct answer to an exercise; lint proves it passes.
    case alternative(exercise: String)
    /// A plausible wrong answer; lint proves it fails with a message containing `message`.
    case mistake(exercise: String, message: String)

    /// The info-string words naming each kind, in the order lessons usually use them.
    public static let keywords = ["python", "exercise", "hint", "solution", "check", "alternative", "mistake"]

    /// The exercise this cell is or belongs to; `nil` for prose and examples.
    public var exerciseID: String? {
        switch self {
        case .prose, .example: nil
        case .exercise(let id, _): id
        case .hint(let id), .solution(let id), .check(let id), .alternative(let id), .mistake(let id, _): id
        }
    }

    /// True for cells whose code the learner runs in their namespace (examples and exercises).
    public var isRunnable: Bool {
        switch self {
        case .example, .exercise: true
        default: false
        }
    }

    /// True for cells the learner sees while working (not solutions, checks, alternatives, mistakes).
    public var isShownToLearner: Bool {
        switch self {
        case .prose, .example, .exercise, .hint: true
        case .solution, .check, .alternative, .mistake: false
        }
    }
}
