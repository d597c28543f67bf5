import Foundation

extension BatchReport {
    /// The CSV columns, in order.
    public static let csvHeader = [
        "submission", "status", "score", "max_score", "exercise", "outcome", "earned", "points",
        "failed_checks", "reason", "lesson_id", "lesson_hash", "deeplings",
    ]

    /// The report as RFC 4180 CSV: a header, then one row per exercise of each submission (one
    /// row for a submission without exercise results). Failed checks' messages are joined with
    /// `line N: …; `. Every row names the lesson hash and the Deeplings version.
    public func csvText() -> String {
        var rows = [Self.csvHeader]
        for result in submissions {
            let common = [result.submission, result.status.rawValue, result.score.map(String.init) ?? "", result.maxScore.map(String.init) ?? ""]
            let trailer = [lesson.id, lesson.hash, deeplings]
            if result.exercises.isEmpty {
                rows.append(common + ["", "", "", "", "", result.reason ?? ""] + trailer)
            }
            for exercise in result.exercises {
                let failures = exercise.checks.filter { !$0.passed }.map { check in
                    "line \(check.line): \(check.message)"
                }
                rows.append(
                    common + [
                        exercise.id, exercise.outcome, String(exercise.earned), String(exercise.points),
                        failures.joined(separator: "; "), result.reason ?? "",
                    ] + trailer)
            }
        }
        return rows.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field, quoted when it holds a comma, quote or line break; a field a spreadsheet would
    /// run as a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe, since messages can
    /// quote learner text.
    static func csvField(_ value: String) -> String {
        var value = value
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
