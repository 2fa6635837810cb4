/* #else, #elif and #endif in the wrong places. */
#endif
#else
#elif 1
#if 1
#else
#else
#elif 2
#endif
int main(void) { return 0; }
