import Testing

/// String arrays as CSV-reading code uses them, against NumPy 2.4 output captured from the real library.
struct StringArrayTests {
    static let cases: [(source: String, expected: String)] = [
        (
            """
            a = np.array(['1', '22', '3.5'])
            print(a)
            print(repr(a))
            print(a.dtype, a.shape, len(a), a.tolist())
            print(repr(a.astype('float')))
            """,
            """
            ['1' '22' '3.5']
            array(['1', '22', '3.5'], dtype='<U3')
            <U3 (3,) 3 ['1', '22', '3.5']
            array([ 1. , 22. ,  3.5])

            """
        ),
        (
            """
            parts = np.array_split(['1', '2', '3', '4', '5'], 2)
            print(parts)
            images = np.array([parts[0], np.array(['7', '8', '9'])]).astype('float')
            print(repr(images))
            """,
            """
            [array(['1', '2', '3'], dtype='<U1'), array(['4', '5'], dtype='<U1')]
            array([[1., 2., 3.],
                   [7., 8., 9.]])

            """
        ),
        (
            """
            b = np.array([['a', 'b'], ['c', 'd']])
            print(b)
            print(repr(b))
            print(b[0], b[1][0], b[1, 1])
            """,
            """
            [['a' 'b']
             ['c' 'd']]
            array([['a', 'b'],
                   ['c', 'd']], dtype='<U1')
            ['a' 'b'] c d

            """
        ),
        (
            """
            print(repr(np.array(['1', '2']).astype(int)), repr(np.array(['4', '5'], dtype=float)))
            """,
            """
            array([1, 2]) array([4., 5.])

            """
        ),
        (
            """
            np.array(['x']).astype(float)
            """,
            """
            ValueError: could not convert string to float: np.str_('x')
            """
        ),
        (
            """
            row = [str(i % 256) for i in range(784)]
            image = np.array(np.array_split(row, 28)).astype('float')
            print(image.shape, image[27, 27], image.dtype)
            """,
            """
            (28, 28) 15.0 float64

            """
        ),
    ]

    @Test(arguments: 0..<cases.count) func matchesNumPy(_ index: Int) {
        let (source, expected) = Self.cases[index]
        #expect(runNumPy(source) == expected)
    }
}
