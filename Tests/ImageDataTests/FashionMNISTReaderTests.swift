import Foundation
import ImageData
import Testing

@Test func idxDecodesHeaderAndData() throws {
    let bytes: [UInt8] = [0, 0, 8, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6]
    let array = try IDXReader.decode(bytes)
    #expect(array.shape == [2, 3])
    #expect(array.bytes == [1, 2, 3, 4, 5, 6])
}

@Test func idxRejectsTruncatedData() {
    #expect(throws: IDXError.self) { try IDXReader.decode([0, 0, 8, 1, 0, 0, 0, 5, 1, 2]) }
    #expect(throws: IDXError.self) { try IDXReader.decode([1, 2, 3]) }
}

@Test func missingDataSetNamesPathAndFix() {
    do {
        _ = try FashionMNIST.loadRaw(directory: "/nonexistent/fashion")
        Issue.record("expected an error")
    } catch {
        let message = "\(error)"
        #expect(message.contains("/nonexistent/fashion/train-images-idx3-ubyte.gz"))
        #expect(message.contains("apt-get install dataset-fashion-mnist"))
    }
}

@Test func realFashionMNISTShapes() throws {
    let test = try FashionMNIST.loadSplit(prefix: "t10k")
    #expect(test.images.shape == [10000, 28, 28])
    #expect(test.labels.shape == [10000])
    #expect(test.labels.bytes.max() == 9)
}

@Test func uint8TensorsFromLoad() throws {
    let (train, test) = try FashionMNIST.load()
    #expect(train.images.shape == [60000, 28, 28] && train.images.dtype == .uint8)
    #expect(test.images.shape == [10000, 28, 28] && test.labels.shape == [10000])
}
