import Testing
import Foundation

/// Element-by-element loops as the course's hand-written convolution runs them.
struct ElementLoopTests {
    @Test func convolutionLoopReadsAndWritesElements() {
        let source = """
            image = (np.arange(64 * 64) % 251).reshape(64, 64).astype('uint8')
            out = np.copy(image)
            weights = [[0, 1, 0], [1, -4, 1], [0, 1, 0]]
            for x in range(1, 63):
                for y in range(1, 63):
                    total = 0.0
                    total = total + image[x - 1, y] * weights[0][1] + image[x, y - 1] * weights[1][0]
                    total = total + image[x, y] * weights[1][1] + image[x, y + 1] * weights[1][2] + image[x + 1, y] * weights[2][1]
                    if total < 0:
                        total = 0
                    if total > 255:
                        total = 255
                    out[x, y] = total
            print(out.dtype, out[1, 1], out[10, 20], int(out.sum()))
            """
        let start = Date()
        let printed = runNumPy(source)
        let seconds = Date().timeIntervalSince(start)
        let reference = expected()
        #expect(printed == "uint8 \(reference.out[1][1]) \(reference.out[10][20]) \(reference.sum)\n")
        #expect(seconds < 10, "3844 loop iterations took \(seconds) s")
    }

    /// The same computation in Swift, as the reference.
    private func expected() -> (out: [[Int]], sum: Int) {
        var image = [[Int]](repeating: [Int](repeating: 0, count: 64), count: 64)
        for i in 0..<(64 * 64) { image[i / 64][i % 64] = i % 251 }
        var out = image
        for x in 1..<63 {
            for y in 1..<63 {
                let total = image[x - 1][y] + image[x][y - 1] - 4 * image[x][y] + image[x][y + 1] + image[x + 1][y]
                out[x][y] = min(max(total, 0), 255)
            }
        }
        return (out, out.joined().reduce(0, +))
    }
}
