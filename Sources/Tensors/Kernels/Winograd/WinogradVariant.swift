/// The two minimal filtering algorithms on a 6×6 input tile, both with interpolation points
/// 0, ±1, ±2 and ∞ and so one input transform `Bᵀ d B`: they differ in the filter transform `G`,
/// the output transform `Aᵀ` and the output block each tile yields.
enum WinogradVariant: Sendable {
    /// F(4×4, 3×3): a 4×4 output block per tile, 36 products for 144 multiply-adds.
    case fourByFourOfThreeByThree
    /// F(2×2, 5×5): a 2×2 output block per tile, 36 products for 100 multiply-adds.
    case twoByTwoOfFiveByFive

    /// The variant for a square kernel of side `kernel`, nil for other sides.
    init?(kernel: Int) {
        switch kernel {
        case 3: self = .fourByFourOfThreeByThree
        case 5: self = .twoByTwoOfFiveByFive
        default: return nil
        }
    }

    /// Side of the kernel.
    var kernel: Int { self == .fourByFourOfThreeByThree ? 3 : 5 }

    /// Side of the output block of one tile: the 6×6 window less the kernel's overlap.
    var block: Int { Winograd.window &- kernel &+ 1 }
}
