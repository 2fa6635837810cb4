/* misc.c: the rest of stdlib.h, setjmp.h, time.h and the constants of the headers, against glibc: rand */
/* sequences, div, abs, getenv and system, multibyte stubs, setjmp and longjmp, calendar conversions and */
/* strftime, the limits, float.h, stdint.h and inttypes.h macros, offsetof and bool; atexit order at exit. */
#include <errno.h>
#include <float.h>
#include <inttypes.h>
#include <limits.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static jmp_buf environment;
static int depth;

static void dive(int level) {
  if (level == 0) longjmp(environment, depth);
  else dive(level - 1);
}

static void first_handler(void) { printf("atexit: registered first, runs last\n"); }
static void second_handler(void) { printf("atexit: registered second, runs first\n"); }

static int sum(int count, ...) {
  va_list arguments, copy;
  int total = 0, i;
  va_start(arguments, count);
  va_copy(copy, arguments);
  for (i = 0; i < count; i++) total += va_arg(arguments, int);
  for (i = 0; i < count; i++) total += va_arg(copy, int);
  va_end(copy);
  va_end(arguments);
  return total;
}

struct layout {
  char c;
  double d;
  short s;
  int i[3];
  long l;
};

static void calendar(void) {
  static const long stamps[] = {0, 1, 59, 86399, 86400, 951782400, 951868800, 1234567890, 2147483647, 2147483648L,
                                -1, -86400, -2208988800L, 4102444800L, 253402300799L, 1700000000};
  size_t i;
  char text[256];
  for (i = 0; i < sizeof stamps / sizeof stamps[0]; i++) {
    time_t t = (time_t)stamps[i];
    struct tm *tm = gmtime(&t);
    struct tm copy = *tm;
    printf("%ld: %d-%02d-%02d %02d:%02d:%02d wday %d yday %d dst %d", stamps[i], tm->tm_year + 1900, tm->tm_mon + 1,
           tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_wday, tm->tm_yday, tm->tm_isdst);
    printf(" mktime %ld", (long)mktime(&copy));
    strftime(text, sizeof text, "%a %A %b %B %d %e %H %I %j %m %M %p %S %u %w %y %Y %C %D %F %T %R %r %U %W %V %g %G %%", tm);
    printf(" | %s", text);
    strftime(text, sizeof text, "%c|%x|%X", tm);
    printf(" | %s | %s", text, asctime(tm));
  }
  {
    /* mktime normalises out-of-range fields. */
    struct tm tm;
    time_t t;
    memset(&tm, 0, sizeof tm);
    tm.tm_year = 100;
    tm.tm_mon = 13;
    tm.tm_mday = 32;
    tm.tm_hour = 25;
    tm.tm_min = 61;
    tm.tm_sec = 61;
    /* mktime before the printf: the order arguments are evaluated in is unspecified. */
    t = mktime(&tm);
    printf("normalised: %ld %d-%d-%d %d:%d:%d wday %d yday %d\n", (long)t, tm.tm_year, tm.tm_mon, tm.tm_mday,
           tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, tm.tm_yday);
    tm.tm_mon = -1;
    tm.tm_mday = 0;
    t = mktime(&tm);
    printf("normalised: %ld %d-%d-%d\n", (long)t, tm.tm_year, tm.tm_mon, tm.tm_mday);
    printf("strftime too small: %zu\n", strftime(text, 5, "%Y-%m-%d", &tm));
  }
  printf("difftime %.1f\n", difftime(100, 40));
}

