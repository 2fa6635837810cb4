/* More than twenty errors: the analyser reports twenty, then stops and says so. */
int main(void) {
  int total = 0;
  total += missing0;
  total += missing1;
  total += missing2;
  total += missing3;
  total += missing4;
  total += missing5;
  total += missing6;
  total += missing7;
  total += missing8;
  total += missing9;
  total += missing10;
  total += missing11;
  total += missing12;
  total += missing13;
  total += missing14;
  total += missing15;
  total += missing16;
  total += missing17;
  total += missing18;
  total += missing19;
  total += missing20;
  total += missing21;
  total += missing22;
  total += missing23;
  total += missing24;
  return total;
}
