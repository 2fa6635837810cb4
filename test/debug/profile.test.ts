// The profiler: exact counts on hand-computable programs, recursion, tail calls and longjmp in the call tree,
// fib at the top of examples/fib.c, and the .cpuprofile, collapsed-stack and SVG outputs.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import {
  collapsedStacks,
  formatProfileTable,
  functionEntries,
  lineEntries,
  profileRun,
  Profiler,
  renderFlameGraph,
  toCollapsed,
  toCpuProfile,
  type CpuProfile,
  type Profile,
  type ProfilerOptions,
} from '../../src/debug/index.js';
import type { Module } from '../../src/module/index.js';
import { textBase } from '../../src/isa/index.js';
import { compileC } from '../support/c.js';
import { assembleText, machineFor, repoRoot } from '../support/programs.js';

const update = process.env['UPDATE_GOLDEN'] === '1' || process.env['TESSERA_UPDATE_GOLDEN'] === '1';
const golden = new URL('../../../test/debug/golden/', import.meta.url);

async function profileOf(module: Module, options: ProfilerOptions & { fuel?: number } = {}, args?: string[]) {
  const { machine, output } = machineFor(module, args === undefined ? {} : { args });
  const { result, profile } = await profileRun(machine, options);
  return { machine, output, result, profile };
}

/** Self and total of a function by name. */
function entryOf(profile: Profile, name: string): { self: number; total: number } {
  const entry = functionEntries(profile).find((e) => profile.functions[e.index]!.displayName === name);
  assert.ok(entry !== undefined, `${name} is in the profile`);
  return { self: entry.self, total: entry.total };
}

function collapsedMap(profile: Profile): Map<string, number> {
  return new Map(collapsedStacks(profile).map((s) => [s.frames.join(';'), s.weight]));
}

const loop = `(module "loop")
(export 'main)
(function 'main)
  (vp-cpy-cr 3 r2)
(vp-label 'again)
  (vp-call 'leaf)
  (vp-sub-cr 1 r2)
  (vp-bne-cr 0 r2 'again)
  (vp-cpy-cr 0 r0)
  (vp-ret)
(function 'leaf)
  (vp-add-cr 1 r0)
  (vp-ret)
`;

test('count mode counts every instruction exactly, by function, stack and line', async () => {
  const { machine, profile, result } = await profileOf(assembleText(loop, 'loop.s'));
  assert.equal(result.status, 'halted');
  // main: 1 + 3 * (call, sub, bne) + 2 = 12; leaf: 3 * 2 = 6.
  assert.equal(profile.total, 18);
  assert.equal(profile.total, machine.fuelUsed - machine.extraFuelUsed);
  assert.deepEqual(entryOf(profile, 'main'), { self: 12, total: 18 });
  assert.deepEqual(entryOf(profile, 'leaf'), { self: 6, total: 6 });
  assert.equal(toCollapsed(profile), 'main 12\nmain;leaf 6\n');
  // Each instruction is on its own line: the call's line (6) is active during the calls too.
  const lines = new Map(
    lineEntries(profile).map((e) => [profile.lines[e.index]!.line, [e.self, e.total]] as const),
  );
  assert.deepEqual(lines.get(4), [1, 1]);
  assert.deepEqual(lines.get(6), [3, 9]);
  assert.deepEqual(lines.get(12), [3, 3]);
  assert.equal(
    profile.instructionWeights.reduce((a, b) => a + b, 0),
    18,
  );
});

test('count mode stops counting where the fuel ran out, and repeats exactly', async () => {
  const module = assembleText(loop, 'loop.s');
  for (const fuel of [0, 1, 5, 10, 17]) {
    const { machine, profile, result } = await profileOf(module, { fuel });
    assert.equal(result.status, 'out-of-fuel');
    assert.equal(profile.total, fuel, `fuel ${fuel}`);
    assert.equal(profile.total, machine.fuelUsed - machine.extraFuelUsed);
  }
  const again = await profileOf(module, { fuel: 11 });
  const first = await profileOf(module, { fuel: 11 });
  assert.deepEqual(toCpuProfile(again.profile), toCpuProfile(first.profile));
});

const tailSource = `(module "tail")
(export 'main)
(function 'main)
  (vp-call 'f)
  (vp-cpy-cr 0 r0)
  (vp-ret)
(function 'f)
  (vp-cpy-cr 2 r1)
  (vp-jmp 'g)
(function 'g)
  (vp-sub-cr 1 r1)
  (vp-bne-cr 0 r1 'g)
  (vp-ret)
`;

