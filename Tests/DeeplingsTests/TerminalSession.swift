import Foundation
import Testing

/// The `deeplings` binary built beside the test bundle (`swift build --build-tests` builds both).
let deeplingsBinary: URL = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("deeplings")

/// A `deeplings` prompt running in a real pseudo-terminal (a detached tmux session), driven as a
/// learner drives it: keys in, screen out.
final class TerminalSession {
    let socket = "deeplings-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    let folder: URL
    private var ownsFolder: Bool { folder.lastPathComponent == socket }

    /// Starts `deeplings arguments` in a fresh folder (or `folder`), with `environment` added.
    init(arguments: [String] = [], environment: [String: String] = [:], folder given: URL? = nil) throws {
        folder = given ?? FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // Progress, history and state stay in the test's folder unless the test chose its own.
        let isolated = ["HOME": folder.path, "XDG_DATA_HOME": folder.path + "/data", "XDG_STATE_HOME": folder.path + "/state"]
        let settings = isolated.merging(environment) { $1 }.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        // The test runner may run with NO_COLOR set; a learner's terminal has colours.
        let command = (["env", "-u", "NO_COLOR", "-u", "DEEPLINGS_PLAIN"] + settings + [deeplingsBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        try tmux(["new-session", "-d", "-x", "120", "-y", "50", "-c", folder.path, command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        if ownsFolder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Types `keys` (tmux key names such as `Enter` and `C-c` are keys, the rest literal text).
    func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "0", key]) }
    }

    /// Pastes `text` as a terminal does, in bracketed-paste mode when the program asked for it.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "--", text])
        try tmux(["paste-buffer", "-p", "-t", "0"])
    }

    /// Types one line and Enter.
    func type(_ line: String) throws {
        if !line.isEmpty { try tmux(["send-keys", "-t", "0", "-l", line]) }
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// The screen and scroll-back as text.
    func screen() throws -> String { try tmux(["capture-pane", "-p", "-S", "-200", "-t", "0"]) }

    /// Waits until the screen satisfies `condition`, up to `timeout` seconds; returns the screen.
    @discardableResult
    func waitFor(_ what: String, timeout: Double = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var text = ""
        while Date() < deadline {
            text = try screen()
            if condition(text) { return text }
            Thread.sleep(forTimeInterval: 0.05)
        }
        Issue.record("timed out waiting for \(what); the screen shows:\n\(text)")
        return text
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        // Output goes through a file, not a pipe: the tmux server that `new-session` starts
        // inherits the client's descriptors, and a pipe it holds would never reach its end.
        let output = folder.appendingPathComponent("tmux-output-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try runAndWait(["tmux", "-L", socket] + arguments, stdoutPath: output.path)
        guard status == 0 || arguments.first == "kill-server" else {
            throw TerminalError(message: "tmux \(arguments.joined(separator: " ")) exited with \(status)")
        }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}

struct TerminalError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// Runs a program found on `PATH` with standard output to a file, and waits for it with
/// `waitpid` (Foundation's `Process` left tmux clients unreaped inside the test runner).
func runAndWait(_ arguments: [String], stdoutPath: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    // Test-runner threads may block signals, and a blocked mask survives exec: the prompt
    // would never see Ctrl-C. Children start with every signal unblocked and SIGINT default.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), interrupt = sigset_t()
    sigemptyset(&none)
    sigemptyset(&interrupt)
    sigaddset(&interrupt, SIGINT)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &interrupt)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
    guard spawned == 0 else { throw TerminalError(message: "could not start \(arguments[0]): error \(spawned)") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
}
