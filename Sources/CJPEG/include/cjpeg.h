#ifndef CJPEG_H
#define CJPEG_H

#include <stddef.h>

/// A decoded JPEG: `channels` is 1 (grayscale) or 3 (RGB); `pixels` is row-major and owned by
/// the caller, who releases it with `cjpeg_free`.
typedef struct {
    unsigned char *pixels;
    int width;
    int height;
    int channels;
} cjpeg_image;

/// Decodes `size` bytes of JPEG data. Returns 0 on success; otherwise 1 and a message in `error`.
/// A corrupt or truncated stream is an error, never a call to exit().
int cjpeg_decode(const unsigned char *data, size_t size, cjpeg_image *out, char *error, size_t error_size);

/// Encodes `channels` (1 or 3) interleaved 8-bit samples at `quality` (1...100) into a buffer the
/// caller releases with `cjpeg_free`. Returns 0 on success; otherwise 1 and a message in `error`.
int cjpeg_encode(const unsigned char *pixels, int width, int height, int channels, int quality,
                 unsigned char **out_data, size_t *out_size, char *error, size_t error_size);

/// Releases memory returned by `cjpeg_decode` or `cjpeg_encode`.
void cjpeg_free(void *pointer);

#endif