test('a tail call replaces its caller in the stack', async () => {
  const { profile } = await profileOf(assembleText(tailSource, 'tail.s'));
  assert.deepEqual(
    [...collapsedMap(profile)],
    [
      ['main', 3],
      ['main;f', 2],
      ['main;g', 5],
    ],
  );
  assert.deepEqual(entryOf(profile, 'main'), { self: 3, total: 10 });
});

let fib: Module | undefined;
function fibModule(): Module {
  if (fib === undefined) {
    const { module, diagnostics } = compileC([fileURLToPath(new URL('examples/fib.c', repoRoot))]);
    assert.ok(module !== undefined, diagnostics.join('\n'));
    fib = module;
  }
  return fib;
}

test('examples/fib.c: fib is at the top, and recursion is counted once in totals', async () => {
  const { machine, output, profile } = await profileOf(fibModule(), {}, ['fib', '18']);
  assert.equal(output.stdout, 'fib(18) = 2584\n');
  assert.equal(profile.total, machine.fuelUsed - machine.extraFuelUsed);
  const [top] = functionEntries(profile);
  assert.equal(profile.functions[top!.index]!.displayName, 'fib');
  const fibEntry = entryOf(profile, 'fib');
  // fib calls nothing but itself: its total is its self, not the sum over the depths of the recursion.
  assert.equal(fibEntry.total, fibEntry.self);
  assert.ok(fibEntry.self > 0.9 * profile.total, `${fibEntry.self} of ${profile.total}`);
  const main = entryOf(profile, 'main');
  const start = entryOf(profile, '_start');
  assert.equal(start.total, profile.total);
  assert.ok(main.total > fibEntry.total && main.total < profile.total);
  // The line with the recursive calls (6) is active for every instruction of fib but the outermost call's
  // prologue, which the compiler may place on the definition's line (5); each is counted once, however deep.
  const line6 = lineEntries(profile).find((e) => profile.lines[e.index]!.line === 6)!;
  assert.ok(line6.total <= fibEntry.total && line6.total > fibEntry.total - 10, `${line6.total}`);
  // Library functions are named.
  assert.ok(functionEntries(profile).some((e) => profile.functions[e.index]!.displayName === 'printf'));
  const table = formatProfileTable(profile, { top: 3, lines: true });
  assert.match(table, /^profile \(count mode\): \d+ instructions counted\n/);
  assert.match(table, /\n\s*\d+\s+\d+\.\d%\s+\d+\s+\d+\.\d%\s+fib\s+\S*examples\/fib\.c:[56]\n/);
  assert.match(table, /\n\s+self\s+self%\s+total\s+total%\s+line\s+function\n/);
});

const jumpSource = `#include <setjmp.h>
static jmp_buf env;
static __attribute__((noinline)) long work(long n) { long s = 0; for (long i = 0; i < n; i++) s += i; return s; }
static void deep(int n) { if (n == 0) longjmp(env, 1); deep(n - 1); }
int main(void) {
  if (setjmp(env) == 0) deep(5);
  return (int)(work(1000) & 1);
}
`;
function jumpModule(): Module {
  const path = join(mkdtempSync(join(tmpdir(), 'tessera-profile-')), 'jump.c');
  writeFileSync(path, jumpSource);
  const { module, diagnostics } = compileC([path]);
  assert.ok(module !== undefined, diagnostics.join('\n'));
  return module;
}

test('after longjmp the stack is the one setjmp was called in', async () => {
  const module = jumpModule();
  const { profile, machine } = await profileOf(module);
  assert.equal(profile.total, machine.fuelUsed - machine.extraFuelUsed);
  const stacks = collapsedMap(profile);
  assert.ok((stacks.get('_start;main;work') ?? 0) > 1000, [...stacks.keys()].join('\n'));
  for (const stack of stacks.keys()) assert.doesNotMatch(stack, /deep;.*work|longjmp;.*work/);
});

/**
 * Self and total per function and per line worked out the slow way: the machine's own backtrace before every
 * instruction, each function and line on it counted once.
 */
