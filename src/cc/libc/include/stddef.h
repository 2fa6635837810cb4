/* stddef.h: the basic types and macros of the LP64 data model (docs/ABI.md). */
#ifndef __TESSERA_STDDEF_H
#define __TESSERA_STDDEF_H

#ifndef __TESSERA_SIZE_T
#define __TESSERA_SIZE_T
typedef unsigned long size_t;
#endif

#ifndef __TESSERA_WCHAR_T
#define __TESSERA_WCHAR_T
typedef int wchar_t;
#endif

typedef long ptrdiff_t;

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
typedef struct {
  long __align_long;
  double __align_double;
} max_align_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#define offsetof(type, member) __builtin_offsetof(type, member)

#endif
