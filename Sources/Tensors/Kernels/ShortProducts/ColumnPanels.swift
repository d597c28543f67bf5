/// Copies `rows × columns` of the row-major `b` (`ldb` floats a row; `columns` a multiple of 8)
/// into panels of 16 columns, the last one 8 wide when `columns` leaves 8: each panel
/// `rows × width` and dense, one after another, so panel `column / 16` starts at
/// `panels + column · rows`. The short-product kernels read `B` through them: rows of a dense
/// layer's matrices often lie a multiple of 4 KB apart, and a panel read in place falls into
/// one L1 cache set (evicted before it is read again) and stalls stores to rows just as far apart.
func packColumnPanels(_ b: UnsafePointer<Float>, ldb: Int, rows: Int, columns: Int, into panels: UnsafeMutablePointer<Float>) {
    for r in 0..<rows {
        let source = b + r &* ldb
        var column = 0
        while column < columns {
            let width = min(16, columns &- column)
            let destination = panels + (column &* rows &+ r &* width)
            store8(load8(source + column), destination)
            if width == 16 { store8(load8(source + (column &+ 8)), destination + 8) }
            column &+= width
        }
    }
}
