/// Chunk sizes that keep one core's im2col rows and the matching output rows in its L2 cache,
/// so that sgemm's scaling pass and read-modify-write of the output stay in cache.
package enum ConvChunking {
    /// Target bytes of one chunk's patch rows plus output rows.
    package static let chunkBytes = 384 << 10

    /// Fewest patch rows per chunk: sgemm packs the whole filter on every call, so a chunk needs
    /// enough rows to amortise that when patches are long (thousands of input channels).
    package static let minimumRows = 128

    /// Patch rows per chunk for `g`.
    package static func rows(_ g: Conv2DGeometry) -> Int {
        max(minimumRows, chunkBytes / ((g.patchSize &+ g.outputChannels) &* MemoryLayout<Float>.stride))
    }
}
