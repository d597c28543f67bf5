import Foundation
@testable import Course

/// A stand-in for `deeplings check LESSON SUBMISSION --json`: a shell script that behaves as the
/// submission's file name says (`pass…`, `fail…`, `sleep…`, `flood…`, …), and a lesson beside it.
final class FakeChecker {
    let folder = TemporaryFolder("fake-checker")
    let script: String
    let lesson: String

    static let source = #"""
        #!/bin/sh
        lesson="$1"; submission="$2"
        hash="sha256:$(sha256sum "$lesson" | cut -d' ' -f1)"
        result() { # status score exercise-outcome earned check-passed
            printf '{"deeplings":"0.6.0","lesson":{"id":"fixture","path":"%s","hash":"%s"},"submission":"%s","status":"%s","score":%s,"maxScore":2,"exercises":[{"id":"e1","points":2,"earned":%s,"outcome":"%s","checks":[{"line":12,"passed":%s,"message":"%s"}]}]}\n' \
                "$lesson" "$hash" "$submission" "$1" "$2" "$4" "$3" "$5" "$6"
        }
        case "$(basename "$submission")" in
            pass*) result graded 2 passed 2 true ""; exit 0 ;;
            fail*) result graded 0 failed 0 false "predict(10) should be near 19"; exit 1 ;;
            nap*) sleep 0.4; result graded 2 passed 2 true ""; exit 0 ;;
            sleep*) sleep 30 & echo $! > "$submission.pid"; wait; exit 0 ;;
            closed*) exec >&- 2>&-; sleep 30; exit 0 ;;
            flood*) yes "flooding the output"; exit 0 ;;
            segv*) echo "Fatal error: boom" >&2; kill -SEGV $$ ;;
            garbage*) echo "Traceback (most recent call last): oops" >&2; echo "not json"; exit 0 ;;
            reject*) printf '{"deeplings":"0.6.0","lesson":{"id":"fixture","path":"%s","hash":"%s"},"submission":"%s","status":"invalid","error":"reject.py is not UTF-8 text"}\n' "$lesson" "$hash" "$submission"; exit 2 ;;
            usage*) echo "Error: Missing expected argument" >&2; exit 2 ;;
            weird*) exit 7 ;;
            nolesson*) printf '{"deeplings":"0.6.0","submission":"%s","status":"invalid","error":"the lesson is broken: line 3: unknown cell kind"}\n' "$submission"; exit 2 ;;
            partial*) printf '{"deeplings":"0.6.0","submission":"%s","status":"graded"}\n' "$submission"; exit 0 ;;
            stale*) hash="sha256:0000"; result graded 2 passed 2 true ""; exit 0 ;;
            greedy*) result graded 9 passed 9 true ""; exit 0 ;;
            alloc*) dd if=/dev/zero of=/dev/null bs=900M count=1 2>&1 | tail -1 >&2; exit 1 ;;
            spin*) while :; do :; done ;;
        esac
        echo "fake checker: no behaviour for $submission" >&2; exit 3
        """#

    init() throws {
        script = folder.file("checker.sh")
        try Self.writeExecutable(Self.source.replacingOccurrences(of: "\n        ", with: "\n"), to: script)
        lesson = folder.file("lesson.md")
        try "---\nid: fixture\n---\n# A fixture lesson\n".write(toFile: lesson, atomically: true, encoding: .utf8)
    }

    /// Writes a script through a close-on-exec descriptor: a child that another test spawns
    /// meanwhile must not inherit it open for writing, or exec'ing the script fails with
    /// "Text file busy".
    static func writeExecutable(_ text: String, to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Creates a submission file (or, for names ending in `/`, a folder holding `e1.py`) and returns its path.
    func submission(_ name: String) throws -> String {
        if name.hasSuffix("/") {
            let path = folder.file(String(name.dropLast()))
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try "x = 1\n".write(toFile: (path as NSString).appendingPathComponent("e1.py"), atomically: true, encoding: .utf8)
            return path
        }
        let path = folder.file(name)
        try "x = 1\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func grader(limits: BatchLimits, jobs: Int = 4) -> BatchGrader {
        BatchGrader(lessonPath: lesson, command: BatchChildCommand(executable: script, arguments: []), limits: limits, jobs: jobs)
    }
}