int main(void) {
  int i;
  volatile int counter = 0;
  atexit(first_handler);
  atexit(second_handler);

  for (i = 0; i < 10; i++) printf("%d ", rand());
  printf("\n");
  srand(1);
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(0);
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(42);
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(4294967295u);
  for (i = 0; i < 5; i++) printf("%d ", rand());
  srand(12345);
  {
    long total = 0;
    for (i = 0; i < 1000000; i++) total += rand() % 1000;
    printf("sum %ld last %d\n", total, rand());
  }
  printf("RAND_MAX %d\n", RAND_MAX);

  {
    div_t d = div(-7, 2);
    ldiv_t l = ldiv(LONG_MAX, -10);
    lldiv_t ll = lldiv(-123456789012345LL, 1000);
    imaxdiv_t m = imaxdiv(INTMAX_MIN + 1, 7);
    printf("div %d %d ldiv %ld %ld lldiv %lld %lld imaxdiv %jd %jd\n", d.quot, d.rem, l.quot, l.rem, ll.quot, ll.rem,
           m.quot, m.rem);
    printf("abs %d %ld %lld %jd\n", abs(-5), labs(-LONG_MAX), llabs(-3LL), imaxabs(-9));
  }
  /* Our getenv knows no variables and system runs nothing; these agree with glibc whatever the environment. */
  printf("getenv %s\n", getenv("TESSERA_LIBC_TEST_UNSET") == NULL ? "NULL" : "set");

  {
    wchar_t wide[8];
    char narrow[8];
    int converted = mbtowc(wide, "z", 1);
    size_t widened, narrowed;
    printf("mb %d %d %d %d", mblen("a", 1), mblen("", 1), converted, (int)wide[0]);
    converted = wctomb(narrow, L'q');
    printf(" %d %d", converted, narrow[0]);
    widened = mbstowcs(wide, "abc", 8);
    narrowed = wcstombs(narrow, wide, 8);
    printf(" %zu %zu [%s] MB_CUR_MAX %d\n", widened, narrowed, narrow, (int)MB_CUR_MAX);
  }

  if (setjmp(environment) == 0) {
    counter = 1;
    depth = 5;
    dive(10);
  } else {
    printf("longjmp returned, counter %d\n", counter);
  }
  depth = 0;
  if (setjmp(environment) == 0) dive(3);
  else printf("longjmp with 0 gives %d\n", 1);
  {
    jmp_buf local;
    int value = setjmp(local);
    if (value < 3) longjmp(local, value + 1);
    printf("setjmp loop ended at %d\n", value);
  }

  printf("va %d\n", sum(4, 1, 2, 3, 4));
  printf("offsetof %zu %zu %zu %zu %zu sizeof %zu\n", offsetof(struct layout, c), offsetof(struct layout, d),
         offsetof(struct layout, s), offsetof(struct layout, i), offsetof(struct layout, l), sizeof(struct layout));
  {
    bool t = true, f = false;
    printf("bool %d %d %d %zu\n", t, f, (bool)5, sizeof(bool));
  }
  printf("NULL %s\n", NULL == (void *)0 ? "is (void *)0" : "differs");
  printf("sizes %zu %zu %zu %zu %zu %zu %zu %zu\n", sizeof(size_t), sizeof(ptrdiff_t), sizeof(wchar_t), sizeof(intmax_t),
         sizeof(int_fast16_t), sizeof(int_least8_t), sizeof(uintptr_t), sizeof(clock_t));

  printf("limits %d %d %d %d %d %u %d %d %u %ld %ld %lu %lld %lld %llu %d %d\n", CHAR_BIT, SCHAR_MIN, SCHAR_MAX,
         CHAR_MIN, CHAR_MAX, UCHAR_MAX, SHRT_MIN, SHRT_MAX, UINT_MAX, LONG_MIN, LONG_MAX, ULONG_MAX, LLONG_MIN,
         LLONG_MAX, ULLONG_MAX, INT_MIN, INT_MAX);
  printf("stdint %d %d %d %ld %u %lu %ld %lu %ld %lu %lu %ld %ld\n", INT8_MIN, INT16_MAX, INT32_MIN, INT64_MIN, UINT32_MAX,
         UINT64_MAX, INTPTR_MIN, UINTPTR_MAX, INTMAX_MAX, UINTMAX_MAX, SIZE_MAX, PTRDIFF_MIN, INT_FAST16_MAX);
  printf("constants %ld %lu %ld %lu\n", INT64_C(-5), UINT64_C(7), INTMAX_C(9), UINTMAX_C(11));
  printf("inttypes %" PRId8 " %" PRIi16 " %" PRId32 " %" PRId64 " %" PRIu64 " %" PRIx64 " %" PRIX32 " %" PRIo16
         " %" PRIdMAX " %" PRIuPTR " %" PRIdFAST16 " %" PRIuLEAST64 "\n",
         (int8_t)-8, (int16_t)-16, (int32_t)-32, (int64_t)-64, (uint64_t)64, (uint64_t)255, (uint32_t)255,
         (uint16_t)8, (intmax_t)-1, (uintptr_t)4096, (int_fast16_t)-3, (uint_least64_t)77);
  {
    int8_t a8;
    int64_t a64;
    uint16_t u16;
    int r = sscanf("-5 123456789012 65535", "%" SCNd8 " %" SCNd64 " %" SCNu16, &a8, &a64, &u16);
    printf("scn %d %d %ld %u\n", r, a8, (long)a64, u16);
  }
  printf("float.h %d %d %d %d %d %d %d %d %d %d\n", FLT_RADIX, FLT_MANT_DIG, DBL_MANT_DIG, FLT_DIG, DBL_DIG,
         FLT_MIN_EXP, DBL_MIN_EXP, FLT_MAX_EXP, DBL_MAX_EXP, FLT_EVAL_METHOD);
  printf("%a %a %a %a %a %a\n", (double)FLT_MAX, (double)FLT_MIN, (double)FLT_EPSILON, DBL_MAX, DBL_MIN, DBL_EPSILON);
  printf("%d %d %d %d\n", FLT_MIN_10_EXP, FLT_MAX_10_EXP, DBL_MIN_10_EXP, DBL_MAX_10_EXP);
  printf("errno values %d %d %d %d %d %d\n", EDOM, ERANGE, EINVAL, ENOMEM, ENOENT, EILSEQ);
  calendar();
  {
    clock_t start = clock();
    time_t now = time(NULL);
    printf("clock %s, time %s\n", start >= 0 ? "non-negative" : "negative", now > 1600000000 ? "plausible" : "odd");
    printf("CLOCKS_PER_SEC %ld\n", (long)CLOCKS_PER_SEC);
  }
  printf("exit follows\n");
  exit(3);
}
