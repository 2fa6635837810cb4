/* stdlib.h: conversions, the heap, random numbers, sorting, and program termination. */
#ifndef __TESSERA_STDLIB_H
#define __TESSERA_STDLIB_H

#ifndef __TESSERA_SIZE_T
#define __TESSERA_SIZE_T
typedef unsigned long size_t;
#endif

#ifndef __TESSERA_WCHAR_T
#define __TESSERA_WCHAR_T
typedef int wchar_t;
#endif

#ifndef NULL
#define NULL ((void *)0)
#endif

#ifndef __TESSERA_NORETURN
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L
#define __TESSERA_NORETURN _Noreturn
#else
#define __TESSERA_NORETURN
#endif
#endif

typedef struct {
  int quot;
  int rem;
} div_t;

typedef struct {
  long quot;
  long rem;
} ldiv_t;

typedef struct {
  long long quot;
  long long rem;
} lldiv_t;

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647
#define MB_CUR_MAX 1

double atof(const char *string);
int atoi(const char *string);
long atol(const char *string);
long long atoll(const char *string);
double strtod(const char *string, char **end);
float strtof(const char *string, char **end);
long double strtold(const char *string, char **end);
long strtol(const char *string, char **end, int base);
long long strtoll(const char *string, char **end, int base);
unsigned long strtoul(const char *string, char **end, int base);
unsigned long long strtoull(const char *string, char **end, int base);

int rand(void);
void srand(unsigned int seed);

void *malloc(size_t size);
void *calloc(size_t count, size_t size);
void *realloc(void *pointer, size_t size);
void free(void *pointer);

__TESSERA_NORETURN void abort(void);
int atexit(void (*handler)(void));
__TESSERA_NORETURN void exit(int status);
__TESSERA_NORETURN void _Exit(int status);
char *getenv(const char *name);
int system(const char *command);

void *bsearch(const void *key, const void *base, size_t count, size_t size,
              int (*compare)(const void *, const void *));
void qsort(void *base, size_t count, size_t size, int (*compare)(const void *, const void *));

int abs(int value);
long labs(long value);
long long llabs(long long value);
div_t div(int numerator, int denominator);
ldiv_t ldiv(long numerator, long denominator);
lldiv_t lldiv(long long numerator, long long denominator);

int mblen(const char *string, size_t size);
int mbtowc(wchar_t *wide, const char *string, size_t size);
int wctomb(char *string, wchar_t wide);
size_t mbstowcs(wchar_t *wide, const char *string, size_t count);
size_t wcstombs(char *string, const wchar_t *wide, size_t count);

#endif
