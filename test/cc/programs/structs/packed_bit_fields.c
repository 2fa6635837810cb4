/* Bit-fields in packed structs: each at the next free bit, straddling its type's boundaries as gcc lays them out. */
#include <stdio.h>
#include <string.h>
struct __attribute__((packed)) S { char c; int b:30; unsigned d:3; short e:9; };
struct T { char c; int b:20 __attribute__((packed)); int g:4; } ;
struct __attribute__((packed)) U { unsigned a:3; unsigned b:7; unsigned long long c:50; char z; };
int main(void){
  struct S s; memset(&s, 0, sizeof s); s.c = 1; s.b = -12345; s.d = 5; s.e = -100;
  struct U u; memset(&u, 0, sizeof u); u.a = 5; u.b = 100; u.c = 123456789012345ULL; u.z = 'q';
  unsigned char *p = (unsigned char *)&s;
  printf("%zu %zu %zu %d %u %d\n", sizeof(struct S), sizeof(struct T), sizeof(struct U), s.b, s.d, s.e);
  for (size_t i = 0; i < sizeof s; i++) printf("%02x", p[i]);
  p = (unsigned char *)&u; printf("\n%u %u %llu %c\n", u.a, u.b, (unsigned long long)u.c, u.z);
  for (size_t i = 0; i < sizeof u; i++) printf("%02x", p[i]);
  printf("\n");
  return 0; }
