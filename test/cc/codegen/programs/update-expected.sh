#!/bin/sh
# Regenerate each program's .expected output with gcc (the reference); review the diff before committing.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
cat > "$tmp/prelude.c" <<'C'
#include <stdio.h>
void print_i64(long x) { printf("%ld\n", x); }
void print_u64(unsigned long x) { printf("%lu\n", x); }
C
ulimit -s unlimited 2>/dev/null || true
for program in *.c; do
  gcc -O0 -w -o "$tmp/program" "$tmp/prelude.c" "$program"
  "$tmp/program" > "${program%.c}.expected"
done
rm -rf "$tmp"
