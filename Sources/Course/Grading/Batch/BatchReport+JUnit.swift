import Foundation

extension BatchReport {
    /// The report as JUnit XML: one `<testsuite>` per submission (named by its path), one
    /// `<testcase>` per exercise with a `<failure>` listing failed checks (an `<error>` when the
    /// lesson's own check broke: not the learner's fault); a submission that was not graded is
    /// one test case with an `<error>` whose type is its status. Lesson hash and Deeplings
    /// version are properties of every suite.
    public func junitXML() -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        let tests = submissions.reduce(0) { $0 + max(1, $1.exercises.count) }
        let failures = submissions.reduce(0) { $0 + $1.exercises.filter(Self.isFailure).count }
        let errors = submissions.reduce(0) { $0 + ($1.status == .graded ? $1.exercises.filter(Self.isLessonError).count : 1) }
        xml += "<testsuites name=\(attr("deeplings grade \(lesson.id)")) tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
        for result in submissions {
            xml += suite(result)
        }
        xml += "</testsuites>\n"
        return xml
    }

    private func suite(_ result: BatchSubmissionResult) -> String {
        let graded = result.status == .graded
        let failures = result.exercises.filter(Self.isFailure).count
        let errors = graded ? result.exercises.filter(Self.isLessonError).count : 1
        var xml =
            "  <testsuite name=\(attr(result.submission)) tests=\"\(graded ? result.exercises.count : 1)\""
            + " failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(String(format: "%.3f", result.seconds))\">\n"
        xml += "    <properties>\n"
        for (name, value) in [
            ("lesson", lesson.id), ("lesson_hash", lesson.hash), ("deeplings", deeplings), ("status", result.status.rawValue),
            ("score", result.score.map(String.init) ?? ""), ("max_score", result.maxScore.map(String.init) ?? ""),
        ] {
            xml += "      <property name=\(attr(name)) value=\(attr(value))/>\n"
        }
        xml += "    </properties>\n"
        if !graded {
            let reason = result.reason ?? result.status.rawValue
            xml += "    <testcase classname=\(attr(result.submission)) name=\"grading\">\n"
            xml += "      <error type=\(attr(result.status.rawValue)) message=\(attr(reason))>\(text(reason))</error>\n"
            xml += "    </testcase>\n"
        }
        for exercise in result.exercises {
            xml += "    <testcase classname=\(attr(result.submission)) name=\(attr(exercise.id))>\n"
            if exercise.outcome != "passed" {
                let messages = exercise.checks.filter { !$0.passed }.map { check in
                    "line \(check.line): \(check.message)"
                }
                let summary = "\(exercise.outcome): \(exercise.earned)/\(exercise.points) points"
                let element = Self.isLessonError(exercise) ? "error" : "failure"
                xml += "      <\(element) type=\(attr(exercise.outcome)) message=\(attr(summary))>\(text(messages.joined(separator: "\n")))</\(element)>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n"
        return xml
    }

    private static func isLessonError(_ exercise: CheckReport.ExerciseReport) -> Bool { exercise.outcome == "lesson error" }

    private static func isFailure(_ exercise: CheckReport.ExerciseReport) -> Bool { exercise.outcome != "passed" && !isLessonError(exercise) }

    /// A quoted attribute value, escaped.
    private func attr(_ value: String) -> String { "\"" + Self.xmlEscaped(value, attribute: true) + "\"" }

    private func text(_ value: String) -> String { Self.xmlEscaped(value, attribute: false) }

    /// `value` made safe for XML 1.0: markup characters escaped, and characters XML 1.0 forbids
    /// (most control characters, lone surrogates cannot occur in a Swift String) replaced by U+FFFD.
    static func xmlEscaped(_ value: String, attribute: Bool) -> String {
        var escaped = ""
        escaped.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"" where attribute: escaped += "&quot;"
            case "'" where attribute: escaped += "&apos;"
            // Line breaks in attributes would be normalised to spaces by parsers; keep them.
            case "\n" where attribute: escaped += "&#10;"
            case "\r": escaped += "&#13;"
            case "\t" where attribute: escaped += "&#9;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) || value >= 0x10000
                escaped.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return escaped
    }
}
