/* compare.c: compares a test's output from our C library (first file) with glibc's (second), line by */
/* line. Lines must match exactly, except those of the form "~ name arguments... hexbits" (a double result */
/* that may differ by one ulp) and "? name arguments... hexbits" (reported, never failing). Prints a */
/* summary; exits 1 on any failure. Built and run against glibc. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_LINE 20000
#define MAX_NAMES 200
#define SHOW 12

struct tally {
  char name[64];
  long total, exact, one_ulp, worse, opposite; /* opposite: a differing sign, or NaN against a number */
  long long worst;
};

static struct tally tallies[MAX_NAMES];
static int tally_count;

static struct tally *find_tally(const char *name) {
  int i;
  for (i = 0; i < tally_count; i++)
    if (strcmp(tallies[i].name, name) == 0) return &tallies[i];
  if (tally_count == MAX_NAMES) return &tallies[MAX_NAMES - 1];
  memset(&tallies[tally_count], 0, sizeof tallies[0]);
  snprintf(tallies[tally_count].name, sizeof tallies[0].name, "%s", name);
  return &tallies[tally_count++];
}

/* Distance in ulps between two doubles (or, with is_float, two floats) given as bits; NaNs of either */
/* sign are equal to each other; -1 for a sign difference (zeros included) or a NaN against a number. */
static long long ulp_distance(unsigned long long a, unsigned long long b, int is_float) {
  int a_nan, b_nan, sign_shift = is_float ? 31 : 63;
  unsigned long long magnitude_mask = is_float ? 0x7fffffffULL : 0x7fffffffffffffffULL;
  long long distance;
  if (is_float) {
    a_nan = (a & 0x7f800000ULL) == 0x7f800000ULL && (a & 0x7fffffULL) != 0;
    b_nan = (b & 0x7f800000ULL) == 0x7f800000ULL && (b & 0x7fffffULL) != 0;
  } else {
    double x, y;
    memcpy(&x, &a, sizeof x);
    memcpy(&y, &b, sizeof y);
    a_nan = isnan(x);
    b_nan = isnan(y);
  }
  if (a_nan || b_nan) return a_nan && b_nan ? 0 : -1;
  if (a == b) return 0;
  if ((a >> sign_shift) != (b >> sign_shift)) return -1;
  distance = (long long)(a & magnitude_mask) - (long long)(b & magnitude_mask);
  return distance < 0 ? -distance : distance;
}

/* Splits "~ name ... hexbits": the name and the final hex word (8 digits or fewer: a float). */
static int parse_numeric(char *line, char *name, unsigned long long *bits, int *is_float) {
  char *last = strrchr(line, ' ');
  if (last == NULL || sscanf(line + 2, "%63s", name) != 1) return 0;
  *is_float = strspn(last + 1, "0123456789abcdef") <= 8;
  return sscanf(last + 1, "%llx", bits) == 1;
}

int main(int argc, char **argv) {
  static char ours[MAX_LINE], theirs[MAX_LINE];
  FILE *a, *b;
  long line = 0, mismatches = 0, numeric_failures = 0;
  int i, shown = 0;
  if (argc != 3) {
    fprintf(stderr, "usage: compare OURS GLIBC\n");
    return 2;
  }
  a = fopen(argv[1], "r");
  b = fopen(argv[2], "r");
  if (a == NULL || b == NULL) {
    fprintf(stderr, "compare: cannot open the outputs\n");
    return 2;
  }
  for (;;) {
    char *got_a = fgets(ours, sizeof ours, a);
    char *got_b = fgets(theirs, sizeof theirs, b);
    line++;
    if (got_a == NULL && got_b == NULL) break;
    if (got_a == NULL || got_b == NULL) {
      printf("    line %ld: %s\n", line, got_a == NULL ? "our output ends early" : "our output is longer");
      mismatches++;
      break;
    }
    if ((ours[0] == '~' || ours[0] == '?') && ours[1] == ' ' && theirs[0] == ours[0]) {
      char name_a[64], name_b[64];
      unsigned long long bits_a, bits_b;
      long long distance;
      struct tally *t;
      size_t prefix_a = strrchr(ours, ' ') - ours, prefix_b = strrchr(theirs, ' ') - theirs;
      int float_a, float_b;
      if (!parse_numeric(ours, name_a, &bits_a, &float_a) || !parse_numeric(theirs, name_b, &bits_b, &float_b) ||
          float_a != float_b || prefix_a != prefix_b ||
          strncmp(ours, theirs, prefix_a) != 0) {
        goto text_mismatch;
      }
      t = find_tally(name_a);
      distance = ulp_distance(bits_a, bits_b, float_a);
      t->total++;
      if (distance == 0) t->exact++;
      else if (distance == 1) t->one_ulp++;
      else {
        t->worse++;
        if (distance < 0) t->opposite++;
        else if (distance > t->worst) t->worst = distance;
        if (ours[0] == '~') {
          numeric_failures++;
          if (shown++ < SHOW) printf("    line %ld: %.*s ours %016llx glibc %016llx (%lld ulp)\n", line, (int)prefix_a, ours, bits_a, bits_b, distance);
        }
      }
      continue;
    }
    if (strcmp(ours, theirs) == 0) continue;
  text_mismatch:
    mismatches++;
    if (shown++ < SHOW) {
      /* Show the neighbourhood of the first difference: lines can be long. */
      size_t at = 0, from;
      while (ours[at] != '\0' && ours[at] == theirs[at]) at++;
      from = at > 60 ? at - 60 : 0;
      printf("    line %ld differs at column %zu:\n", line, at + 1);
      printf("      ours:  %.140s\n", ours + from);
      printf("      glibc: %.140s\n", theirs + from);
    }
  }
  for (i = 0; i < tally_count; i++) {
    struct tally *t = &tallies[i];
    printf("    %-12s %7ld values: %7ld identical, %6ld 1 ulp apart", t->name, t->total, t->exact, t->one_ulp);
    if (t->worse != 0) printf(", %ld further (worst %lld ulp, %ld of opposite sign or NaN)", t->worse, t->worst, t->opposite);
    printf("\n");
  }
  printf("    %ld lines, %ld text mismatches, %ld numeric values beyond 1 ulp\n", line - 1, mismatches, numeric_failures);
  return mismatches != 0 || numeric_failures != 0;
}
