/* A stand-in for a vendor's sdtapi library, built by the tests (never shipped).
 * The card on the "reader" is the file named by SDT_TEST_CARD (256 bytes of text and
 * 1024 of photo); no file = no card. SDT_TEST_UNPLUGGED set = the USB cable is out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int opened = 0;
static int active = 0;

static int unplugged(void) { return getenv("SDT_TEST_UNPLUGGED") != NULL; }

static int load(unsigned char *text, unsigned char *photo) {
    unsigned char t[256], p[1024];
    const char *path = getenv("SDT_TEST_CARD");
    FILE *f = path ? fopen(path, "rb") : NULL;
    size_t n, m;
    if (!f) return 0;
    n = fread(t, 1, sizeof t, f);
    m = fread(p, 1, sizeof p, f);
    fclose(f);
    if (n != sizeof t || m != sizeof p) return 0;
    if (text) memcpy(text, t, sizeof t);
    if (photo) memcpy(photo, p, sizeof p);
    return 1;
}

int SDT_OpenPort(int port) {
    if (unplugged() || port != 1001) return 0x01;
    opened = 1;
    active = 0;
    return 0x90;
}

int SDT_ClosePort(int port) {
    (void)port;
    opened = 0;
    return 0x90;
}

int SDT_GetSAMStatus(int port, int if_open) {
    (void)port; (void)if_open;
    if (!opened || unplugged()) return 0x01;
    return 0x90;
}

int SDT_StartFindIDCard(int port, unsigned char *mana, int if_open) {
    (void)port; (void)if_open;
    if (!opened || unplugged()) return 0x02;
    if (!load(NULL, NULL)) { active = 0; return 0x80; }
    if (active) return 0x80;
    active = 1;
    memset(mana, 0, 4);
    return 0x9F;
}

int SDT_SelectIDCard(int port, unsigned char *mana, int if_open) {
    (void)port; (void)if_open;
    if (!opened || unplugged()) return 0x02;
    if (!load(NULL, NULL)) return 0x81;
    active = 1;
    memset(mana, 0, 8);
    return 0x90;
}

int SDT_ReadBaseMsg(int port, unsigned char *text, unsigned int *text_len, unsigned char *photo,
                    unsigned int *photo_len, int if_open) {
    (void)port; (void)if_open;
    if (!opened || unplugged()) return 0x02;
    if (!active || !load(text, photo)) return 0x41;
    *text_len = 256;
    *photo_len = 1024;
    return 0x90;
}
