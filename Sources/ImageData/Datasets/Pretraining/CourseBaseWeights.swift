import Foundation

/// Where the shipped course-base weights live: `datasets/course_base_weights_notop.h5`, found
/// beside the other data sets (`DEEPLINGS_DATASETS`, else `datasets/` in the working folder or
/// next to the executable's package).
public enum CourseBaseWeights {
    /// The shipped file's name (Keras' naming of top-less weights files).
    public static let fileName = "course_base_weights_notop.h5"

    /// SHA-256 of the shipped file, as committed (a test compares them).
    public static let sha256 = "e852f9924eb5203896962bc9c8809897cbfe4cbfffd945c06a614df2f83a8de5"

    /// The first existing copy among `folders` (each a data-set root), or nil.
    public static func locate(in folders: [String]) -> String? {
        folders.map { ($0 as NSString).appendingPathComponent(fileName) }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// The data-set roots searched for the shipped file, in order: `DEEPLINGS_DATASETS`,
    /// `datasets/` in the working folder, and the source checkout's `datasets/`.
    public static var searchFolders: [String] {
        var folders: [String] = []
        if let root = ProcessInfo.processInfo.environment["DEEPLINGS_DATASETS"], !root.isEmpty { folders.append(root) }
        folders.append("datasets")
        // This file is Sources/ImageData/Datasets/Pretraining/CourseBaseWeights.swift in the checkout.
        var checkout = URL(fileURLWithPath: #filePath)
        for _ in 0..<5 { checkout.deleteLastPathComponent() }
        folders.append(checkout.appendingPathComponent("datasets").path)
        return folders
    }

    /// The shipped file's path, or an error saying how to make it.
    public static func shippedPath() throws -> String {
        guard let path = locate(in: searchFolders) else {
            throw ImageDataError.invalidArgument(
                "The course base's weights file \(fileName) was not found in \(searchFolders.joined(separator: ", ")). Run `deeplings pretrain` to make it, or set DEEPLINGS_DATASETS to the folder that holds it."
            )
        }
        return path
    }
}
