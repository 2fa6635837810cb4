/* #if expressions that cannot be evaluated: each is reported at the offending token. */
#if 1 +
#endif
#if (2
#endif
#if 1 / 0
#endif
#if 1.5
#endif
#if defined
#endif
#if
#endif
#if "text"
#endif
#if 9223372036854775807 + 1
#endif
int main(void) { return 0; }
