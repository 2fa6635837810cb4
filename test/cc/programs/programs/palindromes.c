/* String reversal and palindrome checks that ignore case and punctuation; the longest palindromic substring. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void reverse(char *s) {
  for (size_t i = 0, j = strlen(s); i + 1 < j; i++, j--) {
    char t = s[i];
    s[i] = s[j - 1];
    s[j - 1] = t;
  }
}

static int is_palindrome(const char *s) {
  const char *e = s + strlen(s);
  while (s < e) {
    if (!isalnum((unsigned char)*s)) { s++; continue; }
    if (!isalnum((unsigned char)e[-1])) { e--; continue; }
    if (tolower((unsigned char)*s) != tolower((unsigned char)e[-1])) return 0;
    s++;
    e--;
  }
  return 1;
}

static void longest(const char *s) {
  int n = (int)strlen(s), best = 0, start = 0;
  for (int c = 0; c < n; c++)
    for (int odd = 0; odd < 2; odd++) {
      int lo = c, hi = c + odd;
      while (lo >= 0 && hi < n && s[lo] == s[hi]) {
        lo--;
        hi++;
      }
      if (hi - lo - 1 > best) {
        best = hi - lo - 1;
        start = lo + 1;
      }
    }
  printf("%.*s (%d)\n", best, s + start, best);
}

int main(void) {
  const char *tests[] = {"A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "ab", "Was it a car or a cat I saw?"};
  for (int i = 0; i < 7; i++) printf("%d \"%s\"\n", is_palindrome(tests[i]), tests[i]);
  char buf[64];
  strcpy(buf, "stressed desserts and drawer reward");
  reverse(buf);
  printf("%s\n", buf);
  longest("forgeeksskeegfor");
  longest("abacdfgdcaba");
  longest("bananas");
  return 0;
}
