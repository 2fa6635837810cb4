/* setjmp.h: non-local jumps; setjmp and longjmp are in sys.s. */
#ifndef __TESSERA_SETJMP_H
#define __TESSERA_SETJMP_H

#ifndef __TESSERA_NORETURN
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define __TESSERA_NORETURN _Noreturn
#else
#define __TESSERA_NORETURN
#endif
#endif

#ifdef __TESSERA_LIBC_NATIVE
/* The native test harness (test/cc/libc-native) links glibc's setjmp in place of ours; it needs 200 bytes. */
typedef long jmp_buf[25];
#else
/* r6-r13, the caller's rsp, the return address. */
typedef long jmp_buf[10];
#endif

int setjmp(jmp_buf environment);
__TESSERA_NORETURN void longjmp(jmp_buf environment, int value);

#endif
