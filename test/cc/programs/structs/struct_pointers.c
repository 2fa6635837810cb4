/* Pointers to structs: -> chains, pointers to members, arrays of pointers to structs, const access. */
#include <stdio.h>

struct account {
  const char *owner;
  long balance;
  struct account *backup;
};

static void transfer(struct account *from, struct account *to, long amount) {
  if (from->balance < amount) {
    if (from->backup && from->backup->balance >= amount - from->balance) {
      long need = amount - from->balance;
      from->backup->balance -= need;
      from->balance += need;
    } else {
      return;
    }
  }
  from->balance -= amount;
  to->balance += amount;
}

static long total(struct account *const *list, int n) {
  long s = 0;
  for (int i = 0; i < n; i++) s += list[i]->balance;
  return s;
}

int main(void) {
  struct account savings = {"sam", 500, 0};
  struct account checking = {"sam", 100, &savings};
  struct account shop = {"shop", 0, 0};
  transfer(&checking, &shop, 50);
  transfer(&checking, &shop, 120);
  transfer(&checking, &shop, 1000);
  printf("%ld %ld %ld\n", checking.balance, savings.balance, shop.balance);
  struct account *all[] = {&savings, &checking, &shop};
  printf("%ld\n", total(all, 3));
  long *bp = &checking.backup->balance;
  *bp += 1;
  printf("%ld\n", savings.balance);
  printf("%s\n", all[1]->backup->owner);
  const struct account *view = &shop;
  printf("%s %ld\n", view->owner, view->balance);
  return 0;
}
