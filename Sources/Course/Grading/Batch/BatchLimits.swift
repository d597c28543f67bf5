/// The limits every grading child runs under.
public struct BatchLimits: Sendable, Codable, Equatable {
    /// CPU seconds (`ulimit -t`); using them all ends the run as `timeout`.
    public var cpuSeconds: Int
    /// Address space in MiB (`ulimit -v`); an allocation beyond it fails inside the child.
    public var memoryMB: Int
    /// Wall-clock seconds before the child's process group is killed (`timeout`).
    public var timeoutSeconds: Double
    /// Bytes of standard output and error together before the child is killed (`crashed`).
    public var outputLimitBytes: Int

    /// Limits with defaults that fit a lesson's training-aware checks on a laptop; CPU seconds
    /// count every thread, and the tensor kernels use several, so they allow more than the wall clock.
    public init(cpuSeconds: Int = 600, memoryMB: Int = 4096, timeoutSeconds: Double = 300, outputLimitBytes: Int = 1 << 20) {
        self.cpuSeconds = cpuSeconds
        self.memoryMB = memoryMB
        self.timeoutSeconds = timeoutSeconds
        self.outputLimitBytes = outputLimitBytes
    }
}
