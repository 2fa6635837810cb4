// `tessera debug` driven as a user drives it, through scripts on its standard input: breakpoints, stepping,
// the stack, variables, memory, source and disassembly, errors, and that a debugged run prints what
// `tessera run` prints.

import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/programs.js';

const root = fileURLToPath(repoRoot);
const bin = join(root, 'bin/tessera.js');

interface Result {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `tessera ARGS` in `cwd` with `input` on its standard input. */
function tessera(args: readonly string[], input = '', cwd = root): Result {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, TESSERA_HISTORY: '' },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Debug `program` (in `cwd`) with a script of commands, one a line. */
function debug(
  program: string,
  script: readonly string[],
  options: { cwd?: string; args?: string[] } = {},
): Result {
  return tessera(['debug', program, ...(options.args ?? [])], `${script.join('\n')}\n`, options.cwd);
}

function assertNoStackTrace(text: string): void {
  assert.doesNotMatch(text, /\n\s+at .*\.js:\d+/, 'no stack trace of ours');
  assert.doesNotMatch(text, /internal error/);
}

/**
 * Assert that `text` contains `block` as consecutive lines; in `block`, `<hex>` stands for any hexadecimal
 * number (addresses depend on the library's layout) and `<any>` for any text.
 */
function assertBlock(text: string, block: string): void {
  const pattern = block
    .split(/(<hex>|<any>)/)
    .map((part) =>
      part === '<hex>'
        ? '0x[0-9a-f]+'
        : part === '<any>'
          ? '.*'
          : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  assert.match(text, new RegExp(`(^|\\n)${pattern}(\\n|$)`), `expected\n${block}\nin\n${text}`);
}

// The test program: its lines are found by their `// @marker` comments.
const source = `#include <stdio.h>
#include <setjmp.h>

struct point { int x, y; };
struct shape { const char *name; struct point corners[3]; double scale; };

static jmp_buf env;
int counter = 7;
char message[16] = "hello";

static int square(int v) {
  int r = v * v; // @square
  return r;
}

static double half(double d) { return d / 2; }

static void jumper(int depth) {
  if (depth == 0) longjmp(env, 42); // @jumper
  jumper(depth - 1);
}

static int tail(int n, int acc) {
  if (n == 0) return acc; // @tail
  return tail(n - 1, acc + n);
}

int main(int argc, char **argv) {
  struct shape s = {"tri", {{1, 2}, {3, 4}, {5, 6}}, 1.5}; // @main
  int values[4] = {10, 20, 30, 40};
  int *p = &values[1];
  int total = 0;
  for (int i = 0; i < 4; i++) // @loop
    total += square(values[i]); // @body
  printf("total %d scale %g\\n", total, half(s.scale)); // @printf
  if (setjmp(env) == 0) jumper(3); // @setjmp
  else printf("jumped back\\n");
  printf("tail %d counter %d %s %d\\n", tail(10, 0), counter, message, *p); // @tail-call
  if (argc > 1) {
    int *null = 0;
    printf("%d\\n", *null); // @trap
  }
  return 0;
}
`;

const dir = mkdtempSync(join(tmpdir(), 'tessera-debug-'));
writeFileSync(join(dir, 'prog.c'), source);
/** The echo of an empty line (which repeats the last command). */
const repeated = '(tdb) ';
const normalOutput = 'total 3000 scale 0.75\njumped back\ntail 55 counter 7 hello 20\n';

/** The line of a marker in the test program. */
function line(marker: string): number {
  const index = source.split('\n').findIndex((l) => l.includes(`// @${marker}`));
  assert.ok(index >= 0, `no marker ${marker}`);
  return index + 1;
}

/** `12\t  text` of the test program's line holding a marker. */
function sourceLine(marker: string): string {
  return `${line(marker)}\t${source.split('\n')[line(marker) - 1]}`;
}

function prog(script: readonly string[], args: string[] = []): Result {
  return debug('prog.c', script, { cwd: dir, args });
}

test('debug --help describes the command; bad invocations are usage errors without a stack trace', () => {
  const help = tessera(['debug', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: tessera debug \[options\] program\.c/);
  assert.match(help.stdout, /-x FILE/);
  assert.match(help.stdout, /--batch/);
  assert.match(tessera(['--help']).stdout, /debug {5}debug a program at a gdb-like prompt/);
  const none = tessera(['debug']);
  assert.equal(none.code, 64);
  assert.match(none.stderr, /tessera debug: error: no program given/);
  const missing = tessera(['debug', 'no-such.c']);
  assert.equal(missing.code, 66);
  assert.match(missing.stderr, /cannot read no-such\.c/);
  writeFileSync(join(dir, 'bad.c'), 'int main(void) { return x; }\n');
  const bad = tessera(['debug', 'bad.c'], 'quit\n', dir);
  assert.equal(bad.code, 65);
  assert.match(bad.stderr, /bad\.c:1:25: error/);
  const batch = tessera(['debug', '--batch', 'prog.c'], '', dir);
  assert.equal(batch.code, 64);
  for (const r of [help, none, missing, bad, batch]) assertNoStackTrace(r.stderr);
});

test('breakpoints by function, line, file:line and address, with conditions, hit counts, ignore counts, tbreak, disable', () => {
  const r = prog([
    'break square if v == 30',
    `tbreak prog.c:${line('printf')}`,
    `break ${line('tail')}`,
    'info breakpoints',
    'run',
    'print v',
    'info breakpoints',
    'continue',
    'disable 3',
    'condition 1',
    'ignore 1 1',
    'run',
    'print v',
    'delete 1',
    'enable 3',
    'continue',
    'continue 3',
    'print n',
    'delete',
    'break *tail',
    'continue',
    'info breakpoints',
    'delete',
    'continue',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  assertBlock(
    r.stdout,
    `(tdb) break square if v == 30
Breakpoint 1 at <hex>: file prog.c, line ${line('square')}.
(tdb) tbreak prog.c:${line('printf')}
Temporary breakpoint 2 at <hex>: file prog.c, line ${line('printf')}.
(tdb) break ${line('tail')}
Breakpoint 3 at <hex>: file prog.c, line ${line('tail')}.
(tdb) info breakpoints
Num     Type           Disp Enb Address    What
1       breakpoint     keep y   <hex> <any>in square at prog.c:${line('square')}
\tstop only if v == 30
2       breakpoint     del  y   <hex> <any>in main at prog.c:${line('printf')}
3       breakpoint     keep y   <hex> <any>in tail at prog.c:${line('tail')}
(tdb) run
Starting program: prog.c
Breakpoint 1, square (v=30) at prog.c:${line('square')}
${sourceLine('square')}
(tdb) print v
$1 = 30
(tdb) info breakpoints
Num     Type           Disp Enb Address    What
1       breakpoint     keep y   <hex> <any>in square at prog.c:${line('square')}
\tstop only if v == 30
\tbreakpoint already hit 1 time`,
  );
  // The temporary breakpoint stops once and goes; disabled breakpoints do not stop.
  assertBlock(
    r.stdout,
    `(tdb) continue
Temporary breakpoint 2, main (argc=1, argv=<hex>) at prog.c:${line('printf')}
${sourceLine('printf')}
(tdb) disable 3
(tdb) condition 1
Breakpoint 1 now unconditional.
(tdb) ignore 1 1
Will ignore next 1 crossing of breakpoint 1.
(tdb) run
Starting program: prog.c
Breakpoint 1, square (v=20) at prog.c:${line('square')}`,
  );
  // continue 3 ignores the breakpoint twice more: tail(9) and tail(8) pass.
  assertBlock(
    r.stdout,
    `(tdb) continue
total 3000 scale 0.75
jumped back
Breakpoint 3, tail (n=10, acc=0) at prog.c:${line('tail')}
${sourceLine('tail')}
(tdb) continue 3
Will ignore next 2 crossings of breakpoint 3.  Continuing.
Breakpoint 3, tail (n=7, acc=27) at prog.c:${line('tail')}
${sourceLine('tail')}
(tdb) print n
$3 = 7`,
  );
  // An address breakpoint at the first instruction (before the prologue: the arguments are not stored yet).
  assertBlock(
    r.stdout,
    `(tdb) break *tail
Breakpoint 4 at <hex>: file prog.c, line ${line('tail') - 1}.
(tdb) continue
Breakpoint 4, tail (n=<any>, acc=<any>) at prog.c:${line('tail') - 1}
${line('tail') - 1}\tstatic int tail(int n, int acc) {
(tdb) info breakpoints
Num     Type           Disp Enb Address    What
4       breakpoint     keep y   <hex> <any>in tail at prog.c:${line('tail') - 1}
\tbreakpoint already hit 1 time`,
  );
  assert.ok(r.stdout.endsWith(`(tdb) continue\ntail 55 counter 7 hello 20\n[program exited with code 0]\n`));
});

test('step enters a function, finish prints its return value, next steps over calls, until leaves a loop, advance runs to a line', () => {
  const r = prog([
    'start',
    'next 4',
    'step',
    'step',
    'bt',
    'finish',
    'next',
    'step',
    'info locals',
    'until',
    'step',
    'finish',
    `advance ${line('tail-call')}`,
    'step',
    'info args',
    'finish',
    'kill',
    'next',
  ]);
  assertNoStackTrace(r.stderr);
  assertBlock(
    r.stdout,
    `(tdb) start
Starting program: prog.c
main (argc=1, argv=<hex>) at prog.c:${line('main')}
${sourceLine('main')}
(tdb) next 4
${sourceLine('loop')}
(tdb) step
${sourceLine('body')}
(tdb) step
square (v=10) at prog.c:${line('square')}
${sourceLine('square')}
(tdb) bt
#0  square (v=10) at prog.c:${line('square')}
#1  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('body')}
(tdb) finish
Run till exit from #0  square (v=10) at prog.c:${line('square')}
<hex> in main (argc=1, argv=<hex>) at prog.c:${line('body')}
${sourceLine('body')}
Value returned is $1 = 100
(tdb) next
${sourceLine('loop')}
(tdb) step
${sourceLine('body')}
(tdb) info locals
s = {name = <hex> "tri", corners = {{x = 1, y = 2}, {x = 3, y = 4}, {x = 5, y = 6}}, scale = 1.5}
values = {10, 20, 30, 40}
p = <hex>
total = 100
i = 1
(tdb) until
${sourceLine('printf')}
(tdb) step
half (d=1.5) at prog.c:${line('printf') - 19}
${line('printf') - 19}\tstatic double half(double d) { return d / 2; }
(tdb) finish
Run till exit from #0  half (d=1.5) at prog.c:${line('printf') - 19}
<hex> in main (argc=1, argv=<hex>) at prog.c:${line('printf')}
${sourceLine('printf')}
Value returned is $2 = 0.75
(tdb) advance ${line('tail-call')}
total 3000 scale 0.75
jumped back
${sourceLine('tail-call')}
(tdb) step
tail (n=10, acc=0) at prog.c:${line('tail')}
${sourceLine('tail')}
(tdb) info args
n = 10
acc = 0
(tdb) finish
Run till exit from #0  tail (n=10, acc=0) at prog.c:${line('tail')}
<hex> in main (argc=1, argv=<hex>) at prog.c:${line('tail-call')}
${sourceLine('tail-call')}
Value returned is $3 = 55
(tdb) kill
[program killed]
(tdb) next`,
  );
  assert.equal(r.stderr, 'The program is not being run.\n');
});

test('fib: next over the recursion, bt in it, frame, up and down, finish of an outer frame', () => {
  const r = debug(
    'examples/fib.c',
    [
      'break fib if n == 2',
      'run',
      'bt',
      'next',
      'next',
      'up 2',
      'print n',
      'info frame',
      'down',
      'frame 0',
      'frame',
      'up',
      'delete',
      'finish',
      'continue',
    ],
    { args: ['6'] },
  );
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  const fibLine = '6\t  return n < 2 ? n : fib(n - 1) + fib(n - 2);';
  assertBlock(
    r.stdout,
    `(tdb) run
Starting program: examples/fib.c 6
Breakpoint 1, fib (n=2) at examples/fib.c:6
${fibLine}
(tdb) bt
#0  fib (n=2) at examples/fib.c:6
#1  <hex> in fib (n=3) at examples/fib.c:6
#2  <hex> in fib (n=4) at examples/fib.c:6
#3  <hex> in fib (n=5) at examples/fib.c:6
#4  <hex> in fib (n=6) at examples/fib.c:6
#5  <hex> in main (argc=2, argv=<hex>) at examples/fib.c:11
(tdb) next
<hex> in fib (n=3) at examples/fib.c:6
${fibLine}`,
  );
  // next runs through the recursive calls that reach the very same line and stops where the frame returns.
  assertBlock(
    r.stdout,
    `(tdb) next
<hex> in fib (n=4) at examples/fib.c:6
${fibLine}
(tdb) up 2
#2  <hex> in fib (n=6) at examples/fib.c:6
${fibLine}
(tdb) print n
$1 = 6
(tdb) info frame
Stack level 2, frame at <hex>:
 pc = <hex> in fib (examples/fib.c:6); saved pc = <hex>
 called by frame at <hex>
 caller of frame at <hex>
 args: n=6
(tdb) down
#1  <hex> in fib (n=5) at examples/fib.c:6
${fibLine}
(tdb) frame 0
#0  <hex> in fib (n=4) at examples/fib.c:6
${fibLine}
(tdb) frame
#0  <hex> in fib (n=4) at examples/fib.c:6
${fibLine}
(tdb) up
#1  <hex> in fib (n=5) at examples/fib.c:6
${fibLine}
(tdb) delete
(tdb) finish
Run till exit from #1  <hex> in fib (n=5) at examples/fib.c:6
<hex> in fib (n=6) at examples/fib.c:6
${fibLine}
Value returned is $2 = 5`,
  );
  assert.ok(r.stdout.endsWith('(tdb) continue\nfib(6) = 8\n[program exited with code 0]\n'));
});

test('tail calls take the frame over; longjmp unwinds to the setjmp', () => {
  const r = prog([
    `break ${line('tail')}`,
    'break jumper if depth == 0',
    'run',
    'bt',
    'next',
    'bt',
    'delete 2',
    'continue',
    'bt',
    'step',
    'step',
    'bt',
    'delete',
    'continue',
  ]);
  assertNoStackTrace(r.stderr);
  assertBlock(
    r.stdout,
    `Breakpoint 2, jumper (depth=0) at prog.c:${line('jumper')}
${sourceLine('jumper')}
(tdb) bt
#0  jumper (depth=0) at prog.c:${line('jumper')}
#1  <hex> in jumper (depth=1) at prog.c:${line('jumper') + 1}
#2  <hex> in jumper (depth=2) at prog.c:${line('jumper') + 1}
#3  <hex> in jumper (depth=3) at prog.c:${line('jumper') + 1}
#4  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('setjmp')}
(tdb) next
<hex> in main (argc=1, argv=<hex>) at prog.c:${line('setjmp')}
${sourceLine('setjmp')}
(tdb) bt
#0  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('setjmp')}`,
  );
  assertBlock(
    r.stdout,
    `Breakpoint 1, tail (n=10, acc=0) at prog.c:${line('tail')}
${sourceLine('tail')}
(tdb) bt
#0  tail (n=10, acc=0) at prog.c:${line('tail')}
#1  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('tail-call')}
(tdb) step
${line('tail') + 1}\t  return tail(n - 1, acc + n);
(tdb) step
Breakpoint 1, tail (n=9, acc=10) at prog.c:${line('tail')}
${sourceLine('tail')}
(tdb) bt
#0  tail (n=9, acc=10) at prog.c:${line('tail')}
#1  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('tail-call')}`,
  );
  assert.ok(r.stdout.endsWith('tail 55 counter 7 hello 20\n[program exited with code 0]\n'));
});

test('a trap prints its message and the C backtrace; the stack can still be read, the program cannot go on', () => {
  const r = prog(['run', 'bt', 'print null', 'continue', 'step'], ['crash']);
  assertNoStackTrace(r.stderr);
  assertBlock(
    r.stdout,
    `(tdb) run
Starting program: prog.c crash
${normalOutput}trap: null pointer access: read of 4 bytes at 0x0, at prog.c:${line('trap')}:20 in main
      printf("%d\\n", *null); // @trap
                     ^
  called from /tessera/libc/sys.s:<any>
[program trapped]
(tdb) bt
#0  <hex> in main (argc=2, argv=<hex>) at prog.c:${line('trap')}
(tdb) print null
$1 = (int *) 0x0
(tdb) continue
(tdb) step`,
  );
  assert.equal(r.stderr, 'The program is not being run.\nThe program is not being run.\n');
  assert.equal(r.code, 1, 'a script with failed commands exits with 1');
});

test('print and display: structs, arrays, pointers, strings, registers, formats; ptype, whatis; x/FMT', () => {
  const r = prog([
    `tbreak ${line('loop')}`,
    'run',
    'print s',
    'print s.corners[1]',
    'print s.corners[2].y * 10',
    'print values',
    'print/x values',
    'print *p',
    'print p',
    'print p[1]',
    'print &values[2]',
    'print message',
    'print s.name',
    'print counter',
    'print/x counter',
    'print/t 10',
    'print/o 8',
    'print/c 65',
    'print/d -1',
    'print/u values[0] - 11',
    'print s.scale * 2',
    'print $pc == $pc',
    'print main',
    'ptype s',
    'ptype p',
    'whatis s.corners',
    'display total',
    'display/x counter',
    'info display',
    'x/4dw values',
    'x/2xg values',
    'x/s message',
    'x/s s.name',
    'x/3c message',
    'x/2xb &counter',
    'x',
    'x/i $pc',
    'next',
    'undisplay 1',
    'next',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) print s
$1 = {name = <hex> "tri", corners = {{x = 1, y = 2}, {x = 3, y = 4}, {x = 5, y = 6}}, scale = 1.5}
(tdb) print s.corners[1]
$2 = {x = 3, y = 4}
(tdb) print s.corners[2].y * 10
$3 = 60
(tdb) print values
$4 = {10, 20, 30, 40}
(tdb) print/x values
$5 = {0xa, 0x14, 0x1e, 0x28}
(tdb) print *p
$6 = 20
(tdb) print p
$7 = (int *) <hex>
(tdb) print p[1]
$8 = 30
(tdb) print &values[2]
$9 = (int *) <hex>
(tdb) print message
$10 = "hello"
(tdb) print s.name
$11 = <hex> "tri"
(tdb) print counter
$12 = 7
(tdb) print/x counter
$13 = 0x7
(tdb) print/t 10
$14 = 1010
(tdb) print/o 8
$15 = 010
(tdb) print/c 65
$16 = 65 'A'
(tdb) print/d -1
$17 = -1
(tdb) print/u values[0] - 11
$18 = 4294967295
(tdb) print s.scale * 2
$19 = 3
(tdb) print $pc == $pc
$20 = 1
(tdb) print main
$21 = {function} <hex> <main>
(tdb) ptype s
type = struct shape {
    const char *name;
    struct point corners[3];
    double scale;
}
(tdb) ptype p
type = int *
(tdb) whatis s.corners
type = struct point [3]
(tdb) display total
1: total = 0
(tdb) display/x counter
2: /x counter = 0x7
(tdb) info display
Auto-display expressions now in effect:
1:   total
2:   /x counter
(tdb) x/4dw values
<hex>:\t10\t20\t30\t40
(tdb) x/2xg values
<hex>:\t0x000000140000000a\t0x000000280000001e
(tdb) x/s message
<hex> <message>:\t"hello"
(tdb) x/s s.name
<hex><any>:\t"tri"
(tdb) x/3c message
<hex> <message>:\t104 'h'\t101 'e'\t108 'l'
(tdb) x/2xb &counter
<hex> <counter>:\t0x07\t0x00
(tdb) x
<hex> <counter+2>:\t0x00\t0x00
(tdb) x/i $pc
=> <hex> <main+<any>>:\t(vp-<any>)
(tdb) next
${sourceLine('body')}
1: total = 0
2: /x counter = 0x7
(tdb) undisplay 1
(tdb) next
${sourceLine('loop')}
2: /x counter = 0x7`,
  );
});

test('assignments change what the program prints', () => {
  const r = prog([
    `break ${line('tail-call')}`,
    'run',
    'print counter = 100',
    'set var message[0] = 72',
    'print *p += 1',
    'set var counter = counter * 2',
    'set $r0 = 5',
    'print $r0',
    'continue',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) print counter = 100
$1 = 100
(tdb) set var message[0] = 72
(tdb) print *p += 1
$2 = 21
(tdb) set var counter = counter * 2
(tdb) set $r0 = 5
(tdb) print $r0
$3 = 5
(tdb) continue
tail 55 counter 200 Hello 21
[program exited with code 0]`,
  );
});

test('info registers, args, locals, functions, source', () => {
  const r = prog([
    'break square',
    'run',
    'info registers',
    'info registers r0 rsp pc',
    'info args',
    'info locals',
    'up',
    'info args',
    'info functions ^(square|half)$',
    'info source',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) info registers
r0             0xa                10
r1             <hex> <any>`,
  );
  assertBlock(
    r.stdout,
    `rsp            <hex> <any><hex>
pc             <hex> <any><hex> <square+<any>>
(tdb) info registers r0 rsp pc
r0             0xa                10
rsp            <hex> <any><hex>
pc             <hex> <any><hex> <square+<any>>
(tdb) info args
v = 10
(tdb) info locals
r = <any>
(tdb) up
#1  <hex> in main (argc=1, argv=<hex>) at prog.c:${line('body')}
${sourceLine('body')}
(tdb) info args
argc = 1
argv = <hex>
(tdb) info functions ^(square|half)$
All functions matching "^(square|half)$":

File prog.c:
${line('square') - 1}:\tsquare\t<hex>
${line('printf') - 19}:\thalf\t<hex>
(tdb) info source
Current source file is prog.c
Contains ${source.split('\n').length - 1} lines.`,
  );
});

test('list goes on from the last listing; list -, list LINE, FUNCTION, FIRST,LAST; disassemble with /s, by name and range', () => {
  const r = prog([
    'list',
    'list',
    'list -',
    'list square',
    'list 3,5',
    'list',
    'break half',
    'run',
    'list',
    'disassemble',
    'disassemble /s half',
    'disassemble square,+8',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  const lines = source.split('\n');
  const listing = (first: number, last: number): string =>
    lines
      .slice(first - 1, last)
      .map((text, i) => `${first + i}\t${text}`)
      .join('\n');
  // Before the program runs, list shows the lines around main.
  const main = line('main') - 1;
  assertBlock(
    r.stdout,
    `(tdb) list
${listing(main - 5, main + 4)}
(tdb) list
${listing(main + 5, main + 14)}
(tdb) list -
${listing(main - 5, main + 4)}
(tdb) list square
${listing(line('square') - 6, line('square') + 3)}
(tdb) list 3,5
${listing(3, 5)}
(tdb) list
${listing(6, 15)}`,
  );
  const half = line('printf') - 19;
  assertBlock(
    r.stdout,
    `Breakpoint 1, half (d=1.5) at prog.c:${half}
${half}\t${lines[half - 1]}
(tdb) list
${listing(half - 5, half + 4)}
(tdb) disassemble
Dump of assembler code for function half:
   <hex> <+0>:\t(vp-<any>`,
  );
  assert.match(r.stdout, /\n=> 0x[0-9a-f]+ <\+\d+>:\t\(vp-/, 'the pc is marked');
  assertBlock(
    r.stdout,
    `(tdb) disassemble /s half
Dump of assembler code for function half:
prog.c:
${half}\t${lines[half - 1]}
<any><hex> <+0>:\t(vp-<any>`,
  );
  assertBlock(
    r.stdout,
    `(tdb) disassemble square,+8
Dump of assembler code from <hex> to <hex>:
   <hex> <+0>:\t(vp-<any>)
   <hex> <+4>:\t(vp-<any>)
End of assembler dump.`,
  );
});

test('mistakes print one line each and the prompt goes on; the script then exits with 1', () => {
  const r = prog([
    'frobnicate',
    'd',
    'dis',
    'break nosuch',
    'break 9999',
    'break square junk',
    'print nosuch',
    'print 1 +',
    'print',
    'print/z 1',
    'x/4q &counter',
    'x/4xg 0',
    'info bogus',
    'finish',
    'up',
    'step x',
    'list 500',
    'frame 7',
    'delete 9',
    'condition 1 v ==',
    'set foo',
    'run < no-such-input',
    'print counter',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.code, 1);
  assert.equal(
    r.stderr,
    [
      'Undefined command: "frobnicate". Try "help".',
      'Ambiguous command "dis": disable, display, disassemble.',
      'no function named nosuch',
      'no code at or after line 9999 of prog.c',
      "junk after the location: 'junk' (break LOCATION if COND)",
      "no symbol 'nosuch' in the current context",
      'expected a value, found the end of the expression',
      'print needs an expression',
      "bad print format '/z' (x d u o t c a f)",
      "bad format letter 'q' (formats: x d u o t c a f s i; sizes: b h w g)",
      'cannot access 0x0: the null region (below 0x10000) has no memory',
      'Undefined info command: "bogus". Try "help".',
      '"finish" is not meaningful in the outermost frame.',
      'Initial frame selected; you cannot go up.',
      "expected a count, got 'x'",
      `Line number 495 out of range; "prog.c" has ${source.split('\n').length - 1} lines.`,
      'No frame at level 7.',
      'No breakpoint number 9.',
      'No breakpoint number 1.',
      "bad set command: 'set foo' (set var EXPR, set $REGISTER = VALUE, set args, set fuel)",
      'cannot read no-such-input: no such file',
      '',
    ].join('\n'),
  );
  assert.ok(r.stdout.endsWith('(tdb) print counter\n$1 = 7\n'), 'the session goes on after the mistakes');
});

test('a debugged run prints exactly what tessera run prints, breakpoints hit or not', () => {
  const programOutput = (stdout: string): string => {
    const start = stdout.indexOf('\n', stdout.indexOf('Starting program:')) + 1;
    const end = stdout.lastIndexOf('[program exited with code ');
    return stdout
      .slice(start, end)
      .replace(/^\(tdb\) .*\n|^Breakpoint .*\n|^Will ignore .*\n|^\d+\t.*\n/gm, '');
  };
  const nbody = tessera(['run', 'examples/nbody.c', '200']);
  const debugged = debug('examples/nbody.c', ['run'], { args: ['200'] });
  assert.equal(nbody.code, 0);
  assert.equal(debugged.stderr, '');
  assert.equal(programOutput(debugged.stdout), nbody.stdout);
  assert.match(debugged.stdout, /\[program exited with code 0\]\n$/);
  const withBreakpoints = debug(
    'examples/nbody.c',
    ['break advance', 'run', 'continue 50', 'delete', 'continue'],
    { args: ['200'] },
  );
  assert.equal(programOutput(withBreakpoints.stdout), nbody.stdout);
  const plain = tessera(['run', 'prog.c', 'x'], '', dir);
  const stepped = prog(['start', 'next 3', 'continue'], ['x']);
  assert.equal(plain.code, 70);
  const trapStart = stepped.stdout.indexOf('trap:');
  const output = stepped.stdout.slice(stepped.stdout.indexOf('(tdb) continue\n') + 15, trapStart);
  assert.equal(output, plain.stdout);
  assert.equal(
    stepped.stdout.slice(trapStart).replace('[program trapped]\n', ''),
    plain.stderr,
    'the trap reads as tessera run reports it',
  );
});

test('an empty line repeats step, next, continue, list and x; # starts a comment', () => {
  const r = prog([
    '# comments are skipped',
    'start',
    'next',
    '',
    '',
    'x/2dw values',
    '',
    'list 1,2',
    '',
    'print 1',
    '',
    'break square',
    'continue',
    '',
    'print v',
  ]);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) next
${line('main') + 1}\t${source.split('\n')[line('main')]}
${repeated}
${line('main') + 2}\t${source.split('\n')[line('main') + 1]}
${repeated}
${line('main') + 3}\t${source.split('\n')[line('main') + 2]}
(tdb) x/2dw values
<hex>:\t<any>\t<any>
${repeated}
<hex>:\t<any>\t<any>
(tdb) list 1,2
1\t#include <stdio.h>
2\t#include <setjmp.h>
${repeated}
3\t
4\tstruct point { int x, y; };
5<any>
6<any>
7<any>
8<any>
9<any>
10<any>
11<any>
12<any>
(tdb) print 1
$1 = 1
(tdb) break square`,
  );
  assertBlock(
    r.stdout,
    `(tdb) continue
Breakpoint 1, square (v=10) at prog.c:${line('square')}
${sourceLine('square')}
${repeated}
Breakpoint 1, square (v=20) at prog.c:${line('square')}
${sourceLine('square')}
(tdb) print v
$2 = 20`,
  );
  assert.doesNotMatch(r.stdout, /comments are skipped\n\(tdb\) \n/);
});

test('run starts again with new arguments or input; start, kill and set args', () => {
  writeFileSync(
    join(dir, 'echo.c'),
    '#include <stdio.h>\nint main(int argc, char **argv) {\n  int c, n = 0;\n  while ((c = getchar()) != EOF) n++;\n  printf("%d args, %d bytes\\n", argc, n);\n  return n;\n}\n',
  );
  writeFileSync(join(dir, 'input.txt'), 'twelve bytes');
  const r = debug(
    'echo.c',
    ['run', 'run a "b c" < input.txt', 'run', 'start', 'kill', 'set args', 'run', 'start x', 'continue'],
    { cwd: dir, args: ['first'] },
  );
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) run
Starting program: echo.c first
2 args, 0 bytes
[program exited with code 0]
(tdb) run a "b c" < input.txt
Starting program: echo.c a b c < input.txt
3 args, 12 bytes
[program exited with code 12]
(tdb) run
Starting program: echo.c a b c < input.txt
3 args, 12 bytes
[program exited with code 12]
(tdb) start
Starting program: echo.c a b c < input.txt
main (argc=3, argv=<hex>) at echo.c:3
3\t  int c, n = 0;
(tdb) kill
[program killed]
(tdb) set args
(tdb) run
Starting program: echo.c < input.txt
1 args, 12 bytes
[program exited with code 12]
(tdb) start x
Starting program: echo.c x < input.txt
main (argc=2, argv=<hex>) at echo.c:3
3\t  int c, n = 0;
(tdb) continue
2 args, 12 bytes
[program exited with code 12]`,
  );
});

test('-x runs a file of commands first; --batch runs only them, the program reading standard input', () => {
  writeFileSync(join(dir, 'commands.txt'), `break square\nrun\nprint v\n\ncontinue\n`);
  const r = tessera(['debug', '-x', 'commands.txt', 'prog.c'], 'print v\ndelete\ncontinue\n', dir);
  assertNoStackTrace(r.stderr);
  assert.equal(r.stderr, '');
  assertBlock(
    r.stdout,
    `(tdb) print v
$1 = 10
(tdb) continue
Breakpoint 1, square (v=20) at prog.c:${line('square')}
${sourceLine('square')}
(tdb) print v
$2 = 20
(tdb) delete
(tdb) continue
${normalOutput}[program exited with code 0]`,
  );
  writeFileSync(
    join(dir, 'count.c'),
    '#include <stdio.h>\nint main(void) {\n  int n = 0;\n  while (getchar() != EOF) n++;\n  printf("%d\\n", n);\n  return 0;\n}\n',
  );
  writeFileSync(join(dir, 'batch.txt'), 'break 5\nrun\nprint n\ncontinue\nprint n\n');
  const batch = tessera(['debug', '--batch', '-x', 'batch.txt', 'count.c'], 'seven b', dir);
  assert.equal(
    batch.stdout,
    [
      '(tdb) break 5',
      'Breakpoint 1 at ' + /0x[0-9a-f]+/.exec(batch.stdout)![0] + ': file count.c, line 5.',
      '(tdb) run',
      'Starting program: count.c',
      'Breakpoint 1, main () at count.c:5',
      '5\t  printf("%d\\n", n);',
      '(tdb) print n',
      '$1 = 7',
      '(tdb) continue',
      '7',
      '[program exited with code 0]',
      '(tdb) print n',
      '',
    ].join('\n'),
  );
  assert.equal(batch.code, 1, 'a failed command in --batch exits with 1');
  assert.equal(batch.stderr, "no symbol 'n' in the current context\n");
});

test('assembly programs, and modules without a line table: registers, instructions, address breakpoints', () => {
  const asm = debug('examples/fib.s', [
    'break fib if r0 == 2',
    'run',
    'bt',
    'print r0',
    'stepi',
    'info registers r0 pc',
    'delete',
    'continue',
  ]);
  assertNoStackTrace(asm.stderr);
  assert.equal(asm.stderr, '');
  assertBlock(
    asm.stdout,
    `Breakpoint 1, fib () at examples/fib.s:16
16\t  (vp-blt-cr 2 r0 'fib_done)
(tdb) bt
#0  fib () at examples/fib.s:16
#1  <hex> in fib () at examples/fib.s:<any>`,
  );
  assertBlock(
    asm.stdout,
    `(tdb) print r0
$1 = 2
(tdb) stepi
17\t  (vp-push r1 r0)                    ; caller's r1, then n
(tdb) info registers r0 pc
r0             0x2                2
pc             <hex> <any><hex> <fib+4>`,
  );
  assert.ok(asm.stdout.endsWith('(tdb) continue\n832040\n[program exited with code 0]\n'));

  const module = join(dir, 'fib.tsm');
  assert.equal(tessera(['asm', '--no-debug', 'examples/fib.s', '-o', module]).code, 0);
  const bare = debug(module, [
    'break fib',
    'run',
    'bt 1',
    'disassemble',
    'delete',
    'stepi',
    'nexti 3',
    'list',
    'continue',
  ]);
  assertNoStackTrace(bare.stderr);
  assertBlock(
    bare.stdout,
    `Breakpoint 1, <hex> in fib ()
(tdb) bt 1
#0  <hex> in fib ()
(More stack frames follow...)
(tdb) disassemble
Dump of assembler code for function fib:
=> <hex> <+0>:\t(vp-blt-cr 2 r0 'fib_done)
   <hex> <+4>:\t(vp-push r1 r0)
   <hex> <+8>:\t(vp-sub-cr 1 r0)
   <hex> <+12>:\t(vp-call 'fib)`,
  );
  assertBlock(
    bare.stdout,
    `(tdb) stepi
<hex> in fib ()
=> <hex>:\t(vp-push r1 r0)
(tdb) nexti 3
<hex> in fib ()
=> <hex>:\t(vp-pop r1)
(tdb) list
(tdb) continue
832040
[program exited with code 0]`,
  );
  assert.equal(bare.stderr, 'No source file (the program has no line table).\n');
});

test('Ctrl-C (SIGINT) while the program runs pauses it; the session goes on', async () => {
  const child = spawn(process.execPath, [bin, 'debug', 'examples/fib.c', '40'], {
    cwd: root,
    env: { ...process.env, TESSERA_HISTORY: '' },
  });
  let stdout = '';
  let stderr = '';
  const waitFor = (text: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${text}: ${stdout}`)), 60_000);
      const check = (): void => {
        if (!stdout.includes(text)) return;
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve();
      };
      child.stdout.on('data', check);
      check();
    });
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  child.stdin.write('run\n');
  await waitFor('Starting program:');
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGINT');
  await waitFor('Program paused.');
  child.stdin.end('bt -1\nkill\n');
  assert.equal(await exited, 0);
  assert.equal(stderr, '');
  assertBlock(
    stdout,
    // Paused mid-line the frame shows its pc ("0x... in fib ..."); at a line's first instruction it does not.
    `Program paused.
<any>fib (n=<any>) at examples/fib.c:<any>
<any>
(tdb) bt -1
#<any>  <hex> in main (argc=2, argv=<hex>) at examples/fib.c:11
(tdb) kill
[program killed]`,
  );
});
