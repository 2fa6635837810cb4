#!/usr/bin/env bash
# Regenerates the golden files test/cc/programs/<area>/<name>.expected from gcc, after checking that each
# program is valid: the -O0 build and an -O2 build under the undefined-behaviour and address sanitizers
# must run clean and agree. Prints a summary of new and changed files; review the diff before committing.
#
#   test/cc/update-expected.sh                 every program
#   test/cc/update-expected.sh FILE.c ...      only these
#   test/cc/update-expected.sh --check [...]   write nothing; exit 1 if a file would change or a check fails
#
# An .expected file is the program's standard output, then `exit: STATUS`; when the output does not end
# with a newline, a line `\ no newline at end of output` follows it. Leading `//` comment lines of a
# program may say `// slow` (bigger fuel, and here a bigger native stack for deep -O0 recursion),
# `// args: A B` (its arguments) and, for test/cc/programs/traps/, `// trap: CODE` and `// at: FN LINE`.
# A program NAME.c reads NAME.stdin as its standard input when that file exists.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=test/cc/programs

if [[ ${1:-} == --one ]]; then
  # Internal: check and render one program into $work/<id>.{expected,status,log}.
  work=$2 program=$3 id=$4
  dir=$(dirname "$program") base=$(basename "$program" .c)
  header=$(sed -n '/^\/\//!q;p' "$program")
  args=$(sed -n 's|^// args: *||p' <<<"$header")
  stdin=/dev/null
  [[ -f $dir/$base.stdin ]] && stdin=$dir/$base.stdin
  stack=8192
  grep -q '^// slow' <<<"$header" && stack=1048576
  fail() {
    echo "$program: $1" >"$work/$id.log"
    echo failed >"$work/$id.status"
    exit 0
  }
  run() { # run BINARY OUTFILE ERRFILE -> sets code
    set +e
    # shellcheck disable=SC2086 # arguments are split on spaces on purpose
    { (ulimit -s "$stack" && exec timeout 60 "$1" $args) <"$stdin" >"$2" 2>"$3"; } 2>/dev/null
    code=$?
    set -e
  }
  gcc -std=c99 -O0 -w -o "$work/$id.O0" "$program" -lm 2>"$work/$id.cc" || fail "gcc -O0 failed: $(cat "$work/$id.cc")"
  run "$work/$id.O0" "$work/$id.out" "$work/$id.err"
  ((code != 124)) || fail 'timed out after 60 s (exit status 124 is reserved for that)'
  if [[ $dir == "$root/traps" ]]; then
    grep -q '^// trap: ' <<<"$header" || fail 'a trap program needs a first-line comment // trap: CODE'
    grep -q '^// at: [A-Za-z_][A-Za-z0-9_]* [0-9][0-9]*$' <<<"$header" || fail 'a trap program needs // at: FUNCTION LINE'
    ((code > 128 && code <= 192)) || fail "expected a crash by a signal, got exit status $code"
    echo ok >"$work/$id.status"
    exit 0
  fi
  ((code <= 128 || code > 192)) || fail "crashed natively (status $code): $(head -c 2000 "$work/$id.err")"
  LC_ALL=C grep -q '[^[:print:][:space:]]' "$work/$id.out" && fail 'output is not plain ASCII'
  gcc -std=c99 -O2 -w -fsanitize=undefined,address,float-cast-overflow -fno-sanitize-recover=all \
    -o "$work/$id.O2" "$program" -lm 2>"$work/$id.cc" || fail "gcc -O2 with sanitizers failed: $(cat "$work/$id.cc")"
  O0=$code
  ASAN_OPTIONS=detect_leaks=0:exitcode=99 UBSAN_OPTIONS=exitcode=98 run "$work/$id.O2" "$work/$id.out2" "$work/$id.err2"
  if grep -q 'runtime error\|Sanitizer' "$work/$id.err2"; then fail "sanitizers: $(head -c 2000 "$work/$id.err2")"; fi
  ((code == O0)) || fail "exit status $O0 at -O0 but $code at -O2 with sanitizers"
  cmp -s "$work/$id.out" "$work/$id.out2" || fail "output differs between -O0 and -O2: $(diff "$work/$id.out" "$work/$id.out2" | head -20)"
  {
    cat "$work/$id.out"
    if [[ -s $work/$id.out && -n $(tail -c 1 "$work/$id.out") ]]; then printf '\n\\ no newline at end of output\n'; fi
    printf 'exit: %d\n' "$O0"
  } >"$work/$id.expected"
  echo ok >"$work/$id.status"
  exit 0
fi

check=false
if [[ ${1:-} == --check ]]; then
  check=true
  shift
fi
command -v gcc >/dev/null || {
  echo 'update-expected.sh: gcc is not on the PATH' >&2
  exit 2
}
if (($# > 0)); then programs=("$@"); else mapfile -t programs < <(find "$root" -name '*.c' | LC_ALL=C sort); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in "${!programs[@]}"; do printf '%s\0%s\0' "${programs[$i]}" "$i"; done |
  xargs -0 -n 2 -P "$(nproc)" "$0" --one "$work"

new=() changed=() unchanged=0 failed=0 traps=0
for i in "${!programs[@]}"; do
  program=${programs[$i]}
  if [[ $(cat "$work/$i.status" 2>/dev/null) != ok ]]; then
    cat "$work/$i.log" 2>/dev/null || echo "$program: no result"
    failed=$((failed + 1))
    continue
  fi
  if [[ ! -f $work/$i.expected ]]; then # a trap program has no .expected
    traps=$((traps + 1))
    continue
  fi
  target=${program%.c}.expected
  if [[ ! -f $target ]]; then new+=("$target")
  elif cmp -s "$work/$i.expected" "$target"; then unchanged=$((unchanged + 1)); continue
  else changed+=("$target"); fi
  $check || cp "$work/$i.expected" "$target"
done
for expected in $(find "$root" -name '*.expected' | LC_ALL=C sort); do
  [[ -f ${expected%.expected}.c ]] || echo "stale (no program): $expected"
done
verb=$($check && echo 'would change' || echo changed)
echo "${#programs[@]} programs: $unchanged unchanged, ${#new[@]} new, ${#changed[@]} $verb, $traps traps crash natively, $failed failed checks"
for f in "${new[@]}"; do echo "  new      $f"; done
for f in "${changed[@]}"; do echo "  $verb  $f"; done
((failed == 0)) || exit 1
if $check && ((${#new[@]} + ${#changed[@]} > 0)); then exit 1; fi
exit 0
