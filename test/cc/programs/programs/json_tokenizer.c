/* A JSON-ish tokenizer: strings with escapes, numbers, literals and punctuation, with nesting depth and errors. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const char *src;

static int next_token(char *out, size_t size) {
  while (*src && isspace((unsigned char)*src)) src++;
  if (!*src) return 0;
  char c = *src;
  if (strchr("{}[]:,", c)) {
    out[0] = c;
    out[1] = 0;
    src++;
    return 'p';
  }
  if (c == '"') {
    size_t n = 0;
    src++;
    while (*src && *src != '"') {
      char ch = *src++;
      if (ch == '\\') {
        char e = *src++;
        ch = e == 'n' ? '\n' : e == 't' ? '\t' : e;
      }
      if (n + 1 < size) out[n++] = ch;
    }
    if (*src != '"') return 'e';
    src++;
    out[n] = 0;
    return 's';
  }
  if (c == '-' || isdigit((unsigned char)c)) {
    size_t n = 0;
    while (*src && (isdigit((unsigned char)*src) || strchr("-+.eE", *src)))
      if (n + 1 < size) out[n++] = *src++;
      else src++;
    out[n] = 0;
    return 'n';
  }
  if (isalpha((unsigned char)c)) {
    size_t n = 0;
    while (isalpha((unsigned char)*src))
      if (n + 1 < size) out[n++] = *src++;
      else src++;
    out[n] = 0;
    return strcmp(out, "true") == 0 || strcmp(out, "false") == 0 || strcmp(out, "null") == 0 ? 'l' : 'e';
  }
  out[0] = c;
  out[1] = 0;
  src++;
  return 'e';
}

static void tokenize(const char *text) {
  src = text;
  char tok[64];
  int kind, depth = 0, max_depth = 0, count = 0;
  while ((kind = next_token(tok, sizeof tok)) != 0) {
    count++;
    if (kind == 'p' && (tok[0] == '{' || tok[0] == '[')) {
      if (++depth > max_depth) max_depth = depth;
    } else if (kind == 'p' && (tok[0] == '}' || tok[0] == ']')) depth--;
    if (kind == 's') {
      printf("s:\"");
      for (char *p = tok; *p; p++) printf(*p == '\n' ? "\\n" : *p == '\t' ? "\\t" : "%c", *p);
      printf("\" ");
    } else printf("%c:%s ", kind, tok);
    if (kind == 'e') break;
  }
  printf("\n%d tokens, depth %d, balanced %d\n", count, max_depth, depth == 0);
}

int main(void) {
  tokenize("{\"name\": \"tessera\", \"version\": 1.5e2, \"tags\": [\"vm\", \"c\\n99\"], \"ok\": true, \"none\": null}");
  tokenize("[[1, -2.5], [3e-4, {\"a\\\"b\": false}]]");
  tokenize("{\"bad\": nope}");
  tokenize("[1, 2");
  return 0;
}
