import Foundation
import Testing
@testable import Course

@Suite struct ShardTests {
    static let classList = (0..<200).map { "submissions/student-\($0).py" } + ["alice/", "/abs/bob.py"]

    @Test(arguments: [1, 2, 4, 7, 64])
    func everySubmissionIsInExactlyOneShard(_ count: Int) throws {
        let slices = try (0..<count).map { try GradingShard(index: $0, count: count).select(Self.classList) }
        for path in Self.classList {
            #expect(slices.filter { $0.contains(path) }.count == 1, "\(path)")
        }
        #expect(slices.reduce(0) { $0 + $1.count } == Self.classList.count)
        // Dealt like cards: sizes differ by at most one.
        let sizes = slices.map(\.count)
        #expect((sizes.max() ?? 0) - (sizes.min() ?? 0) <= 1, "\(sizes)")
    }

    @Test func theSliceDoesNotDependOnTheOrderOfTheList() throws {
        let shard = try GradingShard(index: 2, count: 4)
        var generator = SystemRandomNumberGenerator()
        let shuffled = Self.classList.shuffled(using: &generator)
        #expect(Set(shard.select(shuffled)) == Set(shard.select(Self.classList)))
        #expect(Set(shard.select(Array(Self.classList.reversed()))) == Set(shard.select(Self.classList)))
        // Each slice keeps the order it was given.
        let picked = shard.select(shuffled)
        #expect(picked == shuffled.filter { picked.contains($0) })
    }

    @Test func neighbouringNamesSpreadOverTheShards() throws {
        // Students 0–49 of the list are not all in one shard: the deal follows the hashes, not the names.
        let first = Array(Self.classList.prefix(50))
        let assignments = GradingShard.assignments(of: Self.classList, count: 4).prefix(50)
        #expect(Set(assignments).count == 4)
        #expect(first.count == assignments.count)
    }

    @Test(arguments: [("./alice/", "alice"), ("a//b/./c.py", "a/b/c.py"), ("/x/./y/", "/x/y"), ("../up.py", "../up.py")])
    func samePathSpelledDifferentlyLandsTogether(_ spelled: String, _ plain: String) {
        #expect(GradingShard.normalized(spelled) == plain)
        let others = (0..<30).map { "s\($0).py" }
        #expect(GradingShard.assignments(of: others + [spelled], count: 4) == GradingShard.assignments(of: others + [plain], count: 4))
    }

    @Test func duplicatesAreFoundAfterNormalizing() {
        #expect(GradingShard.duplicates(in: ["a.py", "b/", "./a.py", "b", "c.py"]) == ["./a.py", "b"])
        #expect(GradingShard.duplicates(in: ["a.py", "b.py"]).isEmpty)
    }

    @Test func parsesExplicitAndEnvironmentIndices() throws {
        #expect(try GradingShard(parsing: "1/4", environment: ["SLURM_ARRAY_TASK_ID": "3"]) == GradingShard(index: 1, count: 4))
        #expect(try GradingShard(parsing: "4", environment: ["SLURM_ARRAY_TASK_ID": "3"]) == GradingShard(index: 3, count: 4))
        #expect(try GradingShard(parsing: "4", environment: ["JOB_COMPLETION_INDEX": "2"]) == GradingShard(index: 2, count: 4))
    }

    @Test(arguments: [
        ("4/4", [String: String](), "shard indices run from 0 to 3"),
        ("x/4", [:], "is not K/N"),
        ("1/2/3", [:], "is not K/N"),
        ("0/0", [:], "at least 1"),
        ("4", [:], "neither is set: give it as --shard K/4"),
        ("4", ["SLURM_ARRAY_TASK_ID": "4"], "sbatch --array=0-3"),
        ("4", ["JOB_COMPLETION_INDEX": "two"], "not a whole number"),
    ])
    func badShardsSayWhatToDo(_ text: String, _ environment: [String: String], _ phrase: String) {
        #expect {
            _ = try GradingShard(parsing: text, environment: environment)
        } throws: { error in
            (error as? GradingShardError)?.description.contains(phrase) == true
        }
    }
}
