#!/usr/bin/env bash
# run.sh: builds Tessera's C library (src/cc/libc) natively with gcc, against its own headers, and runs
# the programs in tests/, comparing each one's output with the same program built against glibc.
#
# Usage: bash test/cc/libc-native/run.sh [test names...]   (from anywhere; builds into a temporary directory)
#
# How our library and glibc live in one executable: each test program is compiled with
# `gcc -std=c99 -O0 -fno-builtin -nostdinc -I src/cc/libc/include`, linked with the library's objects into
# one relocatable object (`ld -r`), and every symbol in that object is renamed with the prefix tl_
# (`objcopy --prefix-symbols=tl_`): our printf becomes tl_printf and clashes with nothing. What the object
# still needs from outside is then only the system calls of sys.s (tl___tessera_write and the rest), which
# shim.c provides on top of POSIX, compiled normally against glibc, together with a real main that calls
# tl_main and then tl_exit. gcc may emit calls to memcpy and memset for struct copies: they become
# tl_memcpy and tl_memset, ours.
#
# setjmp and longjmp are VP assembly in the real library (sys.s), so here setjmp.h is compiled with
# -D__TESSERA_LIBC_NATIVE (a jmp_buf big enough for glibc's) and tl_setjmp/tl_longjmp are renamed to
# glibc's _setjmp/longjmp: the native run checks how programs use setjmp.h, not sys.s. sys.s is checked by
# assembling it with a stub (at the end of this script) when the tessera CLI is built.
#
# The reference is glibc: the same test source compiled normally (glibc's headers, -lm). Outputs must match
# line for line, except numeric lines marked "~" (math results, allowed to differ by one ulp) and "?"
# (reported only); tests with a tests/NAME.expected file are compared with that file instead (assert and
# abort, whose glibc messages differ), and tests/NAME.in, when present, is the program's stdin.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
libc="$root/src/cc/libc"
build="$(mktemp -d "${TMPDIR:-/tmp}/libc-native.XXXXXX")"
[ -n "${KEEP_BUILD:-}" ] || trap 'rm -rf "$build"' EXIT

ours_flags=(-std=c99 -O0 -fno-builtin -nostdinc -I "$libc/include" -D__TESSERA_LIBC_NATIVE -fno-stack-protector
  -fno-pie -Wall -Wextra -pedantic)
glibc_flags=(-std=c99 -D_DEFAULT_SOURCE -O0 -fno-builtin -w)

failures=0
note() { printf '%s\n' "$*"; }

note "building the library"
library_objects=()
for source in "$libc"/src/*.c; do
  object="$build/lib-$(basename "$source" .c).o"
  if ! gcc "${ours_flags[@]}" -Werror -c "$source" -o "$object"; then
    note "FAIL: $source does not compile cleanly"
    exit 1
  fi
  library_objects+=("$object")
done
gcc -O0 -fno-pie -c "$here/shim.c" -o "$build/shim.o" || exit 1
gcc -O2 -Wall "$here/compare.c" -o "$build/compare" -lm || exit 1

if [ $# -gt 0 ]; then
  tests=("$@")
else
  tests=()
  for source in "$here"/tests/*.c; do tests+=("$(basename "$source" .c)"); done
fi

for name in "${tests[@]}"; do
  source="$here/tests/$name.c"
  input="$here/tests/$name.in"
  expected="$here/tests/$name.expected"
  [ -f "$input" ] || input=/dev/null
  # From the test directory, so that __FILE__ reads tests/NAME.c in assert messages.
  if ! (cd "$here" && gcc "${ours_flags[@]}" -c "tests/$name.c" -o "$build/$name.o"); then
    note "FAIL $name: does not compile against our headers"
    failures=$((failures + 1))
    continue
  fi
  ld -r "$build/$name.o" "${library_objects[@]}" -o "$build/$name.combined.o" &&
    objcopy --prefix-symbols=tl_ "$build/$name.combined.o" "$build/$name.prefixed.o" &&
    objcopy --redefine-sym tl_setjmp=_setjmp --redefine-sym tl_longjmp=longjmp "$build/$name.prefixed.o" &&
    gcc -no-pie "$build/shim.o" "$build/$name.prefixed.o" -o "$build/$name.ours" || {
    note "FAIL $name: does not link"
    failures=$((failures + 1))
    continue
  }
  # The outer redirection hides the shell's own report of a program killed by SIGABRT.
  (cd "$build" && ./"$name.ours" <"$input" >"$name.ours.out" 2>"$name.ours.err") 2>/dev/null
  echo "exit $?" >>"$build/$name.ours.err"
  if [ -f "$expected" ]; then
    cat "$build/$name.ours.out" "$build/$name.ours.err" >"$build/$name.ours.all"
    if diff -u "$expected" "$build/$name.ours.all" >"$build/$name.diff"; then
      note "ok   $name (matches $name.expected)"
    else
      note "FAIL $name: differs from $name.expected"
      head -40 "$build/$name.diff"
      failures=$((failures + 1))
    fi
    continue
  fi
  gcc "${glibc_flags[@]}" "$source" -o "$build/$name.glibc" -lm || {
    note "FAIL $name: the glibc build fails"
    failures=$((failures + 1))
    continue
  }
  (cd "$build" && TZ=UTC ./"$name.glibc" <"$input" >"$name.glibc.out" 2>"$name.glibc.err") 2>/dev/null
  echo "exit $?" >>"$build/$name.glibc.err"
  report="$("$build/compare" "$build/$name.ours.out" "$build/$name.glibc.out")"
  status=$?
  if ! diff -q "$build/$name.ours.err" "$build/$name.glibc.err" >/dev/null; then
    report="$report"$'\n'"    stderr or exit status differs:"$'\n'"$(diff "$build/$name.ours.err" "$build/$name.glibc.err" | head -20)"
    status=1
  fi
  if [ $status -eq 0 ]; then
    note "ok   $name"
  else
    note "FAIL $name"
    failures=$((failures + 1))
  fi
  printf '%s\n' "$report"
done

# sys.s: assemble it with a stub for what the C library and the program would define.
if [ -f "$root/dist/src/cli/main.js" ]; then
  cat >"$build/stub.s" <<'STUB'
(function 'main)
  (vp-cpy-cr 0 r0)
  (vp-ret)
(function 'exit)
  (vp-call '__tessera_exit)
  (vp-ret)
(function '__libc_domain_error)
  (vp-ret)
STUB
  if (cd "$root" && node bin/tessera.js asm src/cc/libc/sys.s "$build/stub.s" -o "$build/sys.tsm"); then
    note "ok   sys.s assembles"
  else
    note "FAIL sys.s does not assemble"
    failures=$((failures + 1))
  fi
else
  note "skip sys.s (run npm run build first to check it assembles)"
fi

if [ $failures -eq 0 ]; then
  note "all passed"
else
  note "$failures failed"
fi
[ $failures -eq 0 ]
