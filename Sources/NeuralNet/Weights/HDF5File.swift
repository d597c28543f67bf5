import CHDF5
import Synchronization
import Tensors

/// The little of HDF5 that Keras weight files use: groups, string-list attributes and float32
/// datasets. The serial library is not thread-safe, so every use runs under one lock.
///
///     try HDF5File.withLock {
///         let file = try HDF5File(creating: "/tmp/w.h5")
///         try file.root.setStrings(["dense"], for: "layer_names")
///     }
final class HDF5File {
    private static let lock = Mutex<Void>(())

    /// Runs `body` while holding the process-wide HDF5 lock.
    static func withLock<R>(_ body: () throws -> R) throws -> R {
        try lock.withLock { _ in
            chdf5_silence_errors()
            return try body()
        }
    }

    let id: hid_t
    let path: String

    /// Opens an existing file for reading.
    init(reading path: String) throws {
        let id = H5Fopen(path, chdf5_acc_rdonly(), hid_t(H5P_DEFAULT))
        guard id >= 0 else {
            throw NeuralNetError.notFound("Unable to open file: \(path) is not an HDF5 file (or cannot be read). Check the path; Keras weights files end in .h5.")
        }
        self.id = id
        self.path = path
    }

    /// Opens an existing file for reading and writing.
    init(updating path: String) throws {
        let id = H5Fopen(path, chdf5_acc_rdwr(), hid_t(H5P_DEFAULT))
        guard id >= 0 else {
            throw NeuralNetError.notFound("Cannot write \(path). Check that it exists and is writable.")
        }
        self.id = id
        self.path = path
    }

    /// Creates (or truncates) a file for writing.
    init(creating path: String) throws {
        let id = H5Fcreate(path, chdf5_acc_trunc(), hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT))
        guard id >= 0 else {
            throw NeuralNetError.notFound("Cannot write \(path). Check that its folder exists and is writable.")
        }
        self.id = id
        self.path = path
    }

    deinit { H5Fclose(id) }

    /// The root group.
    var root: HDF5Group { HDF5Group(borrowing: id, file: self) }
}

/// A group (or the file's root) of an open `HDF5File`.
final class HDF5Group {
    let id: hid_t
    let file: HDF5File
    private let owned: Bool

    init(borrowing id: hid_t, file: HDF5File) {
        self.id = id
        self.file = file
        owned = false
    }

    private init(owning id: hid_t, file: HDF5File) {
        self.id = id
        self.file = file
        owned = true
    }

    deinit { if owned { H5Gclose(id) } }

    /// Whether a link `name` (a group or dataset, possibly a `a/b` path) exists here.
    func contains(_ name: String) -> Bool {
        var prefix = ""
        for part in name.split(separator: "/") {
            prefix += (prefix.isEmpty ? "" : "/") + part
            guard H5Lexists(id, prefix, hid_t(H5P_DEFAULT)) > 0 else { return false }
        }
        return true
    }

    /// The subgroup `name`.
    func group(_ name: String) throws -> HDF5Group {
        let child = H5Gopen2(id, name, hid_t(H5P_DEFAULT))
        guard child >= 0 else { throw corrupt("it has no group '\(name)'") }
        return HDF5Group(owning: child, file: file)
    }

