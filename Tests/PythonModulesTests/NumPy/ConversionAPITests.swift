import Testing
import Interpreter
import Tensors
@testable import PythonModules

/// The Swift API other bindings (keras) build on.
struct ConversionAPITests {
    @Test func nestedListsInferNumPyDTypes() throws {
        let floats = try NumPyConversion.tensor(from: [[1.0, 2.0], [3.0, 4.5]])
        #expect(floats.shape == [2, 2] && floats.dtype == .float64 && floats.asArray(Double.self) == [1, 2, 3, 4.5])
        #expect(try NumPyConversion.tensor(from: [1, 2, 3]).dtype == .int64)
        #expect(try NumPyConversion.tensor(from: [true, false]).dtype == .bool)
        #expect(try NumPyConversion.tensor(from: [10.0], dtype: .float32).dtype == .float32)
    }

    @Test func arraysPassThroughWithoutCopy() throws {
        let tensor = try Tensor([1, 2, 3] as [Float], shape: [3])
        let value = NDArray.wrap(tensor)
        #expect(try NumPyConversion.tensor(from: value) === tensor)
        #expect(try NumPyConversion.tensor(from: value, dtype: .float64).dtype == .float64)
        let stacked = try NumPyConversion.tensor(from: .list([value, value]))
        #expect(stacked.shape == [2, 3] && stacked.dtype == .float32)
    }

    @Test func raggedListsRaiseNumPysValueError() {
        #expect {
            _ = try NumPyConversion.tensor(from: [[1, 2], [3]])
        } throws: { error in
            (error as? PythonError)?.exception.message.hasPrefix("setting an array element with a sequence.") == true
        }
    }

    @Test func scalarsComeBackAsPythonNumbers() throws {
        if case .float(let d) = NumPyConversion.scalar(from: Tensor(Float(18.98))) { #expect(d == 18.98) } else { Issue.record("expected a float") }
        if case .int(let i) = NumPyConversion.value(from: Tensor(Int64(7))) { #expect(i == 7) } else { Issue.record("expected an int") }
        if case .object(let o) = NumPyConversion.value(from: Tensor([1, 2] as [Int64])) { #expect(o is NDArray) } else { Issue.record("expected an ndarray") }
    }

    @Test func dtypeNamesParse() throws {
        #expect(try NumPyDType.parse("float32") == .float32)
        #expect(try NumPyDType.parse(.object(PyTypes.float)) == .float64)
        #expect(try NumPyDType.parse(.none) == nil)
        #expect(throws: PythonError.self) { try NumPyDType.parse("float16") }
    }
}
