import Course
import Foundation

/// The instructor's report of `deeplings grade report` as plain text: works in a terminal, a pipe
/// and a log alike.
enum ClassReportText {
    /// Cells of the longest histogram bar.
    static let barWidth = 40

    /// The whole report: header, exercises with their checks, the score histogram, and what was not graded.
    static func render(_ report: BatchReport, _ statistics: ClassStatistics) -> String {
        var lines: [String] = []
        let summary = statistics.summary
        lines.append("\(report.lesson.id) (\(report.lesson.hash.prefix(19))…), graded by Deeplings \(report.deeplings)")
        if let shard = report.shard {
            lines.append("shard \(shard.index)/\(shard.count) of a class of \(shard.classSubmissions.count): `deeplings grade merge` its shards for the whole class")
        }
        lines.append("\(statistics.submissions) submissions: \(summary.graded) graded, \(summary.timeout) timeout, \(summary.crashed) crashed, \(summary.invalid) invalid")
        if let mean = statistics.meanScore, let median = statistics.medianScore {
            lines.append("score of \(statistics.maxScore): mean \(number(mean)), median \(number(median))")
        }
        if !statistics.exercises.isEmpty {
            lines.append("")
            lines.append("Exercises and checks (pass rate among graded submissions; commonest failures)")
        }
        for exercise in statistics.exercises {
            let skipped = exercise.notAttempted > 0 ? ", \(exercise.notAttempted) not attempted" : ""
            lines.append(
                "  \(exercise.id) (\(exercise.points) point\(exercise.points == 1 ? "" : "s")): "
                    + "\(rate(exercise.passed, exercise.total))\(skipped)")
            for check in exercise.checks {
                lines.append("    line \(check.line): \(rate(check.passed, check.total))")
                for failure in check.failures {
                    lines.append(
                        "      \(String(repeating: " ", count: max(0, 5 - String(failure.count).count)))\(failure.count)× "
                            + oneLine(failure.message) + (failure.numbersVary ? "  (numbers vary)" : ""))
                }
            }
        }
        if !statistics.histogram.isEmpty {
            lines.append("")
            lines.append("Scores (\(statistics.scores.count) graded)")
            lines.append(contentsOf: histogram(statistics.histogram))
        }
        if !statistics.notGraded.isEmpty {
            lines.append("")
            lines.append("Not graded (\(statistics.notGraded.count))")
            for result in statistics.notGraded {
                lines.append("  \(result.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(result.submission): \(oneLine(result.reason ?? "no reason given"))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One bar per bin, as long as its share of the largest bin, in eighths of a cell.
    static func histogram(_ bins: [ClassStatistics.Bin]) -> [String] {
        let largest = max(1, bins.map(\.count).max() ?? 1)
        let labels = bins.map { $0.low == $0.high ? "\($0.low)" : "\($0.low)–\($0.high)" }
        let labelWidth = labels.map(\.count).max() ?? 1
        let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        return zip(labels, bins).map { label, bin in
            let length = Int((Double(bin.count) / Double(largest) * Double(barWidth * 8)).rounded())
            let bar = String(repeating: "█", count: length / 8) + eighths[length % 8]
            let padding = String(repeating: " ", count: labelWidth - label.count)
            return "  \(padding)\(label) │\(bar.padding(toLength: barWidth + 1, withPad: " ", startingAt: 0))\(bin.count)"
        }
    }

    private static func rate(_ passed: Int, _ total: Int) -> String {
        let percent = total == 0 ? 0 : Double(passed) / Double(total) * 100
        return "\(passed)/\(total) passed (\(String(format: "%.1f", percent))%)"
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }

    /// A message on one line, at most 160 characters, without terminal control characters.
    static func oneLine(_ text: String) -> String {
        let flat = String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
        return flat.count > 160 ? String(flat.prefix(159)) + "…" : flat
    }
}
