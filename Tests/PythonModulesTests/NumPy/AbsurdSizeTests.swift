import Testing

/// Absurd sizes from learner code raise Python errors instead of trapping or exhausting memory.
struct AbsurdSizeTests {
    @Test(arguments: [
        "np.zeros((10**10, 10**10))", "np.ones(10**12)", "np.arange(0, 1e15)", "np.linspace(0, 1, 10**12)",
        "np.eye(10**7)", "np.arange(6).reshape(10**10, 10**10, -1)", "np.random.rand(10**6, 10**6)",
        "np.full((2**62, 4), 1)", "print(np.array([2**63 - 1, -2**63]))",
    ])
    func raisesInsteadOfTrapping(_ source: String) {
        let out = runNumPy(source)
        #expect(out.hasPrefix("ValueError: ") || out == "[ 9223372036854775807 -9223372036854775808]\n", "\(source) printed \(out)")
    }
}
