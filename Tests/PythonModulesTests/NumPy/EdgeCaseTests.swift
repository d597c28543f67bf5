import Testing

/// Edge cases (empty arrays, odd slices, casts on assignment, special floats, print options, error messages) against NumPy 2.4 output captured from the real library.
struct EdgeCaseTests {
    static let cases: [(source: String, expected: String)] = [
        (
            """
            print(np.zeros((2, 3))[..., None, 1].shape)
            """,
            """
            (2, 1)

            """
        ),
        (
            """
            print(repr(np.arange(0)), repr(np.zeros((3, 0))), np.zeros((3, 0)).shape)
            """,
            """
            array([], dtype=int64) array([], shape=(3, 0), dtype=float64) (3, 0)

            """
        ),
        (
            """
            print(np.array([]).max())
            """,
            """
            ValueError: zero-size array to reduction operation maximum which has no identity
            """
        ),
        (
            """
            print(np.array([]).argmax())
            """,
            """
            ValueError: attempt to get argmax of an empty sequence
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[::-1, ::-2])
            """,
            """
            [[11  9]
             [ 7  5]
             [ 3  1]]

            """
        ),
        (
            """
            print(repr(np.linspace(0, 1, 1)), repr(np.linspace(0, 1, 0)))
            """,
            """
            array([0.]) array([], dtype=float64)

            """
        ),
        (
            """
            np.random.choice(0)
            """,
            """
            ValueError: a must be greater than 0 unless no samples are taken
            """
        ),
        (
            """
            np.random.seed(1)
            print(np.random.randint(0, 2**40, 3))
            """,
            """
            [ 163196666091  605300724808 1095766950793]

            """
        ),
        (
            """
            print(repr(np.arange(10)[np.array([], dtype=int)]))
            """,
            """
            array([], dtype=int64)

            """
        ),
        (
            """
            print(repr(np.array([[]])), np.array([[]]).shape)
            """,
            """
            array([], shape=(1, 0), dtype=float64) (1, 0)

            """
        ),
        (
            """
            print(np.zeros((4, 0)).reshape(0, -1).shape)
            """,
            """
            ValueError: cannot reshape array of size 0 into shape (0,newaxis)
            """
        ),
        (
            """
            print(np.arange(6).reshape(-1, -1))
            """,
            """
            ValueError: can only specify one unknown dimension
            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3)[5:, 1:])
            """,
            """
            []

            """
        ),
        (
            """
            print(np.arange(6)[-10:10:3])
            """,
            """
            [0 3]

            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3)[:, [True, False, True]])
            """,
            """
            [[0 2]
             [3 5]]

            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3)[..., ...])
            """,
            """
            IndexError: an index can only have a single ellipsis ('...')
            """
        ),
        (
            """
            print(np.arange(5) / 0)
            """,
            """
            [nan inf inf inf inf]

            """
        ),
        (
            """
            print(np.arange(5) // 0)
            """,
            """
            [0 0 0 0 0]

            """
        ),
        (
            """
            print(np.array([1.0, -1.0, 0.0]) / 0)
            """,
            """
            [ inf -inf  nan]

            """
        ),
        (
            """
            print(np.log(np.array([0.0, -1.0, 1.0])))
            """,
            """
            [-inf  nan   0.]

            """
        ),
        (
            """
            print(np.sqrt(np.array([-1.0, 4.0])))
            """,
            """
            [nan  2.]

            """
        ),
        (
            """
            print(np.array([1e300]) * 1e10)
            """,
            """
            [inf]

            """
        ),
        (
            """
            print(np.array([[1, 2], [3, 4]]).sum(axis=(0, 1)), np.array([[1, 2], [3, 4]]).mean(axis=-1))
            """,
            """
            10 [1.5 3.5]

            """
        ),
        (
            """
            print(np.array([[1, 2], [3, 4]]).sum(axis=2))
            """,
            """
            numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2
            """
        ),
        (
            """
            print(np.expand_dims(np.arange(3), -1).shape, np.expand_dims(np.arange(3), -2).shape)
            """,
            """
            (3, 1) (1, 3)

            """
        ),
        (
            """
            print(np.transpose(np.arange(6).reshape(1, 2, 3), (1, 0, 2)).shape)
            """,
            """
            (2, 1, 3)

            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3).transpose(1, 1))
            """,
            """
            ValueError: repeated axis in transpose
            """
        ),
        (
            """
            print(np.concatenate([np.arange(2), np.arange(2.0)]), np.concatenate([[1], [2]], axis=None))
            """,
            """
            [0. 1. 0. 1.] [1 2]

            """
        ),
        (
            """
            print(np.vstack((np.arange(2), [5, 6])), np.hstack(([1], np.arange(2.0))))
            """,
            """
            [[0 1]
             [5 6]] [1. 0. 1.]

            """
        ),
        (
            """
            print(np.stack([[1, 2], [3, 4]], axis=-1))
            """,
            """
            [[1 3]
             [2 4]]

            """
        ),
        (
            """
            print(np.array_split(np.arange(10).reshape(5, 2), 3, axis=0)[0])
            """,
            """
            [[0 1]
             [2 3]]

            """
        ),
        (
            """
            print(np.split(np.arange(6), 4))
            """,
            """
            ValueError: array split does not result in an equal division
            """
        ),
        (
            """
            print(np.split(np.arange(6), [1, 4]))
            """,
            """
            [array([0]), array([1, 2, 3]), array([4, 5])]

            """
        ),
        (
            """
            print(np.clip(np.arange(5), 1, None), np.clip(np.arange(5), None, 2))
            """,
            """
            [1 1 2 3 4] [0 1 2 2 2]

            """
        ),
        (
            """
            print(np.where(np.arange(4) > 1, np.arange(4), -1.5))
            """,
            """
            [-1.5 -1.5  2.   3. ]

            """
        ),
        (
            """
            print(np.dot(np.arange(6).reshape(2, 3), np.arange(3)), np.dot(2, np.arange(3)), np.arange(3).dot(np.arange(3)))
            """,
            """
            [ 5 14] [0 2 4] 5

            """
        ),
        (
            """
            print(np.matmul(np.arange(3), np.arange(6).reshape(3, 2)))
            """,
            """
            [10 13]

            """
        ),
        (
            """
            print(np.arange(4) @ np.arange(4))
            """,
            """
            14

            """
        ),
        (
            """
            a = np.arange(6).reshape(2, 3)
            a[:, 0] += 10
            a[1] *= 2
            print(a)
            """,
            """
            [[10  1  2]
             [26  8 10]]

            """
        ),
        (
            """
            a = np.zeros(3)
            a[[0, 2]] = [1, 2]
            print(a)
            """,
            """
            [1. 0. 2.]

            """
        ),
        (
            """
            a = np.arange(4)
            a[a > 1] += 100
            print(a)
            """,
            """
            [  0   1 102 103]

            """
        ),
        (
            """
            a = np.zeros((2, 2))
            a[0, 0] = True
            a[1] = np.array([3, 4], dtype=np.uint8)
            print(a)
            """,
            """
            [[1. 0.]
             [3. 4.]]

            """
        ),
        (
            """
            a = np.arange(3, dtype=np.uint8)
            a[0] = 300
            print(a)
            """,
            """
            OverflowError: Python integer 300 out of bounds for uint8
            """
        ),
        (
            """
            a = np.zeros(3, dtype=int)
            a[1] = 2.9
            a[2] = -1.9
            print(a)
            """,
            """
            [ 0  2 -1]

            """
        ),
        (
            """
            print(np.array([1, 2, 3]) == np.array([1, 5, 3]), np.array([1, 2]) == [1, 2], (np.arange(3) == 1).sum())
            """,
            """
            [ True False  True] [ True  True] 1

            """
        ),
        (
            """
            print(np.arange(3) + [10, 20, 30], [1, 2, 3] - np.arange(3), (1, 2) * np.arange(2))
            """,
            """
            [10 21 32] [1 1 1] [0 2]

            """
        ),
        (
            """
            print(np.arange(3) + True, np.array([True, False]) + np.array([True, True]), np.array([True]) * 3)
            """,
            """
            [1 2 3] [ True  True] [3]

            """
        ),
        (
            """
            print(-np.array([True]))
            """,
            """
            TypeError: The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.
            """
        ),
        (
            """
            print(np.array([True, False]) - np.array([True, True]))
            """,
            """
            TypeError: numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.
            """
        ),
        (
            """
            print(~np.arange(3))
            """,
            """
            [-1 -2 -3]

            """
        ),
        (
            """
            print(+np.arange(3), np.abs(np.array([-1.5, 2])), np.arange(3) ** 0.5, 2 ** np.arange(4))
            """,
            """
            [0 1 2] [1.5 2. ] [0.         1.         1.41421356] [1 2 4 8]

            """
        ),
        (
            """
            print(np.arange(3) ** -1)
            """,
            """
            ValueError: Integers to negative integer powers are not allowed.
            """
        ),
        (
            """
            print(np.float32(0.1) + 0, np.uint8(300), np.int64(7) * 2, np.float64('2.5'))
            """,
            """
            OverflowError: Python integer 300 out of bounds for uint8
            """
        ),
        (
            """
            print(np.dtype('uint8'), np.dtype(float), np.dtype('float') == np.float64, np.zeros(1).dtype == float, np.arange(2).dtype == int)
            """,
            """
            uint8 float64 True True True

            """
        ),
        (
            """
            print(np.zeros(2, dtype=np.float32).dtype.name, np.zeros(2).itemsize, np.zeros(2).nbytes)
            """,
            """
            float32 8 16

            """
        ),
        (
            """
            print(np.array([[1, 2], [3, 4]]).std(ddof=1), np.var(np.array([1.0, 2.0, 3.0])))
            """,
            """
            1.2909944487358056 0.6666666666666666

            """
        ),
        (
            """
            print(np.round(np.array([2.5, 3.5, -0.5])), np.round(np.array([1.25, 1.35]), 1), np.around(np.array([123.0]), -1))
            """,
            """
            [ 2.  4. -0.] [1.2 1.4] [120.]

            """
        ),
        (
            """
            print(np.isnan(np.array([np.nan, 1.0])), np.allclose(np.array([1.0, 2.0]), np.array([1.0, 2.0000001])), np.array_equal(np.arange(3), [0, 1, 2]))
            """,
            """
            [ True False] True True

            """
        ),
        (
            """
            print(np.maximum(np.arange(4), np.array([3, 2, 1, 0])), np.minimum(2.5, np.arange(4)))
            """,
            """
            [3 2 2 3] [0.  1.  2.  2.5]

            """
        ),
        (
            """
            print(np.exp(np.arange(3)), np.log(2), np.sqrt(16))
            """,
            """
            [1.         2.71828183 7.3890561 ] 0.6931471805599453 4.0

            """
        ),
        (
            """
            print(np.tanh(np.array([0.0, 1.0])), np.square(np.arange(3)), np.sign(np.array([-2.0, 0.0, 3.0])))
            """,
            """
            [0.         0.76159416] [0 1 4] [-1.  0.  1.]

            """
        ),
        (
            """
            print(np.mean([[1, 2], [3, 4]], axis=0), np.sum(np.arange(6).reshape(2, 3), axis=1, keepdims=True))
            """,
            """
            [2. 3.] [[ 3]
             [12]]

            """
        ),
        (
            """
            print(np.argmax(np.array([[1, 9], [8, 2]]), axis=0), np.argmin(np.array([[1, 9], [8, 2]]), axis=1), np.argmax(np.array([[1, 9], [8, 2]])))
            """,
            """
            [1 0] [0 1] 1

            """
        ),
        (
            """
            print(np.max(np.array([[1, 9], [8, 2]]), axis=1, keepdims=True), np.amax(np.array([3, 1])), np.amin(np.array([3, 1])))
            """,
            """
            [[9]
             [8]] 3 1

            """
        ),
        (
            """
            print(np.any(np.array([0, 0])), np.all(np.array([[1, 0], [1, 1]]), axis=1))
            """,
            """
            False [False  True]

            """
        ),
        (
            """
            print(np.eye(3), np.eye(2, 3, k=1, dtype=int))
            """,
            """
            [[1. 0. 0.]
             [0. 1. 0.]
             [0. 0. 1.]] [[0 1 0]
             [0 0 1]]

            """
        ),
        (
            """
            print(np.full((2, 2), True), np.full(3, 2.5, dtype=np.float32), np.empty((1, 2)).shape)
            """,
            """
            [[ True  True]
             [ True  True]] [2.5 2.5 2.5] (1, 2)

            """
        ),
        (
            """
            print(np.ones((2, 2), dtype='uint8') * 255, np.zeros((2,), 'int32'))
            """,
            """
            [[255 255]
             [255 255]] [0 0]

            """
        ),
        (
            """
            print(np.arange(0.5, 3), np.arange(10, 0, -3), np.arange(3, dtype=float), np.arange(1, 2, 0.3))
            """,
            """
            [0.5 1.5 2.5] [10  7  4  1] [0. 1. 2.] [1.  1.3 1.6 1.9]

            """
        ),
        (
            """
            print(np.arange(0, 5, 0))
            """,
            """
            ZeroDivisionError: division by zero
            """
        ),
        (
            """
            print(np.array(np.arange(3), ndmin=2).shape, np.array(3.5), np.array(True), repr(np.array(7)))
            """,
            """
            (1, 3) 3.5 True array(7)

            """
        ),
        (
            """
            print(np.array((1, 2.5)), np.array([np.arange(2), np.arange(2)]), np.array([np.float32(1.5), 2]))
            """,
            """
            [1.  2.5] [[0 1]
             [0 1]] [1.5 2. ]

            """
        ),
        (
            """
            print(np.array([np.zeros(2, dtype=np.float32), np.ones(2, dtype=np.float32)]).dtype, np.array([np.arange(2), [1.5, 2]]).dtype)
            """,
            """
            float32 float64

            """
        ),
        (
            """
            print(np.array([[1, 2], [3, 4]])[1, -1], np.array([[1, 2], [3, 4]])[-2], np.array([[1, 2], [3, 4]])[:, -1])
            """,
            """
            4 [1 2] [2 4]

            """
        ),
        (
            """
            print(np.arange(10)[np.int64(3)] if hasattr(np, 'int64') else 0, np.arange(10)[np.argmax(np.arange(10))])
            """,
            """
            3 9

            """
        ),
        (
            """
            print(np.arange(10)[np.arange(3)], np.arange(10)[[-1, -2]], np.arange(10)[np.array([[1, 2], [3, 4]])])
            """,
            """
            [0 1 2] [9 8] [[1 2]
             [3 4]]

            """
        ),
        (
            """
            print(np.arange(9).reshape(3, 3)[[0, 1], [1, 2]])
            """,
            """
            [1 5]

            """
        ),
        (
            """
            print(np.arange(9).reshape(3, 3)[np.array([0, 2])][:, np.array([True, False, True])])
            """,
            """
            [[0 2]
             [6 8]]

            """
        ),
        (
            """
            print(np.arange(4).reshape(2, 2)[np.arange(4).reshape(2, 2) > 0])
            """,
            """
            [1 2 3]

            """
        ),
        (
            """
            print(np.arange(4)['a'])
            """,
            """
            IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
            """
        ),
        (
            """
            print(np.arange(4)[1:3:0])
            """,
            """
            ValueError: slice step cannot be zero
            """
        ),
        (
            """
            print(np.arange(4)[[1.5]])
            """,
            """
            IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
            """
        ),
        (
            """
            print(np.arange(4)[[4]])
            """,
            """
            IndexError: index 4 is out of bounds for axis 0 with size 4
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[:, 5])
            """,
            """
            IndexError: index 5 is out of bounds for axis 1 with size 4
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[3])
            """,
            """
            IndexError: index 3 is out of bounds for axis 0 with size 3
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[..., 4])
            """,
            """
            IndexError: index 4 is out of bounds for axis 1 with size 4
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[1, 1, 1])
            """,
            """
            IndexError: too many indices for array: array is 2-dimensional, but 3 were indexed
            """
        ),
        (
            """
            print(np.arange(12).reshape(3, 4)[np.arange(12).reshape(3, 4)[0] > 1])
            """,
            """
            IndexError: boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 4
            """
        ),
        (
            """
            a = np.arange(3)
            a[5] = 1
            """,
            """
            IndexError: index 5 is out of bounds for axis 0 with size 3
            """
        ),
        (
            """
            a = np.arange(3)
            a['x'] = 1
            """,
            """
            IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
            """
        ),
        (
            """
            a = np.arange(3)
            a[:] = [1, 2]
            """,
            """
            ValueError: could not broadcast input array from shape (2,) into shape (3,)
            """
        ),
        (
            """
            print([x for x in np.array([[1, 2], [3, 4]])], sum(np.arange(4)), max(np.arange(4)))
            """,
            """
            [array([1, 2]), array([3, 4])] 6 3

            """
        ),
        (
            """
            print(3 in np.arange(5), 9 in np.arange(5), len(np.zeros((0, 2))))
            """,
            """
            True False 0

            """
        ),
        (
            """
            for v in np.array(5):
                pass
            """,
            """
            TypeError: iteration over a 0-d array
            """
        ),
        (
            """
            print(np.arange(3) == None, np.arange(3) != 'x')
            """,
            """
            [False False False] [ True  True  True]

            """
        ),
        (
            """
            print(np.sum(np.arange(3), axis=5))
            """,
            """
            numpy.exceptions.AxisError: axis 5 is out of bounds for array of dimension 1
            """
        ),
        (
            """
            print(np.set_printoptions(threshold=5), np.arange(10))
            """,
            """
            None [0 1 2 ... 7 8 9]

            """
        ),
        (
            """
            np.set_printoptions(edgeitems=1, threshold=3)
            print(np.arange(100).reshape(10, 10))
            """,
            """
            [[ 0 ...  9]
             ...
             [90 ... 99]]

            """
        ),
        (
            """
            np.set_printoptions(precision=2, suppress=True)
            print(np.array([0.000001, 123.456789, 1e5]))
            """,
            """
            [     0.      123.46 100000.  ]

            """
        ),
        (
            """
            np.set_printoptions(linewidth=20)
            print(np.arange(20))
            print(repr(np.arange(20, dtype=np.uint8)))
            """,
            """
            [ 0  1  2  3  4  5
              6  7  8  9 10 11
             12 13 14 15 16 17
             18 19]
            array([ 0,  1,  2,
                    3,  4,  5,
                    6,  7,  8,
                    9, 10, 11,
                   12, 13, 14,
                   15, 16, 17,
                   18, 19],
                  dtype=uint8)

            """
        ),
        (
            """
            print(np.get_printoptions()['linewidth'])
            """,
            """
            75

            """
        ),
        (
            """
            print(np.array([1.5, np.nan, -np.inf]), np.array([np.nan]), np.array([np.inf, 1.0, 1e-9]))
            """,
            """
            [ 1.5  nan -inf] [nan] [   inf 1.e+00 1.e-09]

            """
        ),
        (
            """
            print(np.array([0.1, 1e8]), np.array([1e7, 1.0], dtype=np.float32), np.array([123456.7, 1.0], dtype=np.float32))
            """,
            """
            [1.e-01 1.e+08] [1.e+07 1.e+00] [1.234567e+05 1.000000e+00]

            """
        ),
        (
            """
            print(np.array([1e16, 1.0]), np.array([-1e-5, 1.0]), np.array([1.23456789012, 2.0]))
            """,
            """
            [1.e+16 1.e+00] [-1.e-05  1.e+00] [1.23456789 2.        ]

            """
        ),
        (
            """
            print(np.array([[1e-300, 1e300]]), np.array([5e-324]), np.array([0.0, -0.0]))
            """,
            """
            [[1.e-300 1.e+300]] [5.e-324] [ 0. -0.]

            """
        ),
        (
            """
            print(np.array([1.0, 2.0], dtype=np.float32) / 3, np.array([16777217.0]), np.array([0.3], dtype=np.float32) * 3)
            """,
            """
            [0.33333334 0.6666667 ] [16777217.] [0.90000004]

            """
        ),
        (
            """
            print(np.array([-5, 10, 300]), np.array([-5, 10, 300], dtype=np.int32), np.array([0, 1], dtype=bool))
            """,
            """
            [ -5  10 300] [ -5  10 300] [False  True]

            """
        ),
        (
            """
            print(np.array([[True, False], [False, True]]), repr(np.array([[True], [False]])))
            """,
            """
            [[ True False]
             [False  True]] array([[ True],
                   [False]])

            """
        ),
        (
            """
            print(repr(np.array([0.5], dtype=np.float32)), repr(np.array([[1]], dtype=np.uint8)), repr(np.zeros(0, dtype=np.uint8)))
            """,
            """
            array([0.5], dtype=float32) array([[1]], dtype=uint8) array([], dtype=uint8)

            """
        ),
        (
            """
            print(repr(np.arange(1001)))
            """,
            """
            array([   0,    1,    2, ...,  998,  999, 1000], shape=(1001,))

            """
        ),
        (
            """
            print(repr(np.arange(1001, dtype=np.uint8)))
            """,
            """
            array([  0,   1,   2, ..., 230, 231, 232], shape=(1001,), dtype=uint8)

            """
        ),
        (
            """
            print(repr(np.zeros((2, 1001), dtype=np.float32)))
            """,
            """
            array([[0., 0., 0., ..., 0., 0., 0.],
                   [0., 0., 0., ..., 0., 0., 0.]], shape=(2, 1001), dtype=float32)

            """
        ),
        (
            """
            print(np.zeros((2, 2, 2, 2)))
            """,
            """
            [[[[0. 0.]
               [0. 0.]]

              [[0. 0.]
               [0. 0.]]]


             [[[0. 0.]
               [0. 0.]]

              [[0. 0.]
               [0. 0.]]]]

            """
        ),
        (
            """
            print(repr(np.zeros((3, 1, 2))))
            """,
            """
            array([[[0., 0.]],

                   [[0., 0.]],

                   [[0., 0.]]])

            """
        ),
    ]

    @Test(arguments: 0..<cases.count) func matchesNumPy(_ index: Int) {
        let (source, expected) = Self.cases[index]
        #expect(runNumPy(source) == expected)
    }
}
