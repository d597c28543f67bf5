import Crypto
import Foundation

/// One slice of a class for grading on many machines: shard `index` of `count` (0-based, as
/// Slurm's `--array=0-3` and Kubernetes' Indexed Jobs number their tasks). The class is put in the
/// order of its paths' hashes and dealt round the shards like cards, so the slice does not depend
/// on the order of the file list, every submission is in exactly one shard, shard sizes differ by
/// at most one (the largest shard decides when the class is done), and slow and quick
/// submissions spread evenly whatever their names.
///
///     let shard = try GradingShard(parsing: "1/4", environment: [:])
///     let mine = shard.select(["alice.py", "bob/", "carol.py"])
public struct GradingShard: Codable, Sendable, Equatable {
    /// This shard's number, from 0 to `count - 1`.
    public var index: Int
    /// How many shards the class is cut into.
    public var count: Int

    /// The environment variables that hold a task's index, in the order they are read.
    public static let indexVariables = ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"]

    /// Creates shard `index` of `count`.
    public init(index: Int, count: Int) throws(GradingShardError) {
        guard count >= 1 else { throw .badCount(String(count)) }
        guard (0..<count).contains(index) else { throw .indexOutOfRange(index: index, count: count) }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, or `N` alone, whose index then comes from `SLURM_ARRAY_TASK_ID` (a Slurm job
    /// array) or `JOB_COMPLETION_INDEX` (a Kubernetes Indexed Job).
    public init(parsing text: String, environment: [String: String]) throws(GradingShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count <= 2, let countText = parts.last, let count = Int(countText) else { throw .unreadable(text) }
        guard count >= 1 else { throw .badCount(countText) }
        if parts.count == 2 {
            guard let index = Int(parts[0]) else { throw .unreadable(text) }
            try self.init(index: index, count: count)
            return
        }
        for variable in Self.indexVariables {
            guard let value = environment[variable]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { continue }
            guard let index = Int(value) else { throw .badVariable(name: variable, value: value) }
            guard (0..<count).contains(index) else { throw .variableOutOfRange(name: variable, index: index, count: count) }
            try self.init(index: index, count: count)
            return
        }
        throw .noIndex(count: count)
    }

    /// The shard of each submission, in the order given: its rank in the order of the hashes of
    /// the normalized paths (`./bob/` and `bob` are one path), modulo `count`.
    public static func assignments(of submissions: [String], count: Int) -> [Int] {
        let keys = submissions.map { path in
            let normal = normalized(path)
            return (hash: SHA256.hash(data: Data(normal.utf8)).prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, path: normal)
        }
        let order = keys.indices.sorted { (keys[$0].hash, keys[$0].path) < (keys[$1].hash, keys[$1].path) }
        var shards = [Int](repeating: 0, count: submissions.count)
        for (rank, position) in order.enumerated() { shards[position] = rank % max(1, count) }
        return shards
    }

    /// This shard's submissions, in the order given.
    public func select(_ submissions: [String]) -> [String] {
        zip(submissions, Self.assignments(of: submissions, count: count)).filter { $0.1 == index }.map(\.0)
    }

    /// `path` without `.` components, empty components and a trailing slash; `..` stays, since
    /// taking it out would need the file system.
    public static func normalized(_ path: String) -> String {
        let components = path.split(separator: "/").filter { $0 != "." }
        let joined = components.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// Paths that name the same submission twice (after normalizing), each once.
    public static func duplicates(in submissions: [String]) -> [String] {
        var seen = Set<String>(), reported = Set<String>(), result: [String] = []
        for path in submissions {
            let key = normalized(path)
            if !seen.insert(key).inserted, reported.insert(key).inserted { result.append(path) }
        }
        return result
    }
}

/// Why `--shard` cannot be used as given.
public enum GradingShardError: Error, Equatable, CustomStringConvertible {
    /// Not `K/N` or `N`.
    case unreadable(String)
    /// `N` is not a positive whole number.
    case badCount(String)
    /// `K` is not in `0..<N`.
    case indexOutOfRange(index: Int, count: Int)
    /// Only `N` was given and neither variable is set.
    case noIndex(count: Int)
    /// The variable is set but is not a whole number.
    case badVariable(name: String, value: String)
    /// The variable's index is not in `0..<N`.
    case variableOutOfRange(name: String, index: Int, count: Int)

    /// A message naming the problem and the fix.
    public var description: String {
        switch self {
        case .unreadable(let text):
            return
                "--shard '\(text)' is not K/N: give this shard's index and the number of shards, e.g. --shard 0/4, or --shard 4 inside a Slurm job array or a Kubernetes Indexed Job"
        case .badCount(let text):
            return "--shard: the number of shards must be a whole number of at least 1, not '\(text)'"
        case .indexOutOfRange(let index, let count):
            return "--shard \(index)/\(count): shard indices run from 0 to \(count - 1)"
        case .noIndex(let count):
            return
                "--shard \(count) takes its index from SLURM_ARRAY_TASK_ID (a Slurm job array) or JOB_COMPLETION_INDEX (a Kubernetes Indexed Job), and neither is set: give it as --shard K/\(count)"
        case .badVariable(let name, let value):
            return "--shard: \(name) is '\(value)', not a whole number: give the index as --shard K/N"
        case .variableOutOfRange(let name, let index, let count):
            return
                "--shard \(count): \(name) is \(index), but shard indices run from 0 to \(count - 1): number the array tasks from 0 (sbatch --array=0-\(count - 1)), or give --shard K/\(count)"
        }
    }
}