    /// A new subgroup `name` (with the groups along a `a/b` path).
    func makeGroup(_ name: String) throws -> HDF5Group {
        var current = self
        for part in name.split(separator: "/").map(String.init) {
            if current.contains(part) {
                current = try current.group(part)
                continue
            }
            let child = H5Gcreate2(current.id, part, hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT))
            guard child >= 0 else { throw corrupt("cannot create group '\(name)'") }
            current = HDF5Group(owning: child, file: file)
        }
        return current
    }

    /// Whether the attribute `name` exists.
    func hasAttribute(_ name: String) -> Bool { H5Aexists(id, name) > 0 }

    /// A list-of-strings attribute as h5py writes it (fixed- or variable-length strings; an empty
    /// list of any type), joined over Keras' `name0`, `name1`, … chunks for long lists.
    func strings(_ name: String) throws -> [String]? {
        if hasAttribute(name) { return try readStrings(name) }
        guard hasAttribute(name + "0") else { return nil }
        var result: [String] = []
        var chunk = 0
        while hasAttribute("\(name)\(chunk)") {
            result += try readStrings("\(name)\(chunk)")
            chunk += 1
        }
        return result
    }

    private func readStrings(_ name: String) throws -> [String] {
        let attribute = H5Aopen(id, name, hid_t(H5P_DEFAULT))
        guard attribute >= 0 else { throw corrupt("cannot read attribute '\(name)'") }
        defer { H5Aclose(attribute) }
        let space = H5Aget_space(attribute), type = H5Aget_type(attribute)
        defer { H5Sclose(space); H5Tclose(type) }
        let count = Int(H5Sget_simple_extent_npoints(space))
        guard count > 0 else { return [] }
        guard H5Tget_class(type) == H5T_STRING else { throw corrupt("attribute '\(name)' does not hold strings") }
        if H5Tis_variable_str(type) > 0 {
            var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
            let memory = H5Tcopy(chdf5_c_string())
            defer { H5Tclose(memory) }
            H5Tset_size(memory, chdf5_variable_size())
            guard H5Aread(attribute, memory, &pointers) >= 0 else { throw corrupt("cannot read attribute '\(name)'") }
            defer {
                pointers.withUnsafeMutableBytes { raw in
                    _ = H5Dvlen_reclaim(memory, space, hid_t(H5P_DEFAULT), raw.baseAddress)
                }
            }
            return pointers.map { $0.map { String(cString: $0) } ?? "" }
        }
        let size = H5Tget_size(type)
        var bytes = [UInt8](repeating: 0, count: count * size)
        guard H5Aread(attribute, type, &bytes) >= 0 else { throw corrupt("cannot read attribute '\(name)'") }
        return (0..<count).map { index in
            let slice = bytes[index * size..<(index + 1) * size].prefix { $0 != 0 }
            return String(decoding: slice, as: UTF8.self)
        }
    }

    /// Writes a list of strings as fixed-length, null-padded byte strings (h5py's `S` dtype);
    /// an empty list becomes an empty float array, as Keras writes it.
    func setStrings(_ values: [String], for name: String) throws {
        let size = Swift.max(values.map(\.utf8.count).max() ?? 1, 1)
        var dims = [hsize_t(values.count)]
        let space = H5Screate_simple(1, &dims, nil)
        defer { H5Sclose(space) }
        let type = values.isEmpty ? H5Tcopy(chdf5_ieee_f64le()) : H5Tcopy(chdf5_c_string())
        defer { H5Tclose(type) }
        if !values.isEmpty {
            H5Tset_size(type, size)
            H5Tset_strpad(type, H5T_STR_NULLPAD)
        }
        let attribute = H5Acreate2(id, name, type, space, hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT))
        guard attribute >= 0 else { throw corrupt("cannot write attribute '\(name)'") }
        defer { H5Aclose(attribute) }
        var bytes = [UInt8](repeating: 0, count: Swift.max(values.count * size, 1))
        for (index, value) in values.enumerated() {
            for (offset, byte) in value.utf8.enumerated() { bytes[index * size + offset] = byte }
        }
        guard values.isEmpty || H5Awrite(attribute, type, bytes) >= 0 else { throw corrupt("cannot write attribute '\(name)'") }
    }

    /// Writes one string as a scalar attribute (Keras' `backend`, `keras_version`).
    func setString(_ value: String, for name: String) throws {
        let space = H5Screate(H5S_SCALAR)
        defer { H5Sclose(space) }
        let type = H5Tcopy(chdf5_c_string())
        defer { H5Tclose(type) }
        H5Tset_size(type, Swift.max(value.utf8.count, 1))
        let attribute = H5Acreate2(id, name, type, space, hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT))
        guard attribute >= 0 else { throw corrupt("cannot write attribute '\(name)'") }
        defer { H5Aclose(attribute) }
        var bytes = Array(value.utf8)
        if bytes.isEmpty { bytes = [0] }
        guard H5Awrite(attribute, type, bytes) >= 0 else { throw corrupt("cannot write attribute '\(name)'") }
    }

    /// The float32 dataset at `path` (here or below), converted by HDF5 from its stored type.
    func tensor(_ path: String) throws -> Tensor {
        let dataset = H5Dopen2(id, path, hid_t(H5P_DEFAULT))
        guard dataset >= 0 else { throw corrupt("it has no dataset '\(path)'") }
        defer { H5Dclose(dataset) }
        let space = H5Dget_space(dataset)
        defer { H5Sclose(space) }
        let rank = Int(H5Sget_simple_extent_ndims(space))
        var dims = [hsize_t](repeating: 0, count: Swift.max(rank, 1))
        H5Sget_simple_extent_dims(space, &dims, nil)
        let shape = dims.prefix(rank).map { Int($0) }
        var values = [Float](repeating: 0, count: shape.reduce(1, *))
        guard H5Dread(dataset, chdf5_native_float(), hid_t(H5S_ALL), hid_t(H5S_ALL), hid_t(H5P_DEFAULT), &values) >= 0 else {
            throw corrupt("cannot read dataset '\(path)' as float32")
        }
        return try Tensor(values, shape: shape)
    }

    /// Writes `tensor` as a float32 dataset `path`, making the groups along it.
    func setTensor(_ tensor: Tensor, at path: String) throws {
        let parts = path.split(separator: "/").map(String.init)
        let parent = parts.count > 1 ? try makeGroup(parts.dropLast().joined(separator: "/")) : self
        var dims = tensor.shape.map { hsize_t($0) }
        let space = tensor.rank == 0 ? H5Screate(H5S_SCALAR) : H5Screate_simple(Int32(tensor.rank), &dims, nil)
        defer { H5Sclose(space) }
        let dataset = H5Dcreate2(parent.id, parts.last ?? path, chdf5_ieee_f32le(), space, hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT), hid_t(H5P_DEFAULT))
        guard dataset >= 0 else { throw corrupt("cannot create dataset '\(path)'") }
        defer { H5Dclose(dataset) }
        let values = try RowGather.contiguousFloat(tensor).asArray(Float.self)
        guard H5Dwrite(dataset, chdf5_native_float(), hid_t(H5S_ALL), hid_t(H5S_ALL), hid_t(H5P_DEFAULT), values) >= 0 else {
            throw corrupt("cannot write dataset '\(path)'")
        }
    }

    private func corrupt(_ detail: String) -> NeuralNetError {
        .invalidArgument("\(file.path) is not a Keras weights file this Keras can read (\(detail)). Save it with model.save_weights('file.h5') in TF-Keras 2 or here.")
    }
}