async function referenceCounts(module: Module, args?: string[]) {
  const { machine } = machineFor(module, args === undefined ? {} : { args });
  const functions = new Map<string, [number, number]>();
  const lines = new Map<string, [number, number]>();
  const add = (map: Map<string, [number, number]>, key: string, self: boolean): void => {
    const entry = map.get(key) ?? [0, 0];
    if (self) entry[0]++;
    entry[1]++;
    map.set(key, entry);
  };
  machine.hook = (ip) => {
    const frames = machine.backtrace(textBase + ip * 4);
    const names = new Set(frames.map((f) => f.where.replace(/\+0x[0-9a-f]+$/, '')));
    const sources = new Set(frames.map((f) => f.source!.replace(/:\d+$/, '')));
    for (const name of names) add(functions, name, name === frames[0]!.where.replace(/\+0x[0-9a-f]+$/, ''));
    for (const source of sources) add(lines, source, source === frames[0]!.source!.replace(/:\d+$/, ''));
    return false;
  };
  await machine.runToCompletion();
  return { functions, lines };
}

function profiledCounts(profile: Profile) {
  const functions = new Map(
    functionEntries(profile).map((e) => [profile.functions[e.index]!.name, [e.self, e.total]] as const),
  );
  const lines = new Map(
    lineEntries(profile).map((e) => {
      const { file, line } = profile.lines[e.index]!;
      return [`${file}:${line}`, [e.self, e.total]] as const;
    }),
  );
  return { functions, lines };
}

test('self and total by function and by line agree with backtraces taken before every instruction', async () => {
  const fibS = readFileSync(new URL('examples/fib.s', repoRoot), 'utf8').replace(
    "(const 'n 30)",
    "(const 'n 9)",
  );
  const programs: [Module, string[] | undefined][] = [
    [assembleText(fibS, 'examples/fib.s'), undefined],
    [assembleText(tailSource, 'tail.s'), undefined],
    [fibModule(), ['fib', '7']],
  ];
  for (const [module, args] of programs) {
    const reference = await referenceCounts(module, args);
    const { profile } = await profileOf(module, {}, args);
    const counted = profiledCounts(profile);
    assert.deepEqual(new Map([...counted.functions].sort()), new Map([...reference.functions].sort()));
    assert.deepEqual(new Map([...counted.lines].sort()), new Map([...reference.lines].sort()));
  }
  // With longjmp, three instructions differ: longjmp's last ones (it stores setjmp's return address and returns
  // from that slot), after it has moved rsp up. The backtrace then shows longjmp called from main; the profiler
  // keeps the stack longjmp was called in.
  const jump = jumpModule();
  const reference = await referenceCounts(jump);
  const counted = profiledCounts((await profileOf(jump)).profile);
  for (const [kind, map] of [
    ['function', counted.functions],
    ['line', counted.lines],
  ] as const) {
    const expected = kind === 'function' ? reference.functions : reference.lines;
    assert.deepEqual([...map.keys()].sort(), [...expected.keys()].sort());
    for (const [key, [self, total]] of map) {
      assert.equal(self, expected.get(key)![0], `self of ${kind} ${key}`);
      assert.ok(Math.abs(total - expected.get(key)![1]) <= 3, `total of ${kind} ${key}`);
    }
  }
});

test('time mode reads live frames only: after a longjmp, stale return addresses below deeper calls are not frames', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'tessera-profile-')), 'stale.c');
  writeFileSync(
    path,
    `#include <setjmp.h>
#include <stdio.h>
static jmp_buf env;
static void dive(int n) { if (n == 0) longjmp(env, 1); dive(n - 1); }
int main(void) {
  if (setjmp(env) == 0) dive(20);
  for (int i = 0; i < 200; i++) printf("%d\\n", i);
  return 0;
}
`,
  );
  const { module, diagnostics } = compileC([path]);
  assert.ok(module !== undefined, diagnostics.join('\n'));
  // Sampling at every look at the clock (1 us): dive's frames, left below rsp by the longjmp, lie where printf's
  // frames go later; their slots may still hold dive's return addresses.
  const { profile } = await profileOf(module, { mode: 'time', interval: 1 });
  const stacks = [...collapsedMap(profile).keys()];
  assert.ok(
    stacks.some((stack) => stack.startsWith('_start;main;printf;')),
    stacks.join('\n'),
  );
  for (const stack of stacks) assert.ok(!stack.includes('printf') || !stack.includes('dive'), stack);
});

test('time mode samples the stack by the clock: fib on top, weights add up to the samples', async () => {
  const { profile } = await profileOf(fibModule(), { mode: 'time', interval: 50 }, ['fib', '20']);
  assert.equal(profile.unit, 'microseconds');
  assert.ok(profile.samples.length > 10, `${profile.samples.length} samples`);
  assert.equal(profile.samples.length, profile.timeDeltas.length);
  const sum = profile.timeDeltas.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - profile.total) < 1e-6 * sum);
  const [top] = functionEntries(profile);
  assert.equal(profile.functions[top!.index]!.displayName, 'fib');
});

