/* A stand-in for a vendor's WLT photo decoder (libwlt.so unpack), built by the tests:
 * it writes a 102x126 24-bit BMP whose pixels repeat the input bytes, so a test can
 * tell that the photo shown came from the card read. */
#include <string.h>

static void put32(unsigned char *p, unsigned int v) {
    p[0] = v & 0xFF; p[1] = (v >> 8) & 0xFF; p[2] = (v >> 16) & 0xFF; p[3] = (v >> 24) & 0xFF;
}

int unpack(char *src, char *dst, int save) {
    unsigned char *out = (unsigned char *)dst;
    const int width = 102, height = 126, row = 308;
    int x, y;
    (void)save;
    memset(out, 0, 54);
    out[0] = 'B'; out[1] = 'M';
    put32(out + 2, 54 + row * height);
    put32(out + 10, 54);
    put32(out + 14, 40);
    put32(out + 18, width);
    put32(out + 22, height);
    out[26] = 1; out[28] = 24;
    put32(out + 34, row * height);
    for (y = 0; y < height; y++) {
        unsigned char *line = out + 54 + y * row;
        memset(line, 0, row);
        for (x = 0; x < width * 3; x++) line[x] = (unsigned char)src[(y * width * 3 + x) % 1024];
    }
    return 1;
}
