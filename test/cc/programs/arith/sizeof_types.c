/* sizeof of every scalar type (LP64; long double is left out because Tessera makes it a double). */
#include <stddef.h>
#include <stdio.h>

int main(void) {
  printf("char %d signed char %d unsigned char %d _Bool %d\n", (int)sizeof(char), (int)sizeof(signed char),
         (int)sizeof(unsigned char), (int)sizeof(_Bool));
  printf("short %d int %d long %d long long %d\n", (int)sizeof(short), (int)sizeof(int), (int)sizeof(long),
         (int)sizeof(long long));
  printf("float %d double %d\n", (int)sizeof(float), (int)sizeof(double));
  printf("void* %d char* %d int(*)(void) %d\n", (int)sizeof(void *), (int)sizeof(char *), (int)sizeof(int (*)(void)));
  printf("size_t %d ptrdiff_t %d\n", (int)sizeof(size_t), (int)sizeof(ptrdiff_t));
  printf("unsigned %d unsigned long %d\n", (int)sizeof(unsigned), (int)sizeof(unsigned long));
  printf("%d %d\n", (int)sizeof(1 + 1L), (int)sizeof(1.0f * 2));
  printf("%d\n", sizeof(int) == sizeof(unsigned int));
  size_t s = sizeof(long[3][4]);
  printf("%zu\n", s);
  printf("%d\n", (size_t)-1 > 0);
  return 0;
}
