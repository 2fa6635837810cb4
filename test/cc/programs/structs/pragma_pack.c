// #pragma pack(1), push and pop, pack() and _Pragma: struct layouts as gcc's (sizes, offsets, a packed
// struct read through a union as csmith's programs do).
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

struct natural { char c; int i; short s; };

#pragma pack(push)
#pragma pack(1)
struct tight { char c; int i; short s; };
union view { struct tight t; int64_t whole; uint16_t low; };
#pragma pack(pop)

struct after_pop { char c; int i; };

#pragma pack(push, 1)
struct outer {
  char tag;
  struct natural inner; /* defined before: keeps its own layout, placed at offset 1 */
  double d;
};
#pragma pack(push)
struct still { char c; long l; };
#pragma pack(pop)
#pragma pack(pop)

_Pragma("pack(1)")
struct by_operator { char c; long l; };
#pragma pack()
struct reset { char c; long l; };

int main(void) {
  printf("natural %zu %zu %zu\n", sizeof(struct natural), offsetof(struct natural, i), offsetof(struct natural, s));
  printf("tight %zu %zu %zu\n", sizeof(struct tight), offsetof(struct tight, i), offsetof(struct tight, s));
  printf("view %zu\n", sizeof(union view));
  printf("after_pop %zu\n", sizeof(struct after_pop));
  printf("outer %zu %zu %zu\n", sizeof(struct outer), offsetof(struct outer, inner), offsetof(struct outer, d));
  printf("still %zu by_operator %zu reset %zu\n", sizeof(struct still), sizeof(struct by_operator),
         sizeof(struct reset));
  union view v = {{0x11, -8, 0x2233}};
  printf("%016llx %x\n", (unsigned long long)v.whole, v.low);
  struct tight array[3] = {{1, 100000, 7}, {2, -5, 8}, {3, 42, 9}};
  long sum = 0;
  for (int k = 0; k < 3; k++) sum += array[k].c * array[k].i + array[k].s;
  printf("%ld %zu\n", sum, sizeof array);
  return 0;
}
