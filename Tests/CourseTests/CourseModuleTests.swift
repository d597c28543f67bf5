import Testing
@testable import Course

@Test func moduleIsLinked() {
    #expect(CourseModule.name == "Course")
}
