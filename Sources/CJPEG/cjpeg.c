#include "cjpeg.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>
#include <jerror.h>

typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf escape;
    int premature_end;
} error_manager;

static void on_error(j_common_ptr info) {
    error_manager *manager = (error_manager *)info->err;
    longjmp(manager->escape, 1);
}

/* libjpeg only warns about a truncated stream and pads it with grey; we treat that as an error. */
static void on_message(j_common_ptr info, int level) {
    error_manager *manager = (error_manager *)info->err;
    if (level < 0 && info->err->msg_code == JWRN_JPEG_EOF) manager->premature_end = 1;
}

static void copy_message(j_common_ptr info, char *error, size_t error_size) {
    char buffer[JMSG_LENGTH_MAX];
    info->err->format_message(info, buffer);
    snprintf(error, error_size, "%s", buffer);
}

int cjpeg_decode(const unsigned char *data, size_t size, cjpeg_image *out, char *error, size_t error_size) {
    struct jpeg_decompress_struct info;
    error_manager manager;
    unsigned char *volatile pixels = NULL;
    memset(out, 0, sizeof(*out));
    info.err = jpeg_std_error(&manager.base);
    manager.base.error_exit = on_error;
    manager.base.emit_message = on_message;
    manager.premature_end = 0;
    if (setjmp(manager.escape)) {
        copy_message((j_common_ptr)&info, error, error_size);
        jpeg_destroy_decompress(&info);
        free(pixels);
        return 1;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, data, (unsigned long)size);
    jpeg_read_header(&info, TRUE);
    info.out_color_space = info.num_components == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_start_decompress(&info);
    size_t stride = (size_t)info.output_width * (size_t)info.output_components;
    pixels = malloc(stride * info.output_height);
    if (pixels == NULL) {
        snprintf(error, error_size, "out of memory for a %ux%u image", info.output_width, info.output_height);
        jpeg_destroy_decompress(&info);
        return 1;
    }
    while (info.output_scanline < info.output_height) {
        JSAMPROW row = pixels + stride * info.output_scanline;
        jpeg_read_scanlines(&info, &row, 1);
        if (manager.premature_end) break;
    }
    if (manager.premature_end) {
        snprintf(error, error_size, "Premature end of JPEG file (truncated image data)");
        jpeg_destroy_decompress(&info);
        free(pixels);
        return 1;
    }
    jpeg_finish_decompress(&info);
    out->pixels = pixels;
    out->width = (int)info.output_width;
    out->height = (int)info.output_height;
    out->channels = info.output_components;
    jpeg_destroy_decompress(&info);
    return 0;
}

int cjpeg_encode(const unsigned char *pixels, int width, int height, int channels, int quality,
                 unsigned char **out_data, size_t *out_size, char *error, size_t error_size) {
    struct jpeg_compress_struct info;
    error_manager manager;
    unsigned char *buffer = NULL;
    unsigned long buffer_size = 0;
    *out_data = NULL;
    *out_size = 0;
    if (channels != 1 && channels != 3) {
        snprintf(error, error_size, "JPEG stores 1 or 3 channels, received %d", channels);
        return 1;
    }
    info.err = jpeg_std_error(&manager.base);
    manager.base.error_exit = on_error;
    manager.base.emit_message = on_message;
    manager.premature_end = 0;
    if (setjmp(manager.escape)) {
        copy_message((j_common_ptr)&info, error, error_size);
        jpeg_destroy_compress(&info);
        free(buffer);
        return 1;
    }
    jpeg_create_compress(&info);
    jpeg_mem_dest(&info, &buffer, &buffer_size);
    info.image_width = (JDIMENSION)width;
    info.image_height = (JDIMENSION)height;
    info.input_components = channels;
    info.in_color_space = channels == 1 ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&info);
    jpeg_set_quality(&info, quality, TRUE);
    jpeg_start_compress(&info, TRUE);
    size_t stride = (size_t)width * (size_t)channels;
    while (info.next_scanline < info.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + stride * info.next_scanline);
        jpeg_write_scanlines(&info, &row, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    *out_data = buffer;
    *out_size = buffer_size;
    return 0;
}

void cjpeg_free(void *pointer) { free(pointer); }
