/* _Alignas, _Alignof/__alignof__ and gcc's aligned and packed attributes: on objects, struct members,
   typedefs and whole structs, and the layouts they give. */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

struct plain {
  char c;
  int x;
};
struct member_alignas {
  char c;
  _Alignas(16) int x;
  char d;
};
struct member_alignas_type {
  char c;
  _Alignas(double) char x;
};
struct __attribute__((packed)) packed_before {
  char c;
  int x;
  short s;
};
struct packed_after {
  char c;
  int x;
  double d;
} __attribute__((packed));
struct packed_member {
  char c;
  int x __attribute__((packed));
  char d;
};
struct aligned_member {
  char c;
  int x __attribute__((aligned(8)));
};
struct __attribute__((aligned(16))) aligned_struct {
  char c;
};
struct aligned_after {
  int a;
} __attribute__((__aligned__(32)));
struct packed_aligned_member {
  char c;
  int x __attribute__((aligned(4)));
  char d;
} __attribute__((packed));
typedef int int16a __attribute__((aligned(16)));
struct with_typedef {
  char c;
  int16a x;
};
struct bare_aligned {
  char c __attribute__((aligned));
};
typedef struct __attribute__((packed)) {
  unsigned char tag;
  unsigned int value;
} record;
struct nested {
  char c;
  struct packed_before inner;
};

_Alignas(64) static char global_buffer[10];
int global_aligned __attribute__((aligned(32))) = 7;
_Static_assert(_Alignof(struct member_alignas) == 16, "alignas raises the struct's alignment");
_Static_assert(sizeof(struct packed_before) == 7, "packed");

#define SHOW(T) printf("%-28s size %2zu align %2zu\n", #T, sizeof(T), _Alignof(T))

static unsigned long misalignment(const void *p, unsigned long align) {
  return (unsigned long)p % align;
}

static int deep(int n) {
  _Alignas(32) char local[5];
  __attribute__((aligned(16))) double d = n;
  memset(local, n, sizeof local);
  int ok = misalignment(local, 32) == 0 && misalignment(&d, 16) == 0;
  return n == 0 ? ok : ok && deep(n - 1);
}

int main(void) {
  SHOW(struct plain);
  SHOW(struct member_alignas);
  SHOW(struct member_alignas_type);
  SHOW(struct packed_before);
  SHOW(struct packed_after);
  SHOW(struct packed_member);
  SHOW(struct aligned_member);
  SHOW(struct aligned_struct);
  SHOW(struct aligned_after);
  SHOW(struct packed_aligned_member);
  SHOW(struct with_typedef);
  SHOW(struct bare_aligned);
  SHOW(record);
  SHOW(struct nested);
  SHOW(int16a);
  printf("offsets %zu %zu %zu %zu %zu\n", offsetof(struct member_alignas, x), offsetof(struct member_alignas, d),
         offsetof(struct packed_after, d), offsetof(struct with_typedef, x),
         offsetof(struct packed_aligned_member, d));
  printf("alignof %zu %zu %zu %zu\n", __alignof__(double), __alignof__(global_buffer), _Alignof(char[3]),
         __alignof__(global_aligned));
  printf("globals %lu %lu %d\n", misalignment(global_buffer, 64), misalignment(&global_aligned, 32),
         global_aligned);
  /* Packed members are read and written at any address. */
  record records[3];
  for (int i = 0; i < 3; i++) {
    records[i].tag = (unsigned char)i;
    records[i].value = 0x01020304u * (unsigned)(i + 1);
  }
  unsigned char bytes[sizeof records];
  memcpy(bytes, records, sizeof records);
  for (size_t i = 0; i < sizeof bytes; i++) printf("%02x", bytes[i]);
  printf("\n%u %u\n", records[1].value, records[2].tag);
  struct packed_after p = {'a', 12345, 2.5};
  printf("%c %d %g\n", p.c, p.x, p.d);
  /* Over-aligned locals, in frames at every depth. */
  _Alignas(32) char buffer[3];
  _Alignas(16) struct plain s = {1, 2};
  struct aligned_struct a[2];
  printf("locals %lu %lu %lu %lu %d\n", misalignment(buffer, 32), misalignment(&s, 16), misalignment(&a[1], 16),
         (unsigned long)((char *)&a[1] - (char *)&a[0]), deep(5));
  return 0;
}
