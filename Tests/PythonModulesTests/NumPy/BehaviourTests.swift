import Testing

/// Array behaviour (creation, shapes, reductions, operators, indexing, scalars, random, errors) against NumPy 2.4 output captured from the real library.
struct BehaviourTests {
    static let cases: [(source: String, expected: String)] = [
        (
            """
            a = np.array([1, 2, 3])
            print(a.dtype, a.shape, a.ndim, a.size)
            """,
            """
            int64 (3,) 1 3

            """
        ),
        (
            """
            a = np.array([1.0, 2, 3])
            print(a.dtype, repr(a))
            """,
            """
            float64 array([1., 2., 3.])

            """
        ),
        (
            """
            a = np.array([[1, 2], [3, 4]], dtype=float)
            print(repr(a))
            """,
            """
            array([[1., 2.],
                   [3., 4.]])

            """
        ),
        (
            """
            a = np.array([1, 2], dtype='float32')
            print(repr(a), a.dtype)
            """,
            """
            array([1., 2.], dtype=float32) float32

            """
        ),
        (
            """
            a = np.array([1.7, -2.7], dtype=int)
            print(repr(a))
            """,
            """
            array([ 1, -2])

            """
        ),
        (
            """
            a = np.array([1, 2], dtype=np.uint8)
            print(repr(a), a.dtype == np.uint8, a.dtype == 'uint8', repr(a.dtype))
            """,
            """
            array([1, 2], dtype=uint8) True True dtype('uint8')

            """
        ),
        (
            """
            print(repr(np.array([True, False, True])))
            """,
            """
            array([ True, False,  True])

            """
        ),
        (
            """
            print(repr(np.zeros((2, 3))))
            """,
            """
            array([[0., 0., 0.],
                   [0., 0., 0.]])

            """
        ),
        (
            """
            print(repr(np.ones(3, dtype=int)))
            """,
            """
            array([1, 1, 1])

            """
        ),
        (
            """
            print(repr(np.full((2, 2), 7)))
            """,
            """
            array([[7, 7],
                   [7, 7]])

            """
        ),
        (
            """
            print(repr(np.full((2,), 0.5)))
            """,
            """
            array([0.5, 0.5])

            """
        ),
        (
            """
            print(repr(np.zeros_like(np.array([1, 2]))), repr(np.ones_like(np.array([1.0, 2]))))
            """,
            """
            array([0, 0]) array([1., 1.])

            """
        ),
        (
            """
            print(repr(np.arange(5)), repr(np.arange(1, 10, 3)), repr(np.arange(0, 1, 0.25)))
            """,
            """
            array([0, 1, 2, 3, 4]) array([1, 4, 7]) array([0.  , 0.25, 0.5 , 0.75])

            """
        ),
        (
            """
            print(repr(np.arange(5.0)))
            """,
            """
            array([0., 1., 2., 3., 4.])

            """
        ),
        (
            """
            print(repr(np.linspace(0, 10, 5)))
            """,
            """
            array([ 0. ,  2.5,  5. ,  7.5, 10. ])

            """
        ),
        (
            """
            print(repr(np.linspace(0, 1, 4, endpoint=False)))
            """,
            """
            array([0.  , 0.25, 0.5 , 0.75])

            """
        ),
        (
            """
            print(repr(np.array([[1, 2], [3, 4]]).astype('uint8')))
            """,
            """
            array([[1, 2],
                   [3, 4]], dtype=uint8)

            """
        ),
        (
            """
            print(repr(np.array(['1.5', '2']).astype('float')) if False else repr(np.array([1.5, 2.0]).astype(int)))
            """,
            """
            array([1, 2])

            """
        ),
        (
            """
            print(repr(np.float32(0.5)) if False else np.float32(0.1))
            """,
            """
            0.1

            """
        ),
        (
            """
            print(np.float32, np.dtype('float32'), repr(np.dtype('int64')))
            """,
            """
            <class 'numpy.float32'> float32 dtype('int64')

            """
        ),
        (
            """
            a = np.array([1, 2])
            b = np.asarray(a)
            b[0] = 9
            print(a)
            """,
            """
            [9 2]

            """
        ),
        (
            """
            a = np.array([1, 2])
            b = np.array(a)
            b[0] = 9
            print(a)
            """,
            """
            [1 2]

            """
        ),
        (
            """
            a = np.array([1, 2])
            b = np.copy(a)
            b[0] = 9
            print(a, b)
            """,
            """
            [1 2] [9 2]

            """
        ),
        (
            """
            print(np.array([[1, 2], [3]]))
            """,
            """
            ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.
            """
        ),
        (
            """
            print(np.zeros(3).astype('foo'))
            """,
            """
            TypeError: data type 'foo' not understood
            """
        ),
        (
            """
            a = np.arange(6)
            print(a.reshape(2, 3))
            print(a.reshape((3, 2)).shape, a.reshape(-1, 2).shape, a.reshape((1,) + (6,)).shape)
            """,
            """
            [[0 1 2]
             [3 4 5]]
            (3, 2) (3, 2) (1, 6)

            """
        ),
        (
            """
            print(np.arange(6).reshape(4))
            """,
            """
            ValueError: cannot reshape array of size 6 into shape (4,)
            """
        ),
        (
            """
            print(np.arange(6).reshape(-1, 4))
            """,
            """
            ValueError: cannot reshape array of size 6 into shape (4)
            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3).T)
            """,
            """
            [[0 3]
             [1 4]
             [2 5]]

            """
        ),
        (
            """
            print(np.arange(24).reshape(2, 3, 4).transpose(2, 0, 1).shape, np.arange(24).reshape(2, 3, 4).transpose().shape)
            """,
            """
            (4, 2, 3) (4, 3, 2)

            """
        ),
        (
            """
            a = np.arange(6).reshape(2, 3)
            print(a.flatten(), a.ravel(), a.tolist())
            """,
            """
            [0 1 2 3 4 5] [0 1 2 3 4 5] [[0, 1, 2], [3, 4, 5]]

            """
        ),
        (
            """
            print(np.expand_dims(np.arange(3), axis=0).shape, np.expand_dims(np.arange(3), 1).shape)
            """,
            """
            (1, 3) (3, 1)

            """
        ),
        (
            """
            print(np.squeeze(np.zeros((1, 3, 1))).shape, np.zeros((1, 3, 1)).squeeze(axis=0).shape)
            """,
            """
            (3,) (3, 1)

            """
        ),
        (
            """
            print(np.squeeze(np.zeros((2, 3)), axis=0))
            """,
            """
            ValueError: cannot select an axis to squeeze out which has size not equal to one
            """
        ),
        (
            """
            print(np.vstack([np.arange(3), np.arange(3)]))
            """,
            """
            [[0 1 2]
             [0 1 2]]

            """
        ),
        (
            """
            print(np.vstack([np.zeros((1, 2)), np.ones((2, 2))]))
            """,
            """
            [[0. 0.]
             [1. 1.]
             [1. 1.]]

            """
        ),
        (
            """
            print(np.hstack([np.arange(2), np.arange(3)]))
            """,
            """
            [0 1 0 1 2]

            """
        ),
        (
            """
            print(np.concatenate([np.zeros((2, 2)), np.ones((1, 2))]))
            """,
            """
            [[0. 0.]
             [0. 0.]
             [1. 1.]]

            """
        ),
        (
            """
            print(np.concatenate([np.zeros((2, 2)), np.ones((2, 1))], axis=1))
            """,
            """
            [[0. 0. 1.]
             [0. 0. 1.]]

            """
        ),
        (
            """
            print(np.concatenate([np.zeros((2,3)),np.zeros((2,4))]))
            """,
            """
            ValueError: all the input array dimensions except for the concatenation axis must match exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has size 4
            """
        ),
        (
            """
            print(np.stack([np.arange(2), np.arange(2)], axis=1))
            """,
            """
            [[0 0]
             [1 1]]

            """
        ),
        (
            """
            print(np.stack([np.zeros(2), np.zeros(3)]))
            """,
            """
            ValueError: all input arrays must have the same shape
            """
        ),
        (
            """
            print(np.array_split(np.arange(7), 3))
            """,
            """
            [array([0, 1, 2]), array([3, 4]), array([5, 6])]

            """
        ),
        (
            """
            print(np.array_split(list(range(6)), 2))
            """,
            """
            [array([0, 1, 2]), array([3, 4, 5])]

            """
        ),
        (
            """
            print(np.array_split(np.arange(5), 0))
            """,
            """
            ValueError: number sections must be larger than 0.
            """
        ),
        (
            """
            print(np.zeros((2, 3)).transpose(0, 2))
            """,
            """
            numpy.exceptions.AxisError: axis 2 is out of bounds for array of dimension 2
            """
        ),
        (
            """
            print(np.expand_dims(np.zeros(3), 3))
            """,
            """
            numpy.exceptions.AxisError: axis 3 is out of bounds for array of dimension 2
            """
        ),
        (
            """
            a = np.array([[1, 2], [3, 4]])
            print(a.sum(), a.sum(axis=0), a.sum(axis=1, keepdims=True).shape)
            """,
            """
            10 [4 6] (2, 1)

            """
        ),
        (
            """
            a = np.array([[1.0, 2], [3, 4]])
            print(a.mean(), a.mean(axis=0), a.std(), a.std(axis=1))
            """,
            """
            2.5 [2. 3.] 1.118033988749895 [0.5 0.5]

            """
        ),
        (
            """
            a = np.array([[1, 5], [7, 2]])
            print(a.max(), a.min(), a.argmax(), a.argmin(), a.argmax(axis=1), a.max(axis=0))
            """,
            """
            7 1 2 0 [1 0] [7 5]

            """
        ),
        (
            """
            a = np.array([0.1, 0.7, 0.2])
            print(np.argmax(a), np.max(a), np.mean(a), np.sum(a), np.min(a), np.argmin(a), np.std(a))
            """,
            """
            1 0.7 0.3333333333333333 1.0 0.1 0 0.262466929133727

            """
        ),
        (
            """
            print(np.zeros(3).sum(axis=1))
            """,
            """
            numpy.exceptions.AxisError: axis 1 is out of bounds for array of dimension 1
            """
        ),
        (
            """
            print(np.array([1, 2, 3]).mean(), np.array([1, 2, 3]).sum())
            """,
            """
            2.0 6

            """
        ),
        (
            """
            print(np.array([True, False]).any(), np.array([True, False]).all(), np.all(np.array([1, 1])))
            """,
            """
            True False True

            """
        ),
        (
            """
            a = np.array([1.0, 2.0, 3.0])
            print(a + 1, a - 1, a * 2, a / 2, 2 * a, 1 - a, 6 / a, a ** 2, -a)
            """,
            """
            [2. 3. 4.] [0. 1. 2.] [2. 4. 6.] [0.5 1.  1.5] [2. 4. 6.] [ 0. -1. -2.] [6. 3. 2.] [1. 4. 9.] [-1. -2. -3.]

            """
        ),
        (
            """
            a = np.array([1, 2, 3])
            print(a + 1, a * 2, a / 2, a // 2, a % 2, a ** 2, repr(a / 2))
            """,
            """
            [2 3 4] [2 4 6] [0.5 1.  1.5] [0 1 1] [1 0 1] [1 4 9] array([0.5, 1. , 1.5])

            """
        ),
        (
            """
            a = np.array([10, 200], dtype=np.uint8)
            print(repr(a / 255.0), repr(a + 1), repr(a * 2))
            """,
            """
            array([0.03921569, 0.78431373]) array([ 11, 201], dtype=uint8) array([ 20, 144], dtype=uint8)

            """
        ),
        (
            """
            a = np.array([1, 2], dtype=np.float32)
            print(repr(a * 2), repr(a + 0.5), repr(a / 3))
            """,
            """
            array([2., 4.], dtype=float32) array([1.5, 2.5], dtype=float32) array([0.33333334, 0.6666667 ], dtype=float32)

            """
        ),
        (
            """
            a = np.arange(3) + np.arange(4)
            """,
            """
            ValueError: operands could not be broadcast together with shapes (3,) (4,) 
            """
        ),
        (
            """
            print(np.zeros((2, 3)) + np.arange(3))
            """,
            """
            [[0. 1. 2.]
             [0. 1. 2.]]

            """
        ),
        (
            """
            print(np.arange(3).reshape(3, 1) * np.arange(3))
            """,
            """
            [[0 0 0]
             [0 1 2]
             [0 2 4]]

            """
        ),
        (
            """
            print(np.zeros((2,3))+np.zeros((4,1)))
            """,
            """
            ValueError: operands could not be broadcast together with shapes (2,3) (4,1) 
            """
        ),
        (
            """
            x = np.array([1.0, 2.0, 3.0, 4.0])
            x -= x.mean()
            x /= x.std()
            print(x)
            """,
            """
            [-1.34164079 -0.4472136   0.4472136   1.34164079]

            """
        ),
        (
            """
            x = np.arange(3)
            x += 1
            x *= 2
            print(x)
            """,
            """
            [2 4 6]

            """
        ),
        (
            """
            x = np.arange(3)
            x /= 2
            """,
            """
            numpy._core._exceptions._UFuncOutputCastingError: Cannot cast ufunc 'divide' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'
            """
        ),
        (
            """
            x = np.zeros(3)
            x += np.zeros((2, 3))
            """,
            """
            ValueError: non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)
            """
        ),
        (
            """
            y = np.array([1.0, 2.0])
            z = y
            z += 1
            print(y)
            """,
            """
            [2. 3.]

            """
        ),
        (
            """
            a = np.array([1, 2, 3])
            print(a == 2, a > 1, a <= 2, a != 3, 2 < a)
            """,
            """
            [False  True False] [False  True  True] [ True  True False] [ True  True False] [False False  True]

            """
        ),
        (
            """
            a = np.array([1, 2, 3])
            print((a > 1) & (a < 3), (a < 2) | (a > 2), ~(a > 1))
            """,
            """
            [False  True False] [ True False  True] [ True False False]

            """
        ),
        (
            """
            a = np.array([[1, 2], [3, 4]])
            b = np.array([[5, 6], [7, 8]])
            print(a @ b)
            print(np.dot(a, b))
            print(np.matmul(a, b))
            """,
            """
            [[19 22]
             [43 50]]
            [[19 22]
             [43 50]]
            [[19 22]
             [43 50]]

            """
        ),
        (
            """
            print(np.dot(np.array([1, 2, 3]), np.array([4, 5, 6])))
            """,
            """
            32

            """
        ),
        (
            """
            print(np.dot(np.zeros((2,3)),np.zeros((2,3))))
            """,
            """
            ValueError: shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)
            """
        ),
        (
            """
            print(np.zeros((2,3))@np.zeros((2,3)))
            """,
            """
            ValueError: matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)
            """
        ),
        (
            """
            print(np.exp(np.array([0.0, 1.0])), np.log(np.array([1.0, np.e])), np.sqrt(np.array([4, 9])), np.abs(np.array([-1, 2])))
            """,
            """
            [1.         2.71828183] [0. 1.] [2. 3.] [1 2]

            """
        ),
        (
            """
            print(np.clip(np.array([-5, 5, 300]), 0, 255), np.clip(np.array([0.5, 1.5]), 0, 1))
            """,
            """
            [  0   5 255] [0.5 1. ]

            """
        ),
        (
            """
            print(np.clip(np.array([-5.0, 100.0, 300.0]), 0, 255).astype('uint8'))
            """,
            """
            [  0 100 255]

            """
        ),
        (
            """
            print(np.where(np.array([1, -1, 2]) > 0, 1, 0), np.where(np.array([True, False]), np.array([1, 2]), np.array([3, 4])))
            """,
            """
            [1 0 1] [1 4]

            """
        ),
        (
            """
            print(np.where(np.array([0, 3, 0, 5])))
            """,
            """
            (array([1, 3]),)

            """
        ),
        (
            """
            print(np.maximum(np.array([1, 5]), 3), np.minimum(np.array([1.0, 5.0]), np.array([2.0, 2.0])))
            """,
            """
            [3 5] [1. 2.]

            """
        ),
        (
            """
            print(np.pi, np.e, np.inf, np.nan, np.newaxis)
            """,
            """
            3.141592653589793 2.718281828459045 inf nan None

            """
        ),
        (
            """
            a = np.arange(10)
            print(a[3], a[-1], a[2:5], a[::2], a[::-1], a[-3:], a[:0])
            """,
            """
            3 9 [2 3 4] [0 2 4 6 8] [9 8 7 6 5 4 3 2 1 0] [7 8 9] []

            """
        ),
        (
            """
            a = np.arange(12).reshape(3, 4)
            print(a[1], a[1, 2], a[1][2], a[:, 1], a[1:, ::2], a[-1, -1])
            """,
            """
            [4 5 6 7] 6 6 [1 5 9] [[ 4  6]
             [ 8 10]] 11

            """
        ),
        (
            """
            a = np.arange(12).reshape(3, 4)
            print(a[None].shape, a[:, np.newaxis].shape, a[..., 0], a[..., None].shape)
            """,
            """
            (1, 3, 4) (3, 1, 4) [0 4 8] (3, 4, 1)

            """
        ),
        (
            """
            a = np.arange(6)
            print(a[a > 2], a[np.array([True, False, True, False, True, False])])
            """,
            """
            [3 4 5] [0 2 4]

            """
        ),
        (
            """
            a = np.arange(6)
            print(a[[0, 2, 4]], a[np.array([5, 1])])
            """,
            """
            [0 2 4] [5 1]

            """
        ),
        (
            """
            a = np.arange(12).reshape(3, 4)
            print(a[[0, 2]], a[a % 2 == 0])
            """,
            """
            [[ 0  1  2  3]
             [ 8  9 10 11]] [ 0  2  4  6  8 10]

            """
        ),
        (
            """
            print(np.arange(3)[10])
            """,
            """
            IndexError: index 10 is out of bounds for axis 0 with size 3
            """
        ),
        (
            """
            print(np.zeros((3,4))[1,7])
            """,
            """
            IndexError: index 7 is out of bounds for axis 1 with size 4
            """
        ),
        (
            """
            print(np.arange(3)[1,2])
            """,
            """
            IndexError: too many indices for array: array is 1-dimensional, but 2 were indexed
            """
        ),
        (
            """
            print(np.arange(3)[np.array([True,False])])
            """,
            """
            IndexError: boolean index did not match indexed array along axis 0; size of axis is 3 but size of corresponding boolean axis is 2
            """
        ),
        (
            """
            print(np.arange(3)[np.array([5])])
            """,
            """
            IndexError: index 5 is out of bounds for axis 0 with size 3
            """
        ),
        (
            """
            print(np.zeros(3)[1.5])
            """,
            """
            IndexError: only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices
            """
        ),
        (
            """
            a = np.zeros(5)
            a[1] = 3
            a[2:4] = 7
            a[a > 5] = -1
            print(a)
            """,
            """
            [ 0.  3. -1. -1.  0.]

            """
        ),
        (
            """
            a = np.zeros((2, 3))
            a[0] = [1, 2, 3]
            a[:, 1] = 9
            a[1, 2] = 4.5
            print(a)
            """,
            """
            [[1.  9.  3. ]
             [0.  9.  4.5]]

            """
        ),
        (
            """
            a = np.arange(5)
            a[1] = 2.7
            print(a)
            """,
            """
            [0 2 2 3 4]

            """
        ),
        (
            """
            a = np.arange(10)
            b = a[2:5]
            b[0] = 99
            print(a)
            """,
            """
            [ 0  1 99  3  4  5  6  7  8  9]

            """
        ),
        (
            """
            a = np.arange(6).reshape(2, 3)
            t = a.T
            t[0, 1] = 50
            print(a)
            """,
            """
            [[ 0  1  2]
             [50  4  5]]

            """
        ),
        (
            """
            x=np.zeros(3); x[5]=1
            """,
            """
            IndexError: index 5 is out of bounds for axis 0 with size 3
            """
        ),
        (
            """
            x=np.zeros(3); x[:2]=[1,2,3]
            """,
            """
            ValueError: could not broadcast input array from shape (3,) into shape (2,)
            """
        ),
        (
            """
            y = np.array([[0.5, 18.98]], dtype=np.float32)
            print(y[0][1], float(y[0][0]), y[0][1] > 18, y[0, 1] * 2)
            """,
            """
            18.98 0.5 True 37.96

            """
        ),
        (
            """
            c = np.array([0.7, 0.2])
            if c[0] > 0.5:
                print('yes')
            print(f'{c[0]:.2f}', round(c[1], 1), int(np.argmax(c)))
            """,
            """
            yes
            0.70 0.2 0

            """
        ),
        (
            """
            a = np.array([3])
            print(bool(a), a == 3, bool(np.array([0.0])))
            """,
            """
            True [ True] False

            """
        ),
        (
            """
            names = ['a', 'b', 'c']
            print(names[np.argmax(np.array([0.1, 0.9, 0.0]))])
            """,
            """
            b

            """
        ),
        (
            """
            print(bool(np.arange(3)))
            """,
            """
            ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()
            """
        ),
        (
            """
            print(bool(np.array([])))
            """,
            """
            ValueError: The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.
            """
        ),
        (
            """
            print(len(np.zeros((4, 2))), [row.tolist() for row in np.arange(4).reshape(2, 2)])
            """,
            """
            4 [[0, 1], [2, 3]]

            """
        ),
        (
            """
            print(len(np.array(5)))
            """,
            """
            TypeError: len() of unsized object
            """
        ),
        (
            """
            print(np.array(5)[0])
            """,
            """
            IndexError: too many indices for array: array is 0-dimensional, but 1 were indexed
            """
        ),
        (
            """
            print(np.zeros(3).foo)
            """,
            """
            AttributeError: 'numpy.ndarray' object has no attribute 'foo'
            """
        ),
        (
            """
            print({np.zeros(2):1})
            """,
            """
            TypeError: unhashable type: 'numpy.ndarray'
            """
        ),
        (
            """
            print(np.arange(6).reshape(2, 3).item(4), np.array([2.5]).item())
            """,
            """
            4 2.5

            """
        ),
        (
            """
            print(np.sum([1, 2, 3]), np.mean([1.0, 2.0]), np.max([[1, 7], [3, 4]]))
            """,
            """
            6 1.5 7

            """
        ),
        (
            """
            print(type(np.arange(3)), isinstance(np.arange(3), np.ndarray))
            """,
            """
            <class 'numpy.ndarray'> True

            """
        ),
        (
            """
            print(np.round(np.array([1.234, 5.678]), 1), np.array([0.5, 1.5, 2.5]).round())
            """,
            """
            [1.2 5.7] [0. 2. 2.]

            """
        ),
        (
            """
            np.random.seed(0)
            print(np.random.rand(3))
            print(np.random.randn(3))
            print(np.random.randint(0, 10, 5), np.random.randint(5))
            print(np.random.random((2, 2)))
            print(np.random.uniform(-1, 1, 3))
            print(np.random.normal(5, 2, (2,)))
            """,
            """
            [0.5488135  0.71518937 0.60276338]
            [-2.2683282   1.33354538 -0.84272405]
            [6 8 8 1 6] 0
            [[0.3927848  0.83607876]
             [0.33739616 0.64817187]]
            [-0.26351692  0.91431032 -0.71929844]
            [8.9398489  4.84459087]

            """
        ),
        (
            """
            np.random.seed(42)
            a = np.arange(10)
            np.random.shuffle(a)
            print(a, np.random.choice(5, 3), np.random.choice([10, 20, 30]), np.random.permutation(5), np.random.rand(), np.random.choice(5, 3, replace=False))
            """,
            """
            [8 1 5 0 7 2 9 4 3 6] [2 2 2] 10 [0 1 2 4 3] 0.056411579027100256 [0 2 4]

            """
        ),
        (
            """
            np.random.seed(-1)
            """,
            """
            ValueError: Seed must be between 0 and 2**32 - 1
            """
        ),
        (
            """
            np.random.randint(5, 2)
            """,
            """
            ValueError: low >= high
            """
        ),
    ]

    @Test(arguments: 0..<cases.count) func matchesNumPy(_ index: Int) {
        let (source, expected) = Self.cases[index]
        #expect(runNumPy(source) == expected)
    }
}
