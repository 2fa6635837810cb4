/* Compound literals and addresses in static initializers: file-scope objects that point at each other. */
#include <stdio.h>

struct node { int value; const struct node *next; };

static const struct node last = {3, 0};
static const struct node middle = {2, &last};
static const struct node first = {1, &middle};

static int *numbers = (int[]){10, 20, 30};
static const char *const words[] = {"a", "bc", "def"};
static const char *const *word_ptr = &words[1];
static int target = 5;
static int *ptr_to_target = &target;
static int arr[4] = {1, 2, 3, 4};
static int *into_arr = &arr[2];

int main(void) {
  for (const struct node *n = &first; n; n = n->next) printf("%d ", n->value);
  printf("\n");
  printf("%d %d %d\n", numbers[0], numbers[1], numbers[2]);
  numbers[1]++;
  printf("%d\n", numbers[1]);
  printf("%s %s %s\n", words[2], *word_ptr, word_ptr[-1]);
  *ptr_to_target += 1;
  printf("%d\n", target);
  printf("%d %d\n", *into_arr, into_arr[-2]);
  return 0;
}
