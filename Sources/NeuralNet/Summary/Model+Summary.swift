extension Model {
    /// Keras 3's `model.summary()` text: the layer table (with "Connected to" for a graph that is
    /// not a chain, and a "Trainable" column with `showTrainable`), then total, trainable,
    /// non-trainable (and, once trained, optimizer) parameter counts.
    ///
    ///     print(model.summary(), terminator: "")
    ///     // Model: "sequential" … Total params: 243,786 (952.29 KB) …
    public func summary(lineLength: Int? = nil, showTrainable: Bool = false) -> String {
        var rows: [(layer: String, shape: String, params: String)] = []
        for (index, layer) in layers.enumerated() {
            let shape = index < layerOutputShapes.count && layer.isBuilt ? ShapeText.batch(layerOutputShapes[index], batch: nil) : "?"
            let params = layer.isBuilt ? SummaryTable.grouped(layer.parameterCount) : "0 (unbuilt)"
            rows.append(("\(layer.name) (\(layer.typeName))", shape, params))
        }
        let trainable = trainableWeights.reduce(0) { $0 + $1.count }
        let nonTrainable = nonTrainableWeights.reduce(0) { $0 + $1.count }
        var optimizerCount: Int?
        if let optimizer = compiled?.optimizer, optimizer.isBuilt {
            optimizerCount = optimizer.variableCount(for: trainableWeights)
        }
        let connections = graph.flatMap { $0.isChain ? nil : layers.map($0.connections(of:)) }
        let marks = showTrainable ? layers.map { $0.weights.isEmpty ? "-" : ($0.isTrainable ? "Y" : "N") } : nil
        let table = SummaryTable(
            modelName: name, rows: rows, trainable: trainable, nonTrainable: nonTrainable,
            optimizer: optimizerCount, connections: connections, trainableMarks: marks)
        return table.render(lineLength: lineLength ?? SummaryTable.defaultLineLength(connected: connections != nil, showTrainable: showTrainable))
    }
}
