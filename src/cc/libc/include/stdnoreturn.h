/* stdnoreturn.h: the C11 noreturn spelling; empty before C11, where _Noreturn does not exist. */
#ifndef __TESSERA_STDNORETURN_H
#define __TESSERA_STDNORETURN_H

#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define noreturn _Noreturn
#else
#define noreturn
#endif

#endif
