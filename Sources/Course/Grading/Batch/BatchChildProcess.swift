import Foundation
import Interpreter
import Synchronization
#if canImport(Glibc)
    import Glibc
#endif

/// Runs one grading child under limits: CPU seconds and address space through `ulimit` in a
/// `/bin/sh` that then `exec`s the child (so the limits hold from its first instruction), its own
/// process group (so a timeout kills whatever it started), an output cap and a wall clock.
enum BatchChildProcess {
    static let errorTailBytes = 4096

    /// Variables every child gets on top of this process's environment: OpenBLAS would otherwise
    /// start a thread per core in each child at load, while `--jobs` children already fill the cores.
    static let childEnvironment = ["OPENBLAS_NUM_THREADS": "1"]

    /// Runs `executable arguments…` to its end, to a limit, or until `interrupt` is set; throws
    /// only when it cannot be started.
    static func run(executable: String, arguments: [String], limits: BatchLimits, interrupt: InterruptFlag = InterruptFlag()) throws -> BatchChildRun {
        // The soft CPU limit sends SIGXCPU, reported as a timeout; the hard one a second later
        // (SIGKILL) stops a child that ignores it. No core files land in the instructor's folder.
        let cpu = max(1, limits.cpuSeconds)
        let script =
            "ulimit -S -t \(cpu) 2>/dev/null; ulimit -H -t \(cpu + 1) 2>/dev/null; "
            + "ulimit -v \(max(1, limits.memoryMB) * 1024) 2>/dev/null; ulimit -c 0 2>/dev/null; exec \"$@\""
        let argv = ["/bin/sh", "-c", script, "deeplings-grade-child", executable] + arguments
        let start = monotonicSeconds()
        let (pid, output, errors) = try spawnLock.withLock { _ in
            let output = try makePipe()
            let errors: [Int32]
            do { errors = try makePipe() } catch { closeAll(output); throw error }
            do {
                let pid = try spawn(argv, stdout: output[1], stderr: errors[1])
                closeAll([output[1], errors[1]])
                return (pid, output, errors)
            } catch {
                closeAll(output + errors)
                throw error
            }
        }
        defer { closeAll([output[0], errors[0]]) }

        var run = BatchChildRun()
        let deadline = start + limits.timeoutSeconds
        collect(output: output[0], errors: errors[0], deadline: deadline, limit: limits.outputLimitBytes, interrupt: interrupt, into: &run)
        if run.timedOut || run.outputExceeded || run.interrupted { kill(-pid, SIGKILL) }
        let (status, usage) = reap(pid, deadline: deadline, interrupt: interrupt, run: &run)
        run.wallSeconds = monotonicSeconds() - start
        run.cpuSeconds = seconds(usage.ru_utime) + seconds(usage.ru_stime)
        let signal = status & 0x7f
        if signal == 0 { run.exitStatus = (status >> 8) & 0xff } else { run.signal = signal }
        return run
    }

    /// Reads both pipes until they close, the deadline passes or the output exceeds `limit`.
    private static func collect(output: Int32, errors: Int32, deadline: Double, limit: Int, interrupt: InterruptFlag, into run: inout BatchChildRun) {
        var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0), pollfd(fd: errors, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        var total = 0
        while fds.contains(where: { $0.fd >= 0 }) {
            let remaining = deadline - monotonicSeconds()
            if remaining <= 0 { run.timedOut = true; return }
            if interrupt.isSet { run.interrupted = true; return }
            // Short polls, so Ctrl-C stops a quiet child within a tenth of a second.
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(remaining * 1000 + 1, 100)))
            if ready < 0 && errno != EINTR { return }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(fds[index].fd, $0.baseAddress, $0.count) }
                if count > 0 {
                    total += count
                    if total > limit { run.outputExceeded = true; return }
                    if index == 0 {
                        run.output.append(contentsOf: buffer[0..<count])
                    } else {
                        run.errorTail.append(contentsOf: buffer[0..<count])
                        if run.errorTail.count > errorTailBytes { run.errorTail = run.errorTail.suffix(errorTailBytes) }
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    fds[index].fd = -1
                }
            }
        }
    }

    /// Waits for the child to end, killing its group if it outlives the deadline (a child can close
    /// its output and go on running); then kills what it left in its group, and reaps it.
    private static func reap(_ pid: pid_t, deadline: Double, interrupt: InterruptFlag, run: inout BatchChildRun) -> (Int32, rusage) {
        while !hasEnded(pid) {
            if interrupt.isSet && !run.interrupted {
                run.interrupted = true
                kill(-pid, SIGKILL)
            } else if monotonicSeconds() >= deadline && !run.timedOut {
                run.timedOut = true
                kill(-pid, SIGKILL)
            } else {
                usleep(2000)
            }
        }
        // The child has ended but is not reaped, so its pid, the group's id, cannot have been reused.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        return (status, usage)
    }

    /// True once the child has ended (or cannot be waited for), leaving it unreaped.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        if waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0 { return errno != EINTR }
        return info.si_signo == SIGCHLD
    }

    private static func spawn(_ argv: [String], stdout: Int32, stderr: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        // The child starts with no blocked signals and default SIGPIPE/SIGINT, whatever this
        // process (a REPL with handlers, worker threads that block signals) had.
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGXCPU] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        var environment = ProcessInfo.processInfo.environment
        environment.merge(childEnvironment) { _, new in new }
        let cEnvironment = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let cArguments = argv.map { strdup($0) } + [nil]
        defer { (cArguments + cEnvironment).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else { throw BatchError.cannotStart(argv[4], reason: String(cString: strerror(result))) }
        return pid
    }

    /// Pipes are made and children spawned under one lock: Glibc's `pipe2` is not imported, and
    /// between `pipe` and `FD_CLOEXEC` another grading thread's child could inherit the ends (an
    /// inherited write end keeps this child's output open after it ends).
    private static let spawnLock = Mutex(())

    /// A pipe whose ends are closed on exec; call under `spawnLock`.
    private static func makePipe() throws -> [Int32] {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw BatchError.cannotStart("a pipe", reason: String(cString: strerror(errno))) }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return fds
    }

    private static func closeAll(_ fds: [Int32]) { for fd in fds where fd >= 0 { close(fd) } }

    private static func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
