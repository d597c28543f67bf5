import Testing

/// Expected values printed by CPython 3.11 for the same seeds and calls.
@Test func seededDrawsMatchCPython() {
    let out = runStdlib(
        """
        import random
        random.seed(42); print(repr(random.random()), random.randint(1,10), random.randrange(0,100,7))
        l=list(range(10)); random.shuffle(l); print(l)
        print(random.choice('abcdef'), random.sample(range(100), 5), repr(random.uniform(2,3)))
        random.seed(12345678901); print(repr(random.random()))
        random.seed(0); print(repr(random.gauss(0,1)), repr(random.gauss(0,1)))
        """)
    #expect(
        out == """
            0.6394267984578837 1 77
            [7, 6, 2, 9, 0, 5, 1, 8, 3, 4]
            a [3, 11, 27, 29, 64] 2.6020187290499805
            0.9460118159397316
            0.9417154046806644 -1.3965781047011498

            """)
}

@Test func emptyChoicesRaiseCPythonErrors() {
    #expect(runStdlib("import random\nrandom.choice([])").hasSuffix("IndexError: Cannot choose from an empty sequence\n"))
    #expect(runStdlib("import random\nrandom.randint(5, 1)").hasSuffix("ValueError: empty range for randrange() (5, 2, -3)\n"))
    #expect(runStdlib("import random\nrandom.sample([1, 2], 3)").hasSuffix("ValueError: Sample larger than population or is negative\n"))
}
