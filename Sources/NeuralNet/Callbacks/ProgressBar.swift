import Foundation

/// Keras' `Progbar`, character for character: the line `fit`, `evaluate` and `predict` print.
///
///     var bar = ProgressBar(target: 1875, verbose: 1)
///     bar.update(1, values: [("accuracy", 0.5), ("loss", 1.2)])
///     bar.update(1875, values: logs.pairs, finalize: true)
///     // 1875/1875 ━━━━━━━━━━━━━━━━━━━━ 3s 1ms/step - accuracy: 0.8210 - loss: 0.5012
public struct ProgressBar {
    /// Total number of steps, or nil when unknown.
    public var target: Int?
    /// Bar width in characters (Keras: 20).
    public let width: Int
    /// 1 redraws a bar in place; 2 prints one line when finalized; 0 prints nothing.
    public let verbose: Int
    /// Minimum seconds between two redraws at verbose 1.
    public let interval: Double
    /// The unit shown in the time per unit, e.g. `step`.
    public let unitName: String
    /// Receives every piece of text the bar prints.
    public let write: (String) -> Void
    /// Returns the current time in seconds; injectable for tests.
    public let clock: () -> Double

    private var values: [String: (sum: Double, count: Double)] = [:]
    private var valuesOrder: [String] = []
    private var seenSoFar = 0
    private let start: Double
    private var lastUpdate = 0.0
    private var timeAfterFirstStep: Double?
    private var previousTotalWidth = 0

    /// A bar for `target` steps writing to `write` (standard output by default).
    public init(
        target: Int?, width: Int = 20, verbose: Int = 1, interval: Double = 0.05, unitName: String = "step",
        write: @escaping (String) -> Void = ProgressBar.standardOutput,
        clock: @escaping () -> Double = ProgressBar.monotonicSeconds
    ) {
        self.target = target
        self.width = width
        self.verbose = verbose
        self.interval = interval
        self.unitName = unitName
        self.write = write
        self.clock = clock
        self.start = clock()
    }

    /// Writes text to standard output and flushes it, so that a bar redraws at once.
    public static func standardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Seconds from a monotonic clock.
    public static func monotonicSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// Records step `current` with each `(name, value)` and redraws when due, as Keras' `update`.
    public mutating func update(_ current: Int, values newValues: [(String, Double)] = [], finalize: Bool? = nil) {
        let finalize = finalize ?? (target.map { current >= $0 } ?? false)
        for (key, value) in newValues {
            if values[key] == nil, !valuesOrder.contains(key) { valuesOrder.append(key) }
            if finalize {
                values[key] = (value, 1)
            } else {
                let base = Double(max(current - seenSoFar, 1))
                let old = values[key] ?? (0, 0)
                values[key] = (old.sum + value * base, old.count + base)
            }
        }
        seenSoFar = current
        let now = clock()
        let timePerUnit = estimateStepDuration(current: current, now: now)
        if verbose == 1 {
            if now - lastUpdate < interval && !finalize { return }
            drawBar(current: current, now: now, timePerUnit: timePerUnit, finalize: finalize)
        } else if verbose == 2, finalize, let target, target > 0 {
            var info = "\(Self.padded(current, toDigitsOf: target))/\(target) - \(Self.format("%.0f", now - start))s"
            info += " -" + formatTime(timePerUnit)
            for key in valuesOrder {
                let average = averaged(key)
                info += " - \(key): " + (average > 1e-3 ? Self.format("%.4f", average) : Self.format("%.4e", average))
            }
            write(info + "\n")
        }
        lastUpdate = now
    }

    private mutating func drawBar(current: Int, now: Double, timePerUnit: Double, finalize: Bool) {
        var message = String(repeating: "\u{8}", count: previousTotalWidth) + "\r"
        var bar: String
        var specialCharacters = 0
        if let target, target > 0 {
            bar = "\u{1b}[1m\(Self.padded(current, toDigitsOf: target))/\(target)\u{1b}[0m "
            specialCharacters += 8
            let progressWidth = Int(Double(width) * (Double(current) / Double(target)))
            if progressWidth > 0 {
                bar += "\u{1b}[32m" + String(repeating: "━", count: progressWidth) + "\u{1b}[0m"
                specialCharacters += 9
            }
            bar += "\u{1b}[37m" + String(repeating: "━", count: max(width - progressWidth, 0)) + "\u{1b}[0m"
            specialCharacters += 9
        } else {
            bar = Self.format("%7d", current) + "/Unknown"
        }
        message += bar
        var info: String
        if let target, target > 0, !finalize {
            let eta = timePerUnit * Double(target - current)
            let etaText: String
            if eta > 3600 {
                etaText =
                    "\(Int(eta / 3600)):" + Self.format("%02d", Int(eta.truncatingRemainder(dividingBy: 3600) / 60))
                    + ":" + Self.format("%02d", Int(eta.truncatingRemainder(dividingBy: 60)))
            } else if eta > 60 {
                etaText = "\(Int(eta / 60)):" + Self.format("%02d", Int(eta.truncatingRemainder(dividingBy: 60)))
            } else {
                etaText = "\(Int(eta))s"
            }
            info = " \u{1b}[1m\(etaText)\u{1b}[0m"
        } else {
            info = " \u{1b}[1m" + Self.format("%.0f", now - start) + "s\u{1b}[0m"
        }
        specialCharacters += 8
        info += formatTime(timePerUnit)
        for key in valuesOrder {
            let average = averaged(key)
            info += " - \(key): " + (abs(average) > 1e-3 ? Self.format("%.4f", average) : Self.format("%.4e", average))
        }
        message += info
        let totalWidth = bar.unicodeScalars.count + info.unicodeScalars.count - specialCharacters
        if previousTotalWidth > totalWidth {
            message += String(repeating: " ", count: previousTotalWidth - totalWidth)
        }
        if finalize { message += "\n" }
        write(message)
        previousTotalWidth = totalWidth
    }

    private func averaged(_ key: String) -> Double {
        guard let entry = values[key] else { return 0 }
        return entry.sum / max(1, entry.count)
    }

    private func formatTime(_ timePerUnit: Double) -> String {
        if timePerUnit >= 1 || timePerUnit == 0 {
            return " " + Self.format("%.0f", timePerUnit) + "s/\(unitName)"
        } else if timePerUnit >= 1e-3 {
            return " " + Self.format("%.0f", timePerUnit * 1000) + "ms/\(unitName)"
        }
        return " " + Self.format("%.0f", timePerUnit * 1_000_000) + "us/\(unitName)"
    }

    private mutating func estimateStepDuration(current: Int, now: Double) -> Double {
        guard current > 0 else { return 0 }
        let timePerUnit: Double
        if let after = timeAfterFirstStep, current > 1 {
            timePerUnit = (now - after) / Double(current - 1)
        } else {
            timePerUnit = (now - start) / Double(current)
        }
        if current == 1 { timeAfterFirstStep = now }
        return timePerUnit
    }

    private static func padded(_ value: Int, toDigitsOf target: Int) -> String {
        let digits = String(target).count
        let text = String(value)
        return String(repeating: " ", count: max(digits - text.count, 0)) + text
    }

    static func format(_ format: String, _ value: CVarArg) -> String {
        String(format: format, value)
    }
}
