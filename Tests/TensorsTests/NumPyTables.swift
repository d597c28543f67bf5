import Testing
@testable import Tensors

/// Expected values computed with NumPy 2.4 and written in; no Python runs during tests.
enum NumPyTables {
    // np.result_type(a, b) for every pair of supported dtypes (NumPy 2.4).
    static let promotion: [(DType, DType, DType)] = [
        (.bool, .bool, .bool),
        (.bool, .uint8, .uint8),
        (.bool, .int32, .int32),
        (.bool, .int64, .int64),
        (.bool, .float32, .float32),
        (.bool, .float64, .float64),
        (.uint8, .bool, .uint8),
        (.uint8, .uint8, .uint8),
        (.uint8, .int32, .int32),
        (.uint8, .int64, .int64),
        (.uint8, .float32, .float32),
        (.uint8, .float64, .float64),
        (.int32, .bool, .int32),
        (.int32, .uint8, .int32),
        (.int32, .int32, .int32),
        (.int32, .int64, .int64),
        (.int32, .float32, .float64),
        (.int32, .float64, .float64),
        (.int64, .bool, .int64),
        (.int64, .uint8, .int64),
        (.int64, .int32, .int64),
        (.int64, .int64, .int64),
        (.int64, .float32, .float64),
        (.int64, .float64, .float64),
        (.float32, .bool, .float32),
        (.float32, .uint8, .float32),
        (.float32, .int32, .float64),
        (.float32, .int64, .float64),
        (.float32, .float32, .float32),
        (.float32, .float64, .float64),
        (.float64, .bool, .float64),
        (.float64, .uint8, .float64),
        (.float64, .int32, .float64),
        (.float64, .int64, .float64),
        (.float64, .float32, .float64),
        (.float64, .float64, .float64),
    ]
    // (shape a, shape b, np.broadcast_shapes or nil for an error, values of arange(a) - 2*arange(b)).
    static let broadcasting: [([Int], [Int], [Int]?, [Double])] = [
        ([2, 3], [3], [2, 3], [0.0, -1.0, -2.0, 3.0, 2.0, 1.0]),
        ([2, 1], [1, 3], [2, 3], [0.0, -2.0, -4.0, 1.0, -1.0, -3.0]),
        ([4, 1, 3], [2, 1], [4, 2, 3], [0.0, 1.0, 2.0, -2.0, -1.0, 0.0, 3.0, 4.0, 5.0, 1.0, 2.0, 3.0, 6.0, 7.0, 8.0, 4.0, 5.0, 6.0, 9.0, 10.0, 11.0, 7.0, 8.0, 9.0]),
        ([1], [5], [5], [0.0, -2.0, -4.0, -6.0, -8.0]),
        ([], [2, 2], [2, 2], [0.0, -2.0, -4.0, -6.0]),
        (
            [3, 1, 2], [3, 4, 1], [3, 4, 2],
            [0.0, 1.0, -2.0, -1.0, -4.0, -3.0, -6.0, -5.0, -6.0, -5.0, -8.0, -7.0, -10.0, -9.0, -12.0, -11.0, -12.0, -11.0, -14.0, -13.0, -16.0, -15.0, -18.0, -17.0]
        ),
        ([2, 3], [2], nil, []),
        ([0, 3], [1, 3], [0, 3], []),
        ([5, 4], [4, 5], nil, []),
    ]

    static func indexingCases(_ x: Tensor) throws -> [(String, [TensorIndex], [Int], [Int64])] {
        [
            ("x[1]", [1], [3, 4], [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]),
            ("x[-1, 2]", [-1, 2], [4], [20, 21, 22, 23]),
            ("x[0, 1, -1]", [0, 1, -1], [], [7]),
            ("x[:, 1]", [.all, 1], [2, 4], [4, 5, 6, 7, 16, 17, 18, 19]),
            ("x[..., 1]", [.ellipsis, 1], [2, 3], [1, 5, 9, 13, 17, 21]),
            ("x[:, ::2, 1:]", [.all, .slice(nil, nil, 2), .slice(1, nil, nil)], [2, 2, 3], [1, 2, 3, 9, 10, 11, 13, 14, 15, 21, 22, 23]),
            ("x[:, ::-1]", [.all, .slice(nil, nil, -1)], [2, 3, 4], [8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3, 20, 21, 22, 23, 16, 17, 18, 19, 12, 13, 14, 15]),
            ("x[1, -2:, ::-3]", [1, .slice(-2, nil, nil), .slice(nil, nil, -3)], [2, 2], [19, 16, 23, 20]),
            ("x[None, 0, :, None]", [.newAxis, 0, .all, .newAxis], [1, 3, 1, 4], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            ("x[0, 5:9]", [0, .slice(5, 9, nil)], [0, 4], []),
            ("x[:, 10:-10:-1]", [.all, .slice(10, -10, -1)], [2, 3, 4], [8, 9, 10, 11, 4, 5, 6, 7, 0, 1, 2, 3, 20, 21, 22, 23, 16, 17, 18, 19, 12, 13, 14, 15]),
            (
                "x[np.array([1, 0, 1])]", [.indices(Tensor([1, 0, 1] as [Int64]))], [3, 3, 4],
                [12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]
            ),
            ("x[:, np.array([2, -1])]", [.all, .indices(Tensor([2, -1] as [Int64]))], [2, 2, 4], [8, 9, 10, 11, 8, 9, 10, 11, 20, 21, 22, 23, 20, 21, 22, 23]),
            ("x[0, :, np.array([[3], [0]])]", [0, .all, .indices(try Tensor([3, 0] as [Int64], shape: [2, 1]))], [2, 1, 3], [3, 7, 11, 0, 4, 8]),
            ("x[np.array([0, 1]), :, np.array([1, 2])]", [.indices(Tensor([0, 1] as [Int64])), .all, .indices(Tensor([1, 2] as [Int64]))], [2, 3], [1, 5, 9, 14, 18, 22]),
            ("x[:, np.array([0, 2]), np.array([1, 3])]", [.all, .indices(Tensor([0, 2] as [Int64])), .indices(Tensor([1, 3] as [Int64]))], [2, 2], [1, 11, 13, 23]),
            ("x[x % 5 == 0]", [.mask(try Tensor.binaryForward(.equal, x.remainder(dividingBy: Tensor(Int64(5))), Tensor(Int64(0))))], [5], [0, 5, 10, 15, 20]),
            ("x[np.array([True, False])]", [.mask(Tensor([true, false]))], [1, 3, 4], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]),
            ("x[1, np.array([False, True, True])]", [1, .mask(Tensor([false, true, true]))], [2, 4], [16, 17, 18, 19, 20, 21, 22, 23]),
        ]
    }
}
