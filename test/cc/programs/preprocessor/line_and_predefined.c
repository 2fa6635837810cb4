/* __LINE__, __FILE__'s basename, __STDC__ and __STDC_VERSION__, and #line. */
#include <stdio.h>
#include <string.h>

#define HERE __LINE__

static const char *basename_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

int main(void) {
  printf("%d\n", __LINE__);
  printf("%d\n", HERE);
  int a = __LINE__, b = __LINE__;
  printf("%d\n", b - a);
  printf("%d\n",
         __LINE__);
  printf("%s\n", basename_of(__FILE__));
  printf("%d %ld\n", __STDC__, __STDC_VERSION__);
  printf("%d\n", __STDC_HOSTED__);
#line 1000
  printf("%d\n", __LINE__);
#line 2000 "renamed.c"
  printf("%d %s\n", __LINE__, __FILE__);
  return 0;
}
