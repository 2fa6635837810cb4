/* Enums as struct members, bit-field members and function results; comparing enum values across types. */
#include <stdio.h>

enum suit { CLUBS, DIAMONDS, HEARTS, SPADES };
enum rank { TWO = 2, TEN = 10, JACK, QUEEN, KING, ACE };

struct card {
  enum suit suit;
  enum rank rank;
};

struct packed_card {
  unsigned suit : 2;
  unsigned rank : 4;
};

static const char suit_char[] = "CDHS";

static enum suit stronger(struct card a, struct card b) { return a.rank >= b.rank ? a.suit : b.suit; }

int main(void) {
  struct card hand[] = {{HEARTS, QUEEN}, {SPADES, TWO}, {CLUBS, ACE}, {DIAMONDS, TEN}};
  int points = 0;
  for (int i = 0; i < 4; i++) {
    printf("%c%d ", suit_char[hand[i].suit], hand[i].rank);
    points += hand[i].rank > TEN ? 10 : (int)hand[i].rank;
  }
  printf("\n%d\n", points);
  printf("%c\n", suit_char[stronger(hand[0], hand[2])]);
  struct packed_card p = {SPADES, KING};
  printf("%d %u %u\n", (int)sizeof p, p.suit, p.rank);
  printf("%d\n", p.rank == KING);
  printf("%d %d\n", (int)sizeof(struct card), (int)sizeof(enum rank));
  return 0;
}
