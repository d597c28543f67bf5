import Foundation
import Testing
@testable import Course

/// `deeplings grade --shard`, `merge`, `verify` and `report` as an instructor runs them, with the
/// fake checker standing in for `check`.
@Suite struct ClusterCommandTests {
    let commands = GradeCommandTests()

    func reportWithoutTimes(_ path: String) throws -> BatchReport {
        var report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
        for index in report.submissions.indices {
            report.submissions[index].seconds = 0
            report.submissions[index].cpuSeconds = 0
        }
        return report
    }

    @Test func fourShardsMergedEqualTheSingleMachineReport() throws {
        let fake = try FakeChecker()
        let submissions = try (0..<10).map { try fake.submission($0 % 3 == 0 ? "fail-\($0).py" : "pass-\($0).py") } + [fake.folder.file("gone.py")]
        let whole = fake.folder.file("whole.json")
        let single = try commands.deeplings(["grade", fake.lesson, "--out", whole, "--jobs", "2", "--"] + submissions, checker: fake.script)
        #expect(single.status == 0, "\(single.errors)")
        var shardFiles: [String] = []
        for index in 0..<4 {
            let out = fake.folder.file("shard-\(index).json")
            // The index comes from Slurm's variable, the list in another order on each task.
            let run = try commands.deeplings(
                ["grade", fake.lesson, "--shard", "4", "--out", out, "--"] + (index % 2 == 0 ? submissions : submissions.reversed()),
                checker: fake.script, environment: ["SLURM_ARRAY_TASK_ID": String(index)])
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("shard \(index)/4"))
            shardFiles.append(out)
        }
        let merged = fake.folder.file("merged.json")
        let merge = try commands.deeplings(["grade", "merge"] + shardFiles + ["--out", merged], checker: fake.script)
        #expect(merge.status == 0, "\(merge.errors)")
        #expect(merge.output.contains("4 shards, 11 submissions: 10 graded"))
        #expect(try reportWithoutTimes(merged) == reportWithoutTimes(whole))

