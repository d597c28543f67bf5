import Foundation
import Testing

/// The package root, two folders above this file's folder.
private let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// Modules of the toolchain and the system, which no target declares.
private let platformModules: Set<String> = [
    "Foundation", "FoundationEssentials", "FoundationXML", "FoundationNetworking", "Glibc", "Musl", "Darwin", "Dispatch", "Synchronization",
    "Testing", "XCTest", "PackageDescription", "_Concurrency", "Observation", "RegexBuilder",
]

/// Each target of Package.swift and the modules it declares, read from the manifest's text:
/// `.target(name: "X", dependencies: ["A", .product(name: "B", package: "…")])`.
private func declaredDependencies() throws -> [String: Set<String>] {
    let manifest = try String(contentsOf: packageRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
    var result: [String: Set<String>] = [:]
    let target = try Regex(#"\.(?:target|executableTarget|testTarget|systemLibrary)\(name:\s*"([A-Za-z0-9_]+)""#)
    for match in manifest.matches(of: target) {
        guard let name = match.output[1].substring.map(String.init) else { continue }
        // The dependency list runs from `dependencies: [` to its closing bracket.
        var declared: Set<String> = []
        let rest = manifest[match.range.upperBound...]
        if let open = rest.range(of: "dependencies: ["), rest[..<open.lowerBound].contains("(name:") == false {
            var depth = 0
            var end = open.upperBound
            for index in rest[open.upperBound...].indices {
                let c = rest[index]
                if c == "[" || c == "(" { depth += 1 }
                if c == "]" || c == ")" { if depth == 0 { end = index; break }; depth -= 1 }
            }
            let list = String(rest[open.upperBound..<end])
            for item in list.matches(of: try Regex(#"(?:\.product\(name:\s*)?"([A-Za-z0-9_.-]+)""#)) {
                if let dependency = item.output[1].substring { declared.insert(String(dependency)) }
            }
        }
        result[name] = declared
    }
    return result
}

@Test func everyImportIsDeclaredInPackageSwift() throws {
    let targets = try declaredDependencies()
    #expect(targets["Course"] != nil && targets["deeplings"] != nil, "the manifest reader found the targets")
    var problems: [String] = []
    let importLine = try Regex(#"^(?:@[A-Za-z_]+(?:\([^)]*\))?\s+)*import\s+(?:(?:struct|class|enum|func|protocol|var|let)\s+)?([A-Za-z0-9_]+)"#)
    for (folder, kind) in [("Sources", "target"), ("Tests", "test target")] {
        let base = packageRoot.appendingPathComponent(folder)
        for name in try FileManager.default.contentsOfDirectory(atPath: base.path).sorted() {
            guard let declared = targets[name] else { continue }
            let enumerator = FileManager.default.enumerator(atPath: base.appendingPathComponent(name).path)
            while let file = enumerator?.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                let path = base.appendingPathComponent(name).appendingPathComponent(file)
                let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
                for (number, line) in lines.enumerated() {
                    guard let match = line.firstMatch(of: importLine), let module = match.output[1].substring.map(String.init) else { continue }
                    if module == name || platformModules.contains(module) || declared.contains(module) { continue }
                    problems.append(
                        "\(folder)/\(name)/\(file):\(number + 1): imports \(module), which the \(kind) \(name) does not declare; add \"\(module)\" to its dependencies in Package.swift"
                    )
                }
            }
        }
    }
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
}
