/* stdlib.c: the small parts of stdlib.h: integer arithmetic, rand (glibc's generator, so that sequences */
/* match), the environment and multibyte stubs of the C locale. */
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

int abs(int value) { return value < 0 ? -value : value; }
long labs(long value) { return value < 0 ? -value : value; }
long long llabs(long long value) { return value < 0 ? -value : value; }
intmax_t imaxabs(intmax_t value) { return value < 0 ? -value : value; }

div_t div(int numerator, int denominator) {
  div_t result;
  result.quot = numerator / denominator;
  result.rem = numerator % denominator;
  return result;
}

ldiv_t ldiv(long numerator, long denominator) {
  ldiv_t result;
  result.quot = numerator / denominator;
  result.rem = numerator % denominator;
  return result;
}

lldiv_t lldiv(long long numerator, long long denominator) {
  lldiv_t result;
  result.quot = numerator / denominator;
  result.rem = numerator % denominator;
  return result;
}

imaxdiv_t imaxdiv(intmax_t numerator, intmax_t denominator) {
  imaxdiv_t result;
  result.quot = numerator / denominator;
  result.rem = numerator % denominator;
  return result;
}

/* glibc's rand is its TYPE_3 additive generator: 31 words of state, r[i] = r[i-31] + r[i-3] (mod 2^32), */
/* each result the word shifted right by one. The seed fills the state by a multiplicative generator and */
/* the first 310 results are discarded. We keep the same state and positions, so the same sequences come out. */
#define RAND_DEGREE 31
#define RAND_SEPARATION 3

static uint32_t rand_state[RAND_DEGREE];
static int rand_front = RAND_SEPARATION;
static int rand_rear = 0;
static int rand_seeded = 0;

static int next_random(void) {
  uint32_t word = rand_state[rand_front] + rand_state[rand_rear];
  rand_state[rand_front] = word;
  rand_front = rand_front + 1 == RAND_DEGREE ? 0 : rand_front + 1;
  rand_rear = rand_rear + 1 == RAND_DEGREE ? 0 : rand_rear + 1;
  return (int)(word >> 1);
}

void srand(unsigned int seed) {
  int32_t word;
  int i;
  if (seed == 0) seed = 1;
  word = (int32_t)seed;
  rand_state[0] = (uint32_t)word;
  for (i = 1; i < RAND_DEGREE; i++) {
    /* word = 16807 * word mod (2^31 - 1), by Schrage's method so that nothing overflows. */
    int32_t high = word / 127773;
    int32_t low = word % 127773;
    word = 16807 * low - 2836 * high;
    if (word < 0) word += 2147483647;
    rand_state[i] = (uint32_t)word;
  }
  rand_front = RAND_SEPARATION;
  rand_rear = 0;
  rand_seeded = 1;
  for (i = 0; i < 10 * RAND_DEGREE; i++) next_random();
}

int rand(void) {
  if (!rand_seeded) srand(1);
  return next_random();
}

char *getenv(const char *name) {
  (void)name;
  return NULL;
}

int system(const char *command) {
  /* system(NULL) asks whether there is a command processor: there is none. */
  if (command == NULL) return 0;
  return -1;
}

int mblen(const char *string, size_t size) {
  if (string == NULL) return 0;
  if (size == 0) return -1;
  return *string != '\0';
}

int mbtowc(wchar_t *wide, const char *string, size_t size) {
  if (string == NULL) return 0;
  if (size == 0) return -1;
  if (wide != NULL) *wide = (unsigned char)*string;
  return *string != '\0';
}

int wctomb(char *string, wchar_t wide) {
  if (string == NULL) return 0;
  if (wide < 0 || wide > 255) {
    errno = EILSEQ;
    return -1;
  }
  *string = (char)wide;
  return 1;
}

size_t mbstowcs(wchar_t *wide, const char *string, size_t count) {
  size_t i = 0;
  while (string[i] != '\0') {
    if (wide != NULL) {
      if (i == count) return i;
      wide[i] = (unsigned char)string[i];
    }
    i++;
  }
  if (wide != NULL && i < count) wide[i] = 0;
  return i;
}

size_t wcstombs(char *string, const wchar_t *wide, size_t count) {
  size_t i = 0;
  while (wide[i] != 0) {
    if (wide[i] < 0 || wide[i] > 255) {
      errno = EILSEQ;
      return (size_t)-1;
    }
    if (string != NULL) {
      if (i == count) return i;
      string[i] = (char)wide[i];
    }
    i++;
  }
  if (string != NULL && i < count) string[i] = '\0';
  return i;
}
