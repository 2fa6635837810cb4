/* assert.h: assert(e), which reports file, line, function and expression on stderr, then aborts; off under NDEBUG. */
/* No include guard: each inclusion redefines assert for the current NDEBUG, as C requires. */

#ifndef __TESSERA_NORETURN
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define __TESSERA_NORETURN _Noreturn
#else
#define __TESSERA_NORETURN
#endif
#endif

#ifndef __TESSERA_ASSERT_FAIL_DECLARED
#define __TESSERA_ASSERT_FAIL_DECLARED
__TESSERA_NORETURN void __tessera_assert_fail(const char *expression, const char *file, int line,
                                              const char *function);
#endif

/* C11's spelling, also before C11: gcc's default dialect has it, and _Static_assert is always there. */
#ifndef static_assert
#define static_assert _Static_assert
#endif

#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __tessera_assert_fail(#e, __FILE__, __LINE__, __func__))
#endif
