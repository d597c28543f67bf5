import Plotting
import ArgumentParser
import Foundation
import ImageData
import PythonModules

/// `deeplings datasets build|show`: renders the course's procedural image data sets.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "Build or look at the course's image data sets.",
        subcommands: [Build.self, Show.self])

    /// Renders data sets into the data-set folder.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Render data sets (all of them when none is named).")

        @Argument(help: "Data sets to build: \(DatasetCatalog.names.joined(separator: ", ")).")
        var names: [String] = []

        @Option(help: "Folder to build into.")
        var root: String = "datasets"

        @Flag(help: "Build again even if the data set is already there.")
        var force = false

        func validate() throws {
            for name in names where !DatasetCatalog.names.contains(name) {
                throw ValidationError("unknown data set '\(name)'; choose from: \(DatasetCatalog.names.joined(separator: ", "))")
            }
        }

        func run() throws {
            installInterruptHandler()
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            for name in names.isEmpty ? DatasetCatalog.names : names {
                if !force && DatasetCatalog.isBuilt(name: name, in: root) {
                    print("\(name): already built in \(root)/\(name) (use --force to build again)")
                    continue
                }
                var bar = BuildProgress(label: name)
                let start = Date()
                let path: String
                do {
                    path = try DatasetCatalog.build(name: name, into: root) {
                        try BuildInterrupted.check(name); bar.update(done: $0, total: $1)
                    }
                } catch let stopped as BuildInterrupted {
                    throw stopped.reported()
                }
                print("\(name): built in \(path) in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
            }
        }
    }

    /// Draws a grid of samples in the terminal.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Draw a grid of samples, one row per class.")

        @Argument(help: "The data set: \(DatasetCatalog.names.joined(separator: ", ")).")
        var name: String

        @Option(help: "The split to show (train, validation or test).")
        var split: String?

        @Option(help: "Folder the data sets live in.")
        var root: String = "datasets"

        @Option(help: "Terminal columns to fill.")
        var columns: Int = 80

        func run() throws {
            _ = try DatasetCatalog.spec(named: name)
            if !DatasetCatalog.isBuilt(name: name, in: root) {
                try buildDatasets(named: "datasets/\(name)", root: root, purpose: "the grid", exitCode: 1)
            }
            let grid = try DatasetCatalog.sampleGrid(name: name, in: root, split: split)
            // The plotting renderer, so NO_COLOR, 256-colour terminals and pipes are honoured.
            let plot = Pyplot()
            try plot.imshow(values: grid.pixels.map(Float.init), shape: [grid.height, grid.width, grid.channels], isInteger: true)
            try plot.axis("off")
            var options = TerminalOptions.current(environment: ProcessInfo.processInfo.environment)
            options.width = columns
            print(plot.show(options: options), terminator: "")
        }
    }
}
