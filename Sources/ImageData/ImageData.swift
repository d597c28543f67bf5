/// The `ImageData` module of Deeplings; see DESIGN.md for what it owns.
public enum ImageDataModule {
    /// The module's name, for diagnostics.
    public static let name = "ImageData"
}