test('a profiler attaches only to a machine without a hook, and detaches', async () => {
  const { machine } = machineFor(assembleText(loop, 'loop.s'));
  const profiler = new Profiler(machine);
  profiler.start();
  assert.throws(() => new Profiler(machine).start(), /already has a hook/);
  const result = machine.run();
  profiler.stop(result);
  assert.equal(machine.hook, null);
  assert.throws(() => profiler.stop(), /not running/);
});

/** Check a .cpuprofile against the format Chrome DevTools reads (CDP's Profiler.Profile). */
function assertCpuProfile(profile: CpuProfile): void {
  assert.deepEqual(Object.keys(profile).sort(), ['endTime', 'nodes', 'samples', 'startTime', 'timeDeltas']);
  const ids = new Map(profile.nodes.map((node) => [node.id, node]));
  assert.equal(ids.size, profile.nodes.length, 'node ids are unique');
  assert.equal(profile.nodes[0]!.callFrame.functionName, '(root)');
  const parents = new Map<number, number>();
  for (const node of profile.nodes) {
    assert.ok(Number.isInteger(node.id) && node.id > 0);
    const keys = Object.keys(node).sort();
    assert.ok(
      keys.every((k) => ['callFrame', 'children', 'hitCount', 'id', 'positionTicks'].includes(k)),
      keys.join(),
    );
    assert.deepEqual(Object.keys(node.callFrame).sort(), [
      'columnNumber',
      'functionName',
      'lineNumber',
      'scriptId',
      'url',
    ]);
    assert.equal(typeof node.callFrame.functionName, 'string');
    assert.equal(typeof node.callFrame.scriptId, 'string');
    assert.equal(typeof node.callFrame.url, 'string');
    assert.ok(Number.isInteger(node.callFrame.lineNumber) && node.callFrame.lineNumber >= -1);
    assert.ok(Number.isInteger(node.callFrame.columnNumber) && node.callFrame.columnNumber >= -1);
    assert.ok(Number.isInteger(node.hitCount) && node.hitCount >= 0);
    for (const child of node.children) {
      assert.ok(ids.has(child), `child ${child} exists`);
      assert.ok(!parents.has(child), `child ${child} has one parent`);
      parents.set(child, node.id);
    }
    for (const tick of node.positionTicks ?? []) {
      assert.deepEqual(Object.keys(tick).sort(), ['line', 'ticks']);
      assert.ok(
        Number.isInteger(tick.line) && tick.line >= 1 && Number.isInteger(tick.ticks) && tick.ticks > 0,
      );
    }
  }
  assert.equal(parents.size, profile.nodes.length - 1, 'every node but the root has a parent');
  assert.equal(profile.samples.length, profile.timeDeltas.length);
  for (const sample of profile.samples) assert.ok(ids.has(sample));
  for (const delta of profile.timeDeltas) assert.ok(Number.isInteger(delta) && delta >= 0);
  const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
  assert.ok(Number.isInteger(profile.startTime) && profile.startTime + span <= profile.endTime);
}

test('the .cpuprofile has the structure DevTools reads, and the top-level shape node --cpu-prof writes', async () => {
  const { profile } = await profileOf(fibModule(), {}, ['fib', '12']);
  const cpu = toCpuProfile(profile);
  assertCpuProfile(cpu);
  assertCpuProfile(JSON.parse(JSON.stringify(cpu)) as CpuProfile);
  // DevTools takes a node's self time as hitCount * (endTime - startTime) / (sum of hitCounts): in count
  // mode, one microsecond per instruction.
  const hits = cpu.nodes.reduce((sum, node) => sum + node.hitCount, 0);
  assert.equal(hits, cpu.endTime - cpu.startTime);
  const fibNodes = cpu.nodes.filter((node) => node.callFrame.functionName === 'fib');
  assert.equal(
    fibNodes.reduce((sum, node) => sum + node.hitCount, 0),
    entryOf(profile, 'fib').self,
  );
  assert.match(fibNodes[0]!.callFrame.url, /examples\/fib\.c$/);
  assert.ok([4, 5].includes(fibNodes[0]!.callFrame.lineNumber), '0-based line of fib');
  assert.deepEqual(
    fibNodes[0]!.positionTicks?.map((t) => t.line).filter((n) => n !== 5),
    [6],
  );
  // Compare with what V8 itself writes.
  const dir = mkdtempSync(join(tmpdir(), 'tessera-cpuprof-'));
  const v8 = spawnSync(process.execPath, [
    '--cpu-prof',
    '--cpu-prof-dir',
    dir,
    '-e',
    'for (let i = 0; i < 1e6; i++);',
  ]);
  assert.equal(v8.status, 0);
  const [file] = readdirSync(dir);
  const real = JSON.parse(readFileSync(join(dir, file!), 'utf8')) as CpuProfile;
  assert.deepEqual(Object.keys(cpu).sort(), Object.keys(real).sort());
  assert.deepEqual(Object.keys(cpu.nodes[0]!.callFrame).sort(), Object.keys(real.nodes[0]!.callFrame).sort());
  assert.equal(real.nodes[0]!.callFrame.functionName, cpu.nodes[0]!.callFrame.functionName);
});

