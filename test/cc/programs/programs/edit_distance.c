/* Dynamic programming: Levenshtein distance, longest common subsequence with reconstruction, 0/1 knapsack. */
#include <stdio.h>
#include <string.h>

static int min3(int a, int b, int c) { return a < b ? (a < c ? a : c) : (b < c ? b : c); }

static int levenshtein(const char *s, const char *t) {
  int n = (int)strlen(s), m = (int)strlen(t);
  int d[32][32];
  for (int i = 0; i <= n; i++) d[i][0] = i;
  for (int j = 0; j <= m; j++) d[0][j] = j;
  for (int i = 1; i <= n; i++)
    for (int j = 1; j <= m; j++) d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] != t[j - 1]));
  return d[n][m];
}

static void lcs(const char *s, const char *t) {
  int n = (int)strlen(s), m = (int)strlen(t);
  int L[32][32];
  for (int i = n; i >= 0; i--)
    for (int j = m; j >= 0; j--) {
      if (i == n || j == m) L[i][j] = 0;
      else if (s[i] == t[j]) L[i][j] = 1 + L[i + 1][j + 1];
      else L[i][j] = L[i + 1][j] > L[i][j + 1] ? L[i + 1][j] : L[i][j + 1];
    }
  char out[32];
  int k = 0, i = 0, j = 0;
  while (i < n && j < m) {
    if (s[i] == t[j]) {
      out[k++] = s[i];
      i++;
      j++;
    } else if (L[i + 1][j] >= L[i][j + 1]) i++;
    else j++;
  }
  out[k] = 0;
  printf("lcs(%s, %s) = %s (%d)\n", s, t, out, L[0][0]);
}

int main(void) {
  const char *pairs[][2] = {{"kitten", "sitting"}, {"flaw", "lawn"}, {"", "abc"}, {"intention", "execution"}, {"same", "same"}};
  for (int i = 0; i < 5; i++) printf("lev(%s, %s) = %d\n", pairs[i][0], pairs[i][1], levenshtein(pairs[i][0], pairs[i][1]));
  lcs("ABCBDAB", "BDCABA");
  lcs("AGGTAB", "GXTXAYB");
  int weight[] = {12, 2, 1, 1, 4, 7, 3}, value[] = {4, 2, 1, 2, 10, 8, 5};
  int best[16] = {0};
  for (int k = 0; k < 7; k++)
    for (int w = 15; w >= weight[k]; w--)
      if (best[w - weight[k]] + value[k] > best[w]) best[w] = best[w - weight[k]] + value[k];
  printf("knapsack(15) = %d\n", best[15]);
  return 0;
}
