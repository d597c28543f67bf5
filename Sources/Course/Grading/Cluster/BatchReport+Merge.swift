import Foundation

extension BatchReport {
    /// Joins the reports of a class's shards (each named, e.g. by its file) into one report of the
    /// whole class, submissions in the class's order, as one machine would have written it.
    /// Refuses reports of different lesson versions, Deeplings versions, limits or shard counts,
    /// and names every submission missing or graded twice; all problems are reported at once.
    ///
    ///     let whole = try BatchReport.merge([("shard-0.json", first), ("shard-1.json", second)])
    public static func merge(_ parts: [(name: String, report: BatchReport)]) throws(ReportMergeError) -> BatchReport {
        guard let (firstName, first) = parts.first else { throw ReportMergeError(problems: ["no shard reports given"]) }
        var problems: [String] = []
        for (name, report) in parts where report.shard == nil {
            problems.append("\(name) is not a shard's report (it was graded without --shard): merge only the reports of `deeplings grade --shard K/N`")
        }
        for (name, report) in parts.dropFirst() {
            if report.lesson.hash != first.lesson.hash {
                problems.append(
                    "\(name) was graded against another version of the lesson (\(report.lesson.hash)) than \(firstName) (\(first.lesson.hash)): grade every shard against the same lesson file"
                )
            }
            if report.deeplings != first.deeplings {
                problems.append("\(name) was graded by Deeplings \(report.deeplings), \(firstName) by \(first.deeplings): grade every shard with the same version")
            }
            if report.limits != first.limits {
                problems.append("\(name) was graded under other limits than \(firstName): give every shard the same --cpu-seconds, --memory-mb, --timeout and --output-limit")
            }
        }
        let shards = parts.compactMap { part in part.report.shard.map { (name: part.name, shard: $0) } }
        guard problems.isEmpty, let reference = shards.first?.shard else { throw ReportMergeError(problems: problems) }

        for (name, shard) in shards.dropFirst() where shard.count != reference.count {
            problems.append("\(name) is shard \(shard.index) of \(shard.count), but \(shards[0].name) is of \(reference.count): grade every shard with the same --shard K/N count")
        }
        let classSet = Set(reference.classSubmissions)
        for (name, shard) in shards.dropFirst() where shard.count == reference.count {
            let theirs = Set(shard.classSubmissions)
            guard theirs != classSet else { continue }
            let absent = reference.classSubmissions.filter { !theirs.contains($0) }
            let extra = shard.classSubmissions.filter { !classSet.contains($0) }
            var sentence = "\(name) was given another class than \(shards[0].name)"
            if !absent.isEmpty { sentence += "; it lacks " + absent.joined(separator: ", ") }
            if !extra.isEmpty { sentence += "; it adds " + extra.joined(separator: ", ") }
            problems.append(sentence + ": give every shard the same list of submissions")
        }
        var byIndex: [Int: [String]] = [:]
        for (name, shard) in shards { byIndex[shard.index, default: []].append(name) }
        for index in byIndex.keys.sorted() where (byIndex[index]?.count ?? 0) > 1 {
            problems.append("shard \(index)/\(reference.count) is given more than once: \(byIndex[index, default: []].joined(separator: ", "))")
        }

        var results: [String: (name: String, result: BatchSubmissionResult)] = [:]
        var twice: [String: [String]] = [:]
        var outsider: [String] = []
        for (name, report) in parts {
            for result in report.submissions {
                if let earlier = results[result.submission] {
                    if twice[result.submission] == nil { twice[result.submission] = [earlier.name] }
                    twice[result.submission, default: []].append(name)
                } else {
                    results[result.submission] = (name, result)
                }
                if !classSet.contains(result.submission) { outsider.append("\(result.submission) (in \(name))") }
            }
        }
        for submission in reference.classSubmissions where twice[submission] != nil {
            problems.append("graded twice: \(submission) (in \(twice[submission, default: []].joined(separator: " and ")))")
        }
        if !outsider.isEmpty {
            problems.append("not in the class the shards were given: " + outsider.joined(separator: ", "))
        }
        let missing = reference.classSubmissions.filter { results[$0] == nil }
        if !missing.isEmpty {
            let absentShards = (0..<reference.count).filter { byIndex[$0] == nil }
            let rerun = absentShards.map { "--shard \($0)/\(reference.count)" }.joined(separator: ", ")
            problems.append(
                "missing: \(missing.count) submission\(missing.count == 1 ? "" : "s") without a result: "
                    + missing.joined(separator: ", ")
                    + (absentShards.isEmpty
                        ? ""
                        : " (no report for shard\(absentShards.count == 1 ? "" : "s") \(absentShards.map(String.init).joined(separator: ", ")) of \(reference.count): grade \(absentShards.count == 1 ? "it" : "them") again with \(rerun))")
            )
        }
        guard problems.isEmpty else { throw ReportMergeError(problems: problems) }

        let lessonID = parts.first { $0.report.submissions.contains { $0.status == .graded } }?.report.lesson.id ?? first.lesson.id
        let lesson = Lesson(id: lessonID, path: first.lesson.path, hash: first.lesson.hash)
        let ordered = reference.classSubmissions.compactMap { results[$0]?.result }
        return BatchReport(deeplings: first.deeplings, lesson: lesson, limits: first.limits, submissions: ordered)
    }
}

/// Why shard reports cannot be merged: every problem found, one sentence each.
public struct ReportMergeError: Error, Equatable, CustomStringConvertible {
    /// The problems, each naming the reports or submissions concerned and the fix.
    public var problems: [String]

    /// Creates the error.
    public init(problems: [String]) { self.problems = problems }

    /// The problems, one per line.
    public var description: String {
        "cannot merge the shard reports:\n" + problems.map { "  - " + $0 }.joined(separator: "\n")
    }
}
