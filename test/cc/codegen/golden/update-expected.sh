#!/bin/sh
# Regenerate each program's .expected output with gcc (the reference); review the diff before committing.
# The .s goldens come from the compiler itself: TESSERA_UPDATE_GOLDEN=1 node --test dist/test/cc/codegen-golden.test.js
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
for program in *.c; do
  gcc -std=c99 -O0 -w -o "$tmp/program" "$program"
  "$tmp/program" > "${program%.c}.expected"
done
rm -rf "$tmp"
