/* Force-included (gcc -include) into every C file built for the glibc 2.28 target.
 *
 * glibc 2.29 gave exp, exp2, log, log2 and pow new default symbol versions (the old
 * ones set errno through the SVID error path); code compiled against glibc 2.29 or
 * newer binds the new versions, which glibc 2.28 does not have, and the program then
 * fails to start on UOS 20 with "version `GLIBC_2.29' not found".  When the build
 * root is newer than 2.28 (Debian 10 is no longer served by Debian's mirrors; see
 * docs/install.md), these directives bind the versions every glibc has.  They change
 * nothing on a glibc 2.28 root.  packaging/glibc_floor.py proves the result.
 */
#ifndef COUNTERDESK_GLIBC_228_COMPAT_H
#define COUNTERDESK_GLIBC_228_COMPAT_H
#if defined(__gnu_linux__) /* not __GLIBC__: <features.h> must not be included before the file's own feature macros */
#if defined(__x86_64__)
#define CD_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define CD_GLIBC_BASE "GLIBC_2.17"
#endif
#ifdef CD_GLIBC_BASE
__asm__(".symver exp,exp@" CD_GLIBC_BASE);
__asm__(".symver exp2,exp2@" CD_GLIBC_BASE);
__asm__(".symver log,log@" CD_GLIBC_BASE);
__asm__(".symver log2,log2@" CD_GLIBC_BASE);
__asm__(".symver pow,pow@" CD_GLIBC_BASE);
#endif
#endif
#endif
