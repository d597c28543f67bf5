import Testing
@testable import Course

@Test func goodLessonIsProven() throws {
    let result = try LessonLinter().lint(path: Fixtures.path("hello.md"))
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.provenExercises == 5)
    #expect(result.skippedExercises == 0)
}

@Test func fastSkipsSlowCellsAndTheExercisesAfterThem() throws {
    var linter = LessonLinter()
    linter.fast = true
    let result = try linter.lint(path: Fixtures.path("hello.md"))
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.provenExercises == 4)
    #expect(result.skippedExercises == 1)
}

@Test func brokenLessonFailsOnTheRightLines() throws {
    let result = try LessonLinter().lint(path: Fixtures.path("broken.md"))
    let path = Fixtures.path("broken.md")
    #expect(result.problems.map(\.line) == [6, 9, 24, 40], "\(result.problems.map(\.description))")
    #expect(result.problems.allSatisfy { $0.description.hasPrefix(path + ":\($0.line): ") })
    #expect(result.problems.first?.message.contains("NameError") == true)
    #expect(result.problems.count > 1 && result.problems[1].message.contains("starter of 'add' passes"))
    #expect(result.problems.count > 2 && result.problems[2].message.contains("add(2, 3) should be 5"))
    #expect(result.problems.count > 3 && result.problems[3].message.contains("'valeu'"))
}

@Test func formatErrorsBecomeLintProblems() throws {
    let result = try LessonLinter().lint(path: Fixtures.path("badformat.md"))
    #expect(result.problems.map(\.line) == [7, 11, 15])
}

@Test func mistakeMustFailWithItsPhrase() throws {
    let lesson = try Fixtures.parse(
        Fixtures.exercise("a") + """
            ```mistake id=a message="x must be one"
            x = 2
            ```

            ```mistake id=a message="anything"
            x = 1
            ```

            """)
    let result = try LessonLinter().lint(lesson)
    #expect(result.problems.map(\.line) == [20, 24], "\(result.problems.map(\.description))")
    #expect(result.problems.first?.message.contains("no message contains \"x must be one\"") == true)
    #expect(result.problems.last?.message.contains("this mistake passes") == true)
}

@Test func cellsOverBudgetAreReported() throws {
    var linter = LessonLinter()
    linter.budget = .nanoseconds(1)
    let result = try linter.lint(try Fixtures.parse(Fixtures.exercise("a")))
    #expect(!result.problems.isEmpty && result.problems.allSatisfy { $0.message.contains("over the budget") })
}

@Test func importsInChecksAreReported() throws {
    let lesson = try Fixtures.parse(Fixtures.exercise("a", check: "import numpy as np\nassert x == 1, 'x should be 1'"))
    let result = try LessonLinter().lint(lesson)
    #expect(result.problems.map(\.line) == [18], "\(result.problems.map(\.description))")
    #expect(result.problems.first?.message.contains("checks need no imports") == true)
}

@Test func mistakePhraseMayBeInTheErrorItsCodeRaises() throws {
    let lesson = try Fixtures.parse(
        Fixtures.exercise("a") + """
            ```mistake id=a message="division by zero"
            x = 1 / 0
            ```

            ```mistake id=a message="not in any message"
            x = 1 / 0
            ```

            """)
    let result = try LessonLinter().lint(lesson)
    #expect(result.problems.map(\.line) == [24], "\(result.problems.map(\.description))")
    #expect(result.problems.first?.message.contains("no message contains \"not in any message\"") == true)
}