        let incomplete = try commands.deeplings(["grade", "merge"] + shardFiles.dropLast() + ["--out", fake.folder.file("m2.json")], checker: fake.script)
        #expect(incomplete.status == 1)
        #expect(incomplete.errors.contains("grade it again with --shard 3/4"))
        let twice = try commands.deeplings(["grade", "merge"] + shardFiles + [shardFiles[0], "--out", fake.folder.file("m3.json")], checker: fake.script)
        #expect(twice.status == 1)
        #expect(twice.errors.contains("graded twice"))
        #expect(!FileManager.default.fileExists(atPath: fake.folder.file("m2.json")))
    }

    @Test func aShardNeedsItsIndexAndAJSONReport() throws {
        let fake = try FakeChecker()
        let pass = try fake.submission("pass.py")
        let noIndex = try commands.deeplings(["grade", fake.lesson, pass, "--shard", "4", "--out", fake.folder.file("r.json")], checker: fake.script)
        #expect(noIndex.status == 64)
        #expect(noIndex.errors.contains("SLURM_ARRAY_TASK_ID"))
        let csv = try commands.deeplings(["grade", fake.lesson, pass, "--shard", "0/4", "--out", fake.folder.file("r.csv")], checker: fake.script)
        #expect(csv.status == 64)
        #expect(csv.errors.contains("--shard needs a JSON report"))
        let kubernetes = try commands.deeplings(
            ["grade", fake.lesson, pass, "--shard", "2", "--out", fake.folder.file("k.json")],
            checker: fake.script, environment: ["JOB_COMPLETION_INDEX": "1"])
        #expect(kubernetes.status == 0, "\(kubernetes.errors)")
        #expect(try reportWithoutTimes(fake.folder.file("k.json")).shard?.index == 1)
    }

    @Test func aSignedReportVerifiesAndAnEditedOneDoesNot() throws {
        let fake = try FakeChecker()
        let key = fake.folder.file("grading.key")
        try "a key of thirty-two bytes, or so".write(toFile: key, atomically: true, encoding: .utf8)
        chmod(key, 0o600)
        let report = fake.folder.file("signed.json")
        let graded = try commands.deeplings(["grade", fake.lesson, try fake.submission("fail.py"), "--out", report, "--sign-key", key], checker: fake.script)
        #expect(graded.status == 0, "\(graded.errors)")
        #expect(graded.output.contains("(signed)"))
        #expect(!graded.errors.contains("other users can read"))
        let intact = try commands.deeplings(["grade", "verify", report, "--key", key], checker: fake.script)
        #expect(intact.status == 0)
        #expect(intact.output.contains("intact"))

        let text = try String(contentsOfFile: report, encoding: .utf8)
        let raised = text.replacingOccurrences(of: "\"score\" : 0", with: "\"score\" : 2")
        #expect(raised != text)
        try raised.write(toFile: report, atomically: true, encoding: .utf8)
        let altered = try commands.deeplings(["grade", "verify", report, "--key", key], checker: fake.script)
        #expect(altered.status == 1)
        #expect(altered.output.contains("ALTERED"))
        let noKey = try commands.deeplings(["grade", "verify", report, "--key", fake.folder.file("none.key")], checker: fake.script)
        #expect(noKey.status == 2)
        #expect(noKey.errors.contains("head -c 32 /dev/urandom"))
    }

    @Test func mergeWithAKeyChecksEveryShardAndSignsTheWhole() throws {
        let fake = try FakeChecker()
        let key = fake.folder.file("grading.key")
        try "another key of thirty-two bytes.".write(toFile: key, atomically: true, encoding: .utf8)
        chmod(key, 0o600)
        let submissions = try ["pass-1.py", "fail-2.py", "pass-3.py"].map(fake.submission)
        let shards = (0..<2).map { fake.folder.file("shard-\($0).json") }
        for (index, out) in shards.enumerated() {
            let run = try commands.deeplings(["grade", fake.lesson, "--shard", "\(index)/2", "--sign-key", key, "--out", out, "--"] + submissions, checker: fake.script)
            #expect(run.status == 0, "\(run.errors)")
        }
        let merged = fake.folder.file("merged.json")
        let merge = try commands.deeplings(["grade", "merge"] + shards + ["--sign-key", key, "--out", merged], checker: fake.script)
        #expect(merge.status == 0, "\(merge.errors)")
        let verify = try commands.deeplings(["grade", "verify", merged, "--key", key], checker: fake.script)
        #expect(verify.status == 0, "\(verify.output)")

        let text = try String(contentsOfFile: shards[0], encoding: .utf8)
        try text.replacingOccurrences(of: "\"index\" : 0", with: "\"index\" : 1").write(toFile: shards[0], atomically: true, encoding: .utf8)
        let refused = try commands.deeplings(["grade", "merge"] + shards + ["--sign-key", key, "--out", fake.folder.file("m2.json")], checker: fake.script)
        #expect(refused.status == 2)
        #expect(refused.errors.contains("\(shards[0]) is not intact"))
    }

    @Test func theInstructorsReportSummarisesTheClass() throws {
        let fake = try FakeChecker()
        let submissions = try ["pass-1.py", "pass-2.py", "fail-1.py", "segv.py"].map(fake.submission)
        let report = fake.folder.file("report.json")
        let graded = try commands.deeplings(["grade", fake.lesson, "--out", report, "--jobs", "2", "--"] + submissions, checker: fake.script)
        #expect(graded.status == 0, "\(graded.errors)")
        let png = fake.folder.file("scores.png"), csv = fake.folder.file("r.csv"), junit = fake.folder.file("r.xml")
        let run = try commands.deeplings(["grade", "report", report, "--png", png, "--csv", csv, "--junit", junit], checker: fake.script)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("4 submissions: 3 graded, 0 timeout, 1 crashed, 0 invalid"))
        #expect(run.output.contains("e1 (2 points): 2/3 passed (66.7%)"))
        #expect(run.output.contains("line 12: 2/3 passed"))
        #expect(run.output.contains("1× predict(10) should be near 19"))
        #expect(run.output.contains("crashed  \(submissions[3]): the checker was killed by signal"))
        #expect(run.output.contains("0 │"))
        let png8 = try Data(contentsOf: URL(fileURLWithPath: png)).prefix(8)
        #expect(Array(png8) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(try String(contentsOfFile: csv, encoding: .utf8).hasPrefix("submission,status"))
        #expect(try String(contentsOfFile: junit, encoding: .utf8).contains("<testsuites"))
        let missing = try commands.deeplings(["grade", "report", fake.folder.file("none.json")], checker: fake.script)
        #expect(missing.status == 2)
        #expect(missing.errors.contains("no such report"))
    }
}