test('the count-mode timeline keeps at most maxSamples samples, spread over the whole run', async () => {
  const { profile } = await profileOf(fibModule(), { maxSamples: 64, interval: 16 }, ['fib', '12']);
  assert.ok(profile.samples.length < 64 && profile.samples.length >= 16, `${profile.samples.length}`);
  const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
  assert.ok(span <= profile.total && span > profile.total / 2, `${span} of ${profile.total}`);
  assertCpuProfile(toCpuProfile(profile));
});

test('collapsed stacks: one "a;b;c weight" line per stack, adding up to the total', async () => {
  const { profile } = await profileOf(fibModule(), {}, ['fib', '10']);
  const text = toCollapsed(profile);
  const lines = text.trimEnd().split('\n');
  let sum = 0;
  for (const line of lines) {
    const match = /^([^; ]+(?:;[^; ]+)*) (\d+)$/.exec(line);
    assert.ok(match !== null, line);
    sum += Number(match[2]);
  }
  assert.equal(sum, profile.total);
  assert.deepEqual([...lines].sort(), lines, 'sorted');
  assert.ok(
    lines.includes(`_start;main;fib;fib;fib ${collapsedMap(profile).get('_start;main;fib;fib;fib')}`),
  );
});

test('the SVG flame graph is well-formed and the same bytes every time (golden)', () => {
  const stacks = [
    { frames: ['main'], weight: 10 },
    { frames: ['main', 'fib'], weight: 60 },
    { frames: ['main', 'fib', 'fib'], weight: 25 },
    { frames: ['main', 'print<&>'], weight: 5 },
    { frames: ['main', 'a_very_long_function_name_that_does_not_fit'], weight: 1 },
  ];
  const svg = renderFlameGraph(stacks, { title: 'test "graph"', unit: 'instructions', width: 600 });
  assert.equal(renderFlameGraph(stacks, { title: 'test "graph"', unit: 'instructions', width: 600 }), svg);
  assertWellFormed(svg);
  assert.match(svg, /<title>fib \(85 instructions, 84\.16%\)<\/title>/);
  assert.match(svg, /<title>print&#60;&#38;&#62; \(5 instructions, 4\.95%\)<\/title>/);
  const file = new URL('flamegraph.svg', golden);
  if (update) writeFileSync(file, svg);
  assert.equal(svg, readFileSync(file, 'utf8'));
});

test('a flame graph of a real profile is well-formed', async () => {
  const { profile } = await profileOf(fibModule(), {}, ['fib', '10']);
  const svg = renderFlameGraph(collapsedStacks(profile), { unit: profile.unit });
  assertWellFormed(svg);
  assert.match(svg, /<title>fib \(\d+ instructions/);
});

/** A small XML check: one root, tags nested and closed, attributes quoted, no bare & or <. */
function assertWellFormed(xml: string): void {
  const body = xml.replace(/^<\?xml[^>]*\?>\s*/, '');
  const open: string[] = [];
  const token = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&#\d+;[^"<&]*)*")*)\s*(\/?)>|([^<]+)/gy;
  let roots = 0;
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    const match = token.exec(body);
    assert.ok(match !== null, `bad markup at ${at}: ${body.slice(at, at + 60)}`);
    at = token.lastIndex;
    const [, closing, name, , selfClosing, text] = match;
    if (text !== undefined) {
      assert.doesNotMatch(text.replace(/&#\d+;/g, ''), /[&<>]/, `escaped text: ${text}`);
      if (open.length === 0) assert.match(text, /^\s*$/);
      continue;
    }
    if (closing === '/') assert.equal(open.pop(), name);
    else if (selfClosing !== '/') {
      if (open.length === 0) roots++;
      open.push(name!);
    } else if (open.length === 0) roots++;
  }
  assert.deepEqual(open, [], 'every tag closed');
  assert.equal(roots, 1, 'one root element');
}
