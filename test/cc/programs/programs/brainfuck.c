/* A Brainf*** interpreter with precomputed bracket jumps, running a built-in hello-world and a squares program. */
#include <stdio.h>
#include <string.h>

static void run(const char *prog) {
  static unsigned char tape[30000];
  static int match[4096];
  int stack[256], sp = 0;
  int n = (int)strlen(prog);
  for (int i = 0; i < n; i++) {
    if (prog[i] == '[') stack[sp++] = i;
    else if (prog[i] == ']') {
      int j = stack[--sp];
      match[i] = j;
      match[j] = i;
    }
  }
  memset(tape, 0, sizeof tape);
  int p = 0;
  long steps = 0;
  for (int pc = 0; pc < n; pc++, steps++) {
    switch (prog[pc]) {
    case '>': p++; break;
    case '<': p--; break;
    case '+': tape[p]++; break;
    case '-': tape[p]--; break;
    case '.': putchar(tape[p]); break;
    case '[': if (!tape[p]) pc = match[pc]; break;
    case ']': if (tape[p]) pc = match[pc]; break;
    }
  }
  printf("(%ld steps)\n", steps);
}

int main(void) {
  run("++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.");
  run("++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]"
      "<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]");
  return 0;
}
