/* stdarg.h: variadic argument access, on the compiler's builtins (va_list points at the next stack slot). */
#ifndef __TESSERA_STDARG_H
#define __TESSERA_STDARG_H

typedef __builtin_va_list va_list;

#define va_start(ap, last) __builtin_va_start(ap, last)
#define va_arg(ap, type) __builtin_va_arg(ap, type)
#define va_end(ap) __builtin_va_end(ap)
#define va_copy(destination, source) __builtin_va_copy(destination, source)

#endif
