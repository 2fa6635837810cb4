/* Labels defined twice or never; a label at the end of a block. */
int main(void) {
  int x = 0;
again:
  x++;
again: // error
  x--;
  if (x < 3) goto again;
  goto nowhere; // error
  goto elsewhere; // error
  return x;
}
