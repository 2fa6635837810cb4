/* A switch with many cases used as a bytecode dispatcher for a tiny stack machine. */
#include <stdio.h>

enum { PUSH, ADD, SUB, MUL, DIV, DUP, SWAP, DROP, JNZ, DEC, PRINT, HALT, OVER, NEG, MOD, INC };

static long run(const int *code) {
  long stack[32];
  int sp = 0, pc = 0;
  for (;;) {
    int op = code[pc++];
    switch (op) {
    case PUSH: stack[sp++] = code[pc++]; break;
    case ADD: sp--; stack[sp - 1] += stack[sp]; break;
    case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
    case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
    case DIV: sp--; stack[sp - 1] /= stack[sp]; break;
    case MOD: sp--; stack[sp - 1] %= stack[sp]; break;
    case DUP: stack[sp] = stack[sp - 1]; sp++; break;
    case OVER: stack[sp] = stack[sp - 2]; sp++; break;
    case SWAP: {
      long t = stack[sp - 1];
      stack[sp - 1] = stack[sp - 2];
      stack[sp - 2] = t;
      break;
    }
    case DROP: sp--; break;
    case NEG: stack[sp - 1] = -stack[sp - 1]; break;
    case INC: stack[sp - 1]++; break;
    case DEC: stack[sp - 1]--; break;
    case JNZ: {
      int target = code[pc++];
      if (stack[--sp] != 0) pc = target;
      break;
    }
    case PRINT: printf("%ld\n", stack[sp - 1]); break;
    case HALT: return sp > 0 ? stack[sp - 1] : 0;
    default: printf("bad op %d\n", op); return -1;
    }
  }
}

int main(void) {
  int factorial[] = {PUSH, 1, PUSH, 10, SWAP, OVER, MUL, SWAP, DEC, DUP, JNZ, 4, DROP, PRINT, HALT};
  printf("%ld\n", run(factorial));
  int arith[] = {PUSH, 7, PUSH, 3, MOD, PUSH, 5, NEG, MUL, INC, PRINT, PUSH, 2, DIV, HALT};
  printf("%ld\n", run(arith));
  int bad[] = {99};
  printf("%ld\n", run(bad));
  return 0;
}
