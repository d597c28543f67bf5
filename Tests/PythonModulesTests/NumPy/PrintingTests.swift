import Testing

/// `print`/`repr` of arrays against NumPy 2.4 output captured from the real library.
struct PrintingTests {
    static let cases: [(source: String, expected: String)] = [
        (
            """
            print(np.array([1.0, 2.0, 3.0]))
            """,
            """
            [1. 2. 3.]

            """
        ),
        (
            """
            print(repr(np.array([1.0, 2.0, 3.0])))
            """,
            """
            array([1., 2., 3.])

            """
        ),
        (
            """
            print(repr(np.array([1, 2], dtype='uint8')))
            """,
            """
            array([1, 2], dtype=uint8)

            """
        ),
        (
            """
            print(np.array([1, 2.5, 3.25]))
            """,
            """
            [1.   2.5  3.25]

            """
        ),
        (
            """
            print(np.array([[1, 2], [3, 4]]))
            """,
            """
            [[1 2]
             [3 4]]

            """
        ),
        (
            """
            print(repr(np.array([[1, 2], [3, 4]])))
            """,
            """
            array([[1, 2],
                   [3, 4]])

            """
        ),
        (
            """
            print(np.array([0.1, 0.2, 0.30000000000000004]))
            """,
            """
            [0.1 0.2 0.3]

            """
        ),
        (
            """
            print(np.array([1/3, 2/3]))
            """,
            """
            [0.33333333 0.66666667]

            """
        ),
        (
            """
            print(repr(np.array([1e-5, 1.0])))
            """,
            """
            array([1.e-05, 1.e+00])

            """
        ),
        (
            """
            print(repr(np.array([1.5e-5, 1.0], dtype=np.float32)))
            """,
            """
            array([1.5e-05, 1.0e+00], dtype=float32)

            """
        ),
        (
            """
            print(np.array([True, False]))
            """,
            """
            [ True False]

            """
        ),
        (
            """
            print(repr(np.array([True, False])))
            """,
            """
            array([ True, False])

            """
        ),
        (
            """
            print(np.arange(2000.0))
            """,
            """
            [0.000e+00 1.000e+00 2.000e+00 ... 1.997e+03 1.998e+03 1.999e+03]

            """
        ),
        (
            """
            print(repr(np.arange(2000.0)))
            """,
            """
            array([0.000e+00, 1.000e+00, 2.000e+00, ..., 1.997e+03, 1.998e+03,
                   1.999e+03], shape=(2000,))

            """
        ),
        (
            """
            print(np.arange(30))
            """,
            """
            [ 0  1  2  3  4  5  6  7  8  9 10 11 12 13 14 15 16 17 18 19 20 21 22 23
             24 25 26 27 28 29]

            """
        ),
        (
            """
            print(repr(np.arange(30)))
            """,
            """
            array([ 0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11, 12, 13, 14, 15, 16,
                   17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29])

            """
        ),
        (
            """
            print(np.zeros((2, 3, 4)))
            """,
            """
            [[[0. 0. 0. 0.]
              [0. 0. 0. 0.]
              [0. 0. 0. 0.]]

             [[0. 0. 0. 0.]
              [0. 0. 0. 0.]
              [0. 0. 0. 0.]]]

            """
        ),
        (
            """
            print(repr(np.zeros((2, 3), dtype=np.float32)))
            """,
            """
            array([[0., 0., 0.],
                   [0., 0., 0.]], dtype=float32)

            """
        ),
        (
            """
            print(np.array([-1.5, 2.0, np.nan, np.inf]))
            """,
            """
            [-1.5  2.   nan  inf]

            """
        ),
        (
            """
            print(repr(np.array([], dtype=float)))
            """,
            """
            array([], dtype=float64)

            """
        ),
        (
            """
            print(repr(np.zeros((0, 3))))
            """,
            """
            array([], shape=(0, 3), dtype=float64)

            """
        ),
        (
            """
            print(np.array([100.0, 0.001]))
            """,
            """
            [1.e+02 1.e-03]

            """
        ),
        (
            """
            print(np.array([123456789.0, 1.0]))
            """,
            """
            [1.23456789e+08 1.00000000e+00]

            """
        ),
        (
            """
            print(np.array([1e-10, 1.0]))
            """,
            """
            [1.e-10 1.e+00]

            """
        ),
        (
            """
            np.set_printoptions(suppress=True)
            print(np.array([1e-10, 1.0]))
            """,
            """
            [0. 1.]

            """
        ),
        (
            """
            np.set_printoptions(precision=3)
            print(np.array([1/3, 2/3]))
            """,
            """
            [0.333 0.667]

            """
        ),
        (
            """
            print(repr(np.linspace(0, 1, 5)))
            """,
            """
            array([0.  , 0.25, 0.5 , 0.75, 1.  ])

            """
        ),
        (
            """
            print(np.arange(100).reshape(10, 10) * 1000)
            """,
            """
            [[    0  1000  2000  3000  4000  5000  6000  7000  8000  9000]
             [10000 11000 12000 13000 14000 15000 16000 17000 18000 19000]
             [20000 21000 22000 23000 24000 25000 26000 27000 28000 29000]
             [30000 31000 32000 33000 34000 35000 36000 37000 38000 39000]
             [40000 41000 42000 43000 44000 45000 46000 47000 48000 49000]
             [50000 51000 52000 53000 54000 55000 56000 57000 58000 59000]
             [60000 61000 62000 63000 64000 65000 66000 67000 68000 69000]
             [70000 71000 72000 73000 74000 75000 76000 77000 78000 79000]
             [80000 81000 82000 83000 84000 85000 86000 87000 88000 89000]
             [90000 91000 92000 93000 94000 95000 96000 97000 98000 99000]]

            """
        ),
        (
            """
            print(repr(np.arange(20, dtype=np.uint8).reshape(4, 5)))
            """,
            """
            array([[ 0,  1,  2,  3,  4],
                   [ 5,  6,  7,  8,  9],
                   [10, 11, 12, 13, 14],
                   [15, 16, 17, 18, 19]], dtype=uint8)

            """
        ),
        (
            """
            print(np.array(5))
            """,
            """
            5

            """
        ),
        (
            """
            print(repr(np.array(5.0)))
            """,
            """
            array(5.)

            """
        ),
        (
            """
            print(np.array([[0.5, 18.98]], dtype=np.float32))
            """,
            """
            [[ 0.5  18.98]]

            """
        ),
        (
            """
            print(np.arange(3000).reshape(3, 1000))
            """,
            """
            [[   0    1    2 ...  997  998  999]
             [1000 1001 1002 ... 1997 1998 1999]
             [2000 2001 2002 ... 2997 2998 2999]]

            """
        ),
        (
            """
            print(repr(np.arange(3000).reshape(30, 100)))
            """,
            """
            array([[   0,    1,    2, ...,   97,   98,   99],
                   [ 100,  101,  102, ...,  197,  198,  199],
                   [ 200,  201,  202, ...,  297,  298,  299],
                   ...,
                   [2700, 2701, 2702, ..., 2797, 2798, 2799],
                   [2800, 2801, 2802, ..., 2897, 2898, 2899],
                   [2900, 2901, 2902, ..., 2997, 2998, 2999]], shape=(30, 100))

            """
        ),
        (
            """
            print(np.array([-0.0, 1.0]))
            """,
            """
            [-0.  1.]

            """
        ),
        (
            """
            print(repr(np.array([1, -2, 300], dtype=np.int32)))
            """,
            """
            array([  1,  -2, 300], dtype=int32)

            """
        ),
    ]

    @Test(arguments: 0..<cases.count) func printsLikeNumPy(_ index: Int) {
        let (source, expected) = Self.cases[index]
        #expect(runNumPy("np.set_printoptions(precision=8, suppress=False, threshold=1000, linewidth=75)\n" + source) == expected)
    }
}
