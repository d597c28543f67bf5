/// The identifiers a lesson's code cells (examples, exercises, solutions, alternatives)
/// mention: a check's `NameError` for one of them is the learner's, for any other the lesson's.
enum LessonNames {
    static func of(_ lesson: Lesson) -> Set<String> {
        var names: Set<String> = []
        for cell in lesson.cells {
            switch cell.kind {
            case .example, .exercise, .solution, .alternative, .mistake: break
            default: continue
            }
            var current = ""
            for character in cell.source + " " {
                if character == "_" || character.isLetter || (character.isNumber && !current.isEmpty) {
                    current.append(character)
                } else {
                    if !current.isEmpty { names.insert(current) }
                    current = ""
                }
            }
        }
        return names
    }
}
