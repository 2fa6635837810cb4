/* string.c: string.h against glibc, with results shown as signs and offsets so that any correct */
/* implementation prints the same. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int sign(int x) { return (x > 0) - (x < 0); }

static void show_pointer(const char *label, const char *base, const char *found) {
  if (found == NULL) printf("%s NULL\n", label);
  else printf("%s +%ld\n", label, (long)(found - base));
}

int main(void) {
  static const char *const words[] = {"", "a", "ab", "abc", "abd", "b", "ba", "\xff", "A", "abc\xff"};
  char buffer[128], other[128];
  size_t i, j;
  const char *text = "hello, world; hello again";
  char *token, *copy;

  for (i = 0; i < sizeof words / sizeof words[0]; i++)
    for (j = 0; j < sizeof words / sizeof words[0]; j++) {
      printf("%d%d%d%d%d ", sign(strcmp(words[i], words[j])), sign(strncmp(words[i], words[j], 1)),
             sign(strncmp(words[i], words[j], 2)), sign(strcoll(words[i], words[j])),
             sign(memcmp(words[i], words[j], strlen(words[i]) < strlen(words[j]) ? strlen(words[i]) : strlen(words[j]))));
    }
  printf("\n");

  printf("%zu %zu %zu %zu %zu\n", strlen(""), strlen(text), strnlen(text, 5), strnlen(text, 100), strnlen("", 3));
  show_pointer("strchr o", text, strchr(text, 'o'));
  show_pointer("strchr NUL", text, strchr(text, '\0'));
  show_pointer("strchr z", text, strchr(text, 'z'));
  show_pointer("strrchr o", text, strrchr(text, 'o'));
  show_pointer("strrchr NUL", text, strrchr(text, '\0'));
  show_pointer("strstr hello", text, strstr(text, "hello"));
  show_pointer("strstr again", text, strstr(text, "again"));
  show_pointer("strstr empty", text, strstr(text, ""));
  show_pointer("strstr absent", text, strstr(text, "helloo"));
  show_pointer("strstr long", text, strstr("ab", "abc"));
  show_pointer("strpbrk", text, strpbrk(text, ";,"));
  show_pointer("strpbrk none", text, strpbrk(text, "xyz"));
  show_pointer("memchr w", text, memchr(text, 'w', strlen(text)));
  show_pointer("memchr limit", text, memchr(text, 'w', 5));
  {
    /* One array: two equal string literals need not share storage. */
    static const char high[] = "a\xff";
    show_pointer("memchr 0xff", high, memchr(high, 0xff, 2));
  }
  printf("strspn %zu %zu %zu strcspn %zu %zu %zu\n", strspn(text, "hel"), strspn(text, ""), strspn("", "a"),
         strcspn(text, ",;"), strcspn(text, ""), strcspn(text, "xyz"));

  strcpy(buffer, "abc");
  strcat(buffer, "def");
  strncat(buffer, "ghijkl", 3);
  strncat(buffer, "", 5);
  printf("[%s]\n", buffer);
  memset(buffer, 'x', sizeof buffer);
  strncpy(buffer, "hi", 5);
  printf("%d %d %d %d %d %c\n", buffer[0], buffer[1], buffer[2], buffer[3], buffer[4], buffer[5]);
  strncpy(buffer, "longer text", 4);
  printf("%.6s\n", buffer);

  for (i = 0; i < 20; i++) buffer[i] = (char)('a' + i);
  memmove(buffer + 2, buffer, 10);
  printf("%.20s\n", buffer);
  memmove(buffer, buffer + 5, 10);
  printf("%.20s\n", buffer);
  memcpy(other, buffer, 20);
  printf("%.20s %d\n", other, memcmp(other, buffer, 20));
  memset(other, 0, sizeof other);
  memset(other, 300, 3);
  printf("%d %d %d %d\n", (unsigned char)other[0], other[2], other[3], sign(memcmp("abc", "abd", 0)));

  strcpy(buffer, "  one,two;;three four,, ");
  for (token = strtok(buffer, " ,;"); token != NULL; token = strtok(NULL, " ,;")) printf("<%s>", token);
  printf("\n");
  strcpy(buffer, ";;;");
  printf("%s\n", strtok(buffer, ";") == NULL ? "no tokens" : "token");
  printf("%s\n", strtok(NULL, ";") == NULL ? "still none" : "token");

  copy = strdup(text);
  printf("[%s] %d\n", copy, copy != text);
  free(copy);
  copy = strndup(text, 5);
  printf("[%s]\n", copy);
  free(copy);
  copy = strndup("ab", 10);
  printf("[%s]\n", copy);
  free(copy);

  printf("strxfrm %zu", strxfrm(buffer, "collate", sizeof buffer));
  printf(" [%s] %zu\n", buffer, strxfrm(NULL, "abc", 0));

  for (i = 0; i <= 45; i++) printf("%zu: %s\n", i, strerror((int)i));
  printf("%s\n%s\n%s\n%s\n", strerror(EOVERFLOW), strerror(EILSEQ), strerror(ETIMEDOUT), strerror(ECANCELED));
  /* One call per printf: strerror may reuse its buffer, and arguments are evaluated in no set order. */
  printf("%s\n", strerror(-1));
  printf("%s\n", strerror(9999));
  return 0;
}
