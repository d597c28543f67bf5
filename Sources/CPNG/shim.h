#include <png.h>

/// PNG_IMAGE_SIZE is a macro Swift cannot import.
static inline size_t cpng_image_size(const png_image *img) { return PNG_IMAGE_SIZE(*img); }
