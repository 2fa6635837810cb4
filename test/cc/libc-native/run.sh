#!/usr/bin/env bash
# run.sh: builds Tessera's C library (src/cc/libc) natively with gcc, against its own headers, and runs
# the programs in tests/, comparing each one's output with the same program built against glibc.
#
# Usage: bash test/cc/libc-native/run.sh [--vm] [test names...]
#   --vm  also compile each test with `tessera cc` (dist/, from npm run build) and the library's sources,
#         run it in the VM and compare that output with glibc's too (slow: about a quarter of an hour).
#
# How our library and glibc live in one native executable: each test program is compiled with
# `gcc -std=c99 -O0 -fno-builtin -nostdinc -I src/cc/libc/include`, linked with the library's objects into
# one relocatable object (`ld -r`), and every symbol in that object is renamed with the prefix tl_
# (`objcopy --prefix-symbols=tl_`): our printf becomes tl_printf and clashes with nothing. What the object
# still needs from outside is then only the system calls of sys.s (tl___tessera_write and the rest), which
# shim.c provides on top of POSIX, compiled normally against glibc, together with a real main that calls
# tl_main and then tl_exit. gcc may emit calls to memcpy and memset for struct copies: they become
# tl_memcpy and tl_memset, ours.
#
# setjmp and longjmp are VP assembly in the real library (sys.s), so natively setjmp.h is compiled with
# -D__TESSERA_LIBC_NATIVE (a jmp_buf big enough for glibc's) and tl_setjmp/tl_longjmp are renamed to
# glibc's _setjmp/longjmp: the native run checks how programs use setjmp.h, not sys.s. sys.s is checked by
# assembling it with a stub, and for real by --vm, where the tests run on it.
#
# The reference is glibc: the same test source compiled normally (glibc's headers, -lm). Outputs must match
# line for line (compare.c), except numeric lines marked "~" (math results, allowed to differ by one ulp)
# and "?" (reported only). Tests with tests/NAME.stdout and tests/NAME.stderr are compared with those files
# instead (abort and assert, whose glibc messages differ; natively the shim reports the trap as
# "[trap: abort]", in the VM only stdout is compared and stderr must report the aborted trap), and
# tests/NAME.in, when present, is the program's stdin.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
libc="$root/src/cc/libc"
build="$(mktemp -d "${TMPDIR:-/tmp}/libc-native.XXXXXX")"
[ -n "${KEEP_BUILD:-}" ] || trap 'rm -rf "$build"' EXIT

vm=0
if [ "${1:-}" = "--vm" ]; then
  vm=1
  shift
fi

ours_flags=(-std=c99 -O0 -fno-builtin -nostdinc -I "$libc/include" -D__TESSERA_LIBC_NATIVE -fno-stack-protector
  -fno-pie -Wall -Wextra -pedantic)
glibc_flags=(-std=c99 -D_DEFAULT_SOURCE -O0 -fno-builtin -w)
tessera=(node "$root/bin/tessera.js")

failures=0
note() { printf '%s\n' "$*"; }
fail() {
  note "FAIL $*"
  failures=$((failures + 1))
}

# Runs a program with the test's input: $1 the command's output prefix, the rest the command.
run_program() {
  local prefix="$1"
  shift
  # The subshell waits for the program (the exit after it keeps bash from exec'ing it), so the report of a
  # program killed by SIGABRT goes to the subshell's stderr, which is /dev/null.
  ("$@" <"$input" >"$prefix.out" 2>"$prefix.err"
  exit $?) 2>/dev/null
  echo "exit $?" >>"$prefix.err"
}

# Compares a run ($1 prefix, $2 label) with glibc's run of the same test.
compare_with_glibc() {
  local prefix="$1" label="$2" report status
  report="$("$build/compare" "$prefix.out" "$build/$name.glibc.out")"
  status=$?
  if ! diff -q "$prefix.err" "$build/$name.glibc.err" >/dev/null; then
    report="$report"$'\n'"    stderr or exit status differs:"$'\n'"$(diff "$prefix.err" "$build/$name.glibc.err" | head -20)"
    status=1
  fi
  if [ $status -eq 0 ]; then note "ok   $label"; else fail "$label"; fi
  printf '%s\n' "$report"
}

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
  input="$here/tests/$name.in"
  [ -f "$input" ] || input=/dev/null
  expected="$here/tests/$name"

  # Ours, natively. From the test directory, so that __FILE__ reads tests/NAME.c in assert messages.
  if ! (cd "$here" && gcc "${ours_flags[@]}" -c "tests/$name.c" -o "$build/$name.o"); then
    fail "$name: does not compile against our headers"
    continue
  fi
  if ! { ld -r "$build/$name.o" "${library_objects[@]}" -o "$build/$name.combined.o" &&
    objcopy --prefix-symbols=tl_ "$build/$name.combined.o" "$build/$name.prefixed.o" &&
    objcopy --redefine-sym tl_setjmp=_setjmp --redefine-sym tl_longjmp=longjmp "$build/$name.prefixed.o" &&
    gcc -no-pie "$build/shim.o" "$build/$name.prefixed.o" -o "$build/$name.ours"; }; then
    fail "$name: does not link"
    continue
  fi
  run_program "$build/$name.ours" "$build/$name.ours"

  # In the VM, with the compiler and the library's sources.
  if [ $vm -eq 1 ]; then
    if (cd "$here" && "${tessera[@]}" cc -w --no-libc -I "$libc/include" "$libc"/src/*.c "$libc/sys.s" "tests/$name.c" \
      -o "$build/$name.tsm") >"$build/$name.cc.log" 2>&1; then
      run_program "$build/$name.vm" "${tessera[@]}" run "$build/$name.tsm"
    else
      fail "$name (vm): tessera cc fails"
      head -20 "$build/$name.cc.log"
    fi
  fi

  if [ -f "$expected.stdout" ]; then
    if diff -u "$expected.stdout" "$build/$name.ours.out" && diff -u "$expected.stderr" "$build/$name.ours.err"; then
      note "ok   $name (matches $name.stdout and $name.stderr)"
    else
      fail "$name: differs from $name.stdout or $name.stderr"
    fi
    if [ $vm -eq 1 ] && [ -f "$build/$name.vm.out" ]; then
      if diff -u "$expected.stdout" "$build/$name.vm.out" && grep -q "aborted" "$build/$name.vm.err"; then
        note "ok   $name (vm: matches $name.stdout, trapped as aborted)"
      else
        fail "$name (vm): differs from $name.stdout, or no aborted trap"
        head -5 "$build/$name.vm.err"
      fi
    fi
    continue
  fi

  # glibc's.
  if ! gcc "${glibc_flags[@]}" "$here/tests/$name.c" -o "$build/$name.glibc" -lm; then
    fail "$name: the glibc build fails"
    continue
  fi
  TZ=UTC run_program "$build/$name.glibc" "$build/$name.glibc"
  compare_with_glibc "$build/$name.ours" "$name"
  if [ $vm -eq 1 ] && [ -f "$build/$name.vm.out" ]; then compare_with_glibc "$build/$name.vm" "$name (vm)"; fi
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
  if (cd "$root" && "${tessera[@]}" asm src/cc/libc/sys.s "$build/stub.s" -o "$build/sys.tsm"); then
    note "ok   sys.s assembles"
  else
    fail "sys.s does not assemble"
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
