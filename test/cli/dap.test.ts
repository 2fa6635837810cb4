// `tessera dap` end to end: scripted Debug Adapter Protocol sessions against the real command (spawned as
// VS Code spawns it), speaking the protocol's Content-Length framing with a small client of our own.

import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../support/programs.js';

const root = fileURLToPath(repoRoot);
const bin = join(root, 'bin/tessera.js');
/** How long any one response or event may take (compiling with the C library included). */
const patience = 30_000;

interface Message {
  readonly seq: number;
  readonly type: 'request' | 'response' | 'event';
}
interface Response extends Message {
  readonly request_seq: number;
  readonly command: string;
  readonly success: boolean;
  readonly message?: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body?: any;
}
interface Event extends Message {
  readonly event: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body?: any;
}

/** Every adapter started: a failed test leaves its adapter running, which would keep this file's process alive. */
const adapters: ChildProcessWithoutNullStreams[] = [];
after(() => {
  for (const child of adapters) if (child.exitCode === null) child.kill();
});

/** A DAP client over a spawned `tessera dap`: requests with responses, and events waited for in order. */
class Client {
  readonly child: ChildProcessWithoutNullStreams;
  /** Every event received, in order (output included). */
  readonly events: Event[] = [];
  /** Events not yet taken by `event()`. */
  private unread: Event[] = [];
  private readonly responses = new Map<number, (response: Response) => void>();
  private readonly eventWaiters: (() => void)[] = [];
  private buffer = Buffer.alloc(0);
  private seq = 1;
  stderr = '';
  readonly exit: Promise<number | null>;

  constructor(cwd = root) {
    this.child = spawn(process.execPath, [bin, 'dap'], { cwd });
    adapters.push(this.child);
    this.child.stdout.on('data', (data: Buffer) => this.receive(data));
    this.child.stderr.on('data', (data: Buffer) => (this.stderr += data.toString()));
    this.exit = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  private receive(data: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, data]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const header = /^Content-Length: (\d+)$/im.exec(this.buffer.subarray(0, end).toString('ascii'));
      assert.ok(header !== null, 'every message has a Content-Length header');
      const length = Number(header[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.type === 'response') {
        const response = message as Response;
        this.responses.get(response.request_seq)?.(response);
      } else if (message.type === 'event') {
        this.events.push(message as Event);
        this.unread.push(message as Event);
        for (const wake of this.eventWaiters.splice(0)) wake();
      }
    }
  }

  /** Send a request; resolves with its response, successful or not. */
  send(command: string, args?: object): Promise<Response> {
    const seq = this.seq++;
    const json = JSON.stringify({ seq, type: 'request', command, arguments: args });
    this.child.stdin.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
    return within(
      new Promise((resolve) => this.responses.set(seq, resolve)),
      `no response to ${command}; stderr: ${this.stderr}`,
    );
  }

  /** Send a request that must succeed; resolves with its body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async request(command: string, args?: object): Promise<any> {
    const response = await this.send(command, args);
    assert.equal(response.success, true, `${command} failed: ${response.message}`);
    return response.body;
  }

  /** The next unread event of this name (events before it stay unread); output events are skipped over. */
  event(name: string): Promise<Event> {
    const take = (): Event | undefined => {
      const index = this.unread.findIndex((e) => e.event === name);
      if (index < 0) return undefined;
      const [found] = this.unread.splice(index, 1);
      return found;
    };
    return within(
      new Promise((resolve) => {
        const attempt = (): void => {
          const found = take();
          if (found !== undefined) resolve(found);
          else this.eventWaiters.push(attempt);
        };
        attempt();
      }),
      `no ${name} event; events: ${this.events.map((e) => e.event).join(' ')}; stderr: ${this.stderr}`,
    );
  }

  /** The next `stopped` event, which must have this reason. */
  async stopped(reason: string): Promise<Event> {
    const event = await this.event('stopped');
    assert.equal(event.body.reason, reason, JSON.stringify(event.body));
    assert.equal(event.body.threadId, 1);
    return event;
  }

  /** Everything the program wrote to one stream so far. */
  output(category: 'stdout' | 'stderr' | 'console'): string {
    return this.events
      .filter((e) => e.event === 'output' && e.body.category === category)
      .map((e) => e.body.output as string)
      .join('');
  }

  /** initialize and launch; resolves after the `initialized` event. */
  async start(launch: object): Promise<void> {
    const capabilities = await this.request('initialize', {
      clientID: 'test',
      adapterID: 'tessera',
      pathFormat: 'path',
      linesStartAt1: true,
      columnsStartAt1: true,
      supportsInvalidatedEvent: true,
    });
    assert.equal(capabilities.supportsConfigurationDoneRequest, true);
    await this.request('launch', launch);
    await this.event('initialized');
  }

  /** The innermost frames of the stack. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async frames(): Promise<any[]> {
    const body = await this.request('stackTrace', { threadId: 1 });
    return body.stackFrames;
  }

  /** The variables of a scope of frame `frameId`, by name. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async scope(frameId: number, name: string): Promise<Map<string, any>> {
    const { scopes } = await this.request('scopes', { frameId });
    const scope = scopes.find((s: { name: string }) => s.name === name);
    assert.ok(scope !== undefined, `no ${name} scope in ${JSON.stringify(scopes)}`);
    return this.variables(scope.variablesReference);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async variables(reference: number): Promise<Map<string, any>> {
    assert.ok(reference > 0, 'the value has children');
    const { variables } = await this.request('variables', { variablesReference: reference });
    return new Map(variables.map((v: { name: string }) => [v.name, v]));
  }

  /** Disconnect and wait for the adapter to exit; it must exit 0 and print nothing on stderr. */
  async close(): Promise<void> {
    await this.request('disconnect', { terminateDebuggee: true });
    const code = await within(this.exit, 'the adapter did not exit after disconnect');
    assert.equal(code, 0);
    assert.equal(this.stderr, '');
  }
}

function within<T>(promise: Promise<T>, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out: ${message}`)), patience);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function lineOf(text: string, marker: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(marker));
  assert.ok(index >= 0, `no line with ${marker}`);
  return index + 1;
}

const nbody = join(root, 'examples/nbody.c');

test('nbody.c: a breakpoint in advance, its stack, locals, a struct through a pointer, globals, watches', async () => {
  const client = new Client();
  await client.start({ program: 'examples/nbody.c', args: ['2'], cwd: root });
  const source = { path: nbody };
  const { breakpoints } = await client.request('setBreakpoints', { source, breakpoints: [{ line: 43 }] });
  assert.deepEqual(
    breakpoints.map((b: { verified: boolean; line: number }) => [b.verified, b.line]),
    [[true, 43]],
  );
  await client.request('configurationDone');
  const stop = await client.stopped('breakpoint');
  assert.deepEqual(stop.body.hitBreakpointIds, [breakpoints[0].id]);

  const { threads } = await client.request('threads');
  assert.deepEqual(threads, [{ id: 1, name: 'nbody.c' }]);
  const frames = await client.frames();
  assert.deepEqual(
    frames.slice(0, 2).map((f) => [f.name, f.source?.path, f.line]),
    [
      ['advance', nbody, 43],
      ['main', nbody, 92],
    ],
  );
  assert.match(frames[0].instructionPointerReference, /^0x[0-9a-f]+$/);

  const locals = await client.scope(frames[0].id, 'Locals');
  assert.deepEqual([...locals.keys()].slice(0, 5), ['dt', 'i', 'a', 'j', 'b']);
  assert.equal(locals.get('dt').value, '0.01');
  assert.equal(locals.get('dt').type, 'double');
  assert.equal(locals.get('i').value, '0');
  assert.equal(locals.get('j').value, '1');
  // `a` points at bodies[0], the sun: its members are the pointee's.
  assert.equal(locals.get('a').type, 'struct body *');
  const sun = await client.variables(locals.get('a').variablesReference);
  assert.deepEqual([...sun.keys()], ['x', 'y', 'z', 'vx', 'vy', 'vz', 'mass']);
  assert.equal(sun.get('mass').value, String(4 * Math.PI * Math.PI));
  assert.equal(sun.get('mass').evaluateName, '(*a).mass');

  const watch = await client.request('evaluate', {
    expression: 'b->mass * 2',
    frameId: frames[0].id,
    context: 'watch',
  });
  assert.equal(watch.type, 'double');
  assert.equal(Number(watch.result), 2 * 9.54791938424326609e-4 * 4 * Math.PI * Math.PI);
  const hover = await client.request('evaluate', {
    expression: 'bodies[1]',
    frameId: frames[0].id,
    context: 'hover',
  });
  assert.match(hover.result, /^\{x = 4\.84143144246472\d*, y = -1\.16032004402742\d*, /);
  const jupiter = await client.variables(hover.variablesReference);
  assert.equal(jupiter.get('x').value, '4.841431442464721');
  // Expressions in the caller's frame see its locals.
  const steps = await client.request('evaluate', {
    expression: 'steps',
    frameId: frames[1].id,
    context: 'repl',
  });
  assert.equal(steps.result, '2');
  const bad = await client.send('evaluate', {
    expression: 'nosuch + 1',
    frameId: frames[0].id,
    context: 'repl',
  });
  assert.equal(bad.success, false);
  assert.match(bad.message!, /nosuch/);

  const globals = await client.scope(frames[0].id, 'Globals');
  assert.deepEqual([...globals.keys()], ['bodies', 'errno', 'stdin', 'stdout', 'stderr']);
  assert.equal(globals.get('bodies').type, 'struct body [5]');
  const library = await client.scope(frames[0].id, 'C library');
  assert.ok(library.has('stdout_buffer'));
  const elements = await client.variables(globals.get('bodies').variablesReference);
  assert.deepEqual([...elements.keys()], ['[0]', '[1]', '[2]', '[3]', '[4]']);

  const registers = await client.scope(frames[0].id, 'Registers');
  assert.deepEqual([...registers.keys()].slice(-3), ['r14', 'rsp', 'pc']);
  assert.equal(registers.get('pc').value, frames[0].instructionPointerReference);

  // Memory: the bytes of a->x are the double the variable shows.
  const x = sun.get('x');
  const memory = await client.request('readMemory', { memoryReference: x.memoryReference, count: 8 });
  assert.equal(Buffer.from(memory.data, 'base64').readDoubleLE(0), Number(x.value));

  await client.request('setBreakpoints', { source, breakpoints: [] });
  await client.request('continue', { threadId: 1 });
  const exited = await client.event('exited');
  assert.equal(exited.body.exitCode, 0);
  await client.event('terminated');
  const undebugged = spawnSync(process.execPath, [bin, 'run', nbody, '2'], { encoding: 'utf8' });
  assert.equal(client.output('stdout'), undebugged.stdout, 'the same output as an undebugged run');
  await client.close();
});

const stepping = `#include <stdio.h>

struct point {
  int x;
  int y;
};

static int square(int n) {
  int result = n * n; // square body
  return result;
}

static int sum_points(const struct point *points, int count) {
  int total = 0;
  for (int i = 0; i < count; i++) {
    total += points[i].x + points[i].y; // sum loop
  }
  return total;
}

int main(void) {
  struct point origin = {3, 4};
  int value = 7;

  int squared = square(value); // call square
  printf("squared %d\\n", squared); // print squared
  printf("value %d\\n", value);
  struct point points[3] = {{1, 2}, {3, 4}, {5, 6}};
  printf("sum %d\\n", sum_points(points, 3));
  return origin.x;
}
`;

function writeProgram(name: string, text: string): { dir: string; path: string } {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-dap-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return { dir, path };
}

test('stepping: next, step in, step out, set a variable and see it printed, conditions, disassembly', async () => {
  const { dir, path } = writeProgram('points.c', stepping);
  const client = new Client(dir);
  await client.start({ program: 'points.c', cwd: dir });
  const source = { path };
  const call = lineOf(stepping, 'call square');
  // The blank line before the call has no code: the breakpoint moves to the call's line.
  const set = await client.request('setBreakpoints', { source, breakpoints: [{ line: call - 1 }] });
  assert.deepEqual(
    set.breakpoints.map((b: { verified: boolean; line: number }) => [b.verified, b.line]),
    [[true, call]],
  );
  await client.request('configurationDone');
  await client.stopped('breakpoint');
  let [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['main', call]);
  let locals = await client.scope(top.id, 'Locals');
  assert.equal(locals.get('value').value, '7');
  const origin = await client.variables(locals.get('origin').variablesReference);
  assert.deepEqual(
    [...origin.values()].map((v) => [v.name, v.value, v.type]),
    [
      ['x', '3', 'int'],
      ['y', '4', 'int'],
    ],
  );
  const sum = await client.request('evaluate', { expression: 'origin.x * 10 + value', frameId: top.id });
  assert.equal(sum.result, '37');

  await client.request('stepIn', { threadId: 1 });
  await client.stopped('step');
  const frames = await client.frames();
  assert.deepEqual(
    frames.slice(0, 2).map((f) => [f.name, f.line]),
    [
      ['square', lineOf(stepping, 'square body')],
      ['main', call],
    ],
  );
  assert.equal((await client.scope(frames[0].id, 'Locals')).get('n').value, '7');
  // The caller's frame has no Registers scope (they are not recovered for outer frames).
  const { scopes } = await client.request('scopes', { frameId: frames[1].id });
  assert.deepEqual(
    scopes.map((s: { name: string }) => s.name),
    ['Locals', 'Globals', 'C library'],
  );

  await client.request('stepOut', { threadId: 1 });
  await client.stopped('step');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['main', call]);
  await client.request('next', { threadId: 1 });
  await client.stopped('step');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['main', lineOf(stepping, 'print squared')]);

  // setVariable: the program prints the new value.
  locals = await client.scope(top.id, 'Locals');
  assert.equal(locals.get('squared').value, '49');
  const localsReference = (await client.request('scopes', { frameId: top.id })).scopes[0].variablesReference;
  const changed = await client.request('setVariable', {
    variablesReference: localsReference,
    name: 'value',
    value: 'squared - 7',
  });
  assert.equal(changed.value, '42');
  assert.deepEqual((await client.event('invalidated')).body.areas, ['variables']);
  const rejected = await client.send('setVariable', {
    variablesReference: localsReference,
    name: 'origin',
    value: '1',
  });
  assert.equal(rejected.success, false);
  assert.match(rejected.message!, /cannot assign/);

  // Disassembly around pc: the instruction there, the one before, each with its source line.
  const { instructions } = await client.request('disassemble', {
    memoryReference: top.instructionPointerReference,
    instructionOffset: -1,
    instructionCount: 4,
  });
  assert.equal(instructions.length, 4);
  assert.equal(instructions[1].address, top.instructionPointerReference);
  assert.equal(instructions[1].line, top.line);
  assert.match(instructions[1].symbol, /^main\+0x[0-9a-f]+$/);
  assert.match(instructions[1].instruction, /^\(vp-[a-z-]+/);
  assert.match(instructions[1].instructionBytes, /^([0-9a-f]{2} ?){4,}$/);

  // One instruction at a time.
  await client.request('next', { threadId: 1, granularity: 'instruction' });
  await client.stopped('step');
  [top] = await client.frames();
  assert.equal(top.instructionPointerReference, instructions[2].address);

  // A conditional breakpoint in the loop.
  const loop = lineOf(stepping, 'sum loop');
  await client.request('setBreakpoints', { source, breakpoints: [{ line: loop, condition: 'i == 2' }] });
  await client.request('continue', { threadId: 1 });
  await client.stopped('breakpoint');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['sum_points', loop]);
  const i = await client.request('evaluate', { expression: 'i', frameId: top.id });
  assert.equal(i.result, '2');
  const point = await client.request('evaluate', { expression: 'points[i]', frameId: top.id });
  assert.equal(point.result, '{x = 5, y = 6}');
  assert.equal(client.output('stdout'), 'squared 49\nvalue 42\n');

  await client.request('continue', { threadId: 1 });
  const exited = await client.event('exited');
  assert.equal(exited.body.exitCode, 3);
  await client.event('terminated');
  assert.equal(client.output('stdout'), 'squared 49\nvalue 42\nsum 21\n');
  await client.close();
});

test('entry, function, hit-count and instruction breakpoints; breakpoint locations; a bad condition', async () => {
  const { dir, path } = writeProgram('points.c', stepping);
  const client = new Client(dir);
  await client.start({ program: join(dir, 'points.c'), stopOnEntry: true });
  const source = { path };
  const loop = lineOf(stepping, 'sum loop');
  const set = await client.request('setBreakpoints', {
    source,
    breakpoints: [{ line: loop, hitCondition: '3' }, { line: 2 }, { line: loop, condition: 'i ==' }],
  });
  assert.deepEqual(
    set.breakpoints.map((b: { verified: boolean; line?: number }) => [b.verified, b.line]),
    [
      [true, loop],
      [true, lineOf(stepping, 'square body')],
      [false, undefined],
    ],
  );
  assert.match(set.breakpoints[2].message, /bad condition/);
  const functions = await client.request('setFunctionBreakpoints', {
    breakpoints: [{ name: 'sum_points' }, { name: 'nosuch' }],
  });
  assert.deepEqual(
    functions.breakpoints.map((b: { verified: boolean }) => b.verified),
    [true, false],
  );
  assert.match(functions.breakpoints[1].message, /no function named nosuch/);
  const locations = await client.request('breakpointLocations', { source, line: 21, endLine: 24 });
  assert.deepEqual(
    locations.breakpoints.map((b: { line: number }) => b.line),
    [21, 22, 23],
  );
  await client.request('setExceptionBreakpoints', { filters: [] });
  await client.request('configurationDone');

  // Stop on entry stops at main's first line.
  await client.stopped('entry');
  let [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['main', lineOf(stepping, 'origin = {3, 4}')]);
  // The breakpoint moved from line 2 (no code) to square's body.
  await client.request('continue', { threadId: 1 });
  await client.stopped('breakpoint');
  [top] = await client.frames();
  assert.equal(top.name, 'square');
  await client.request('setBreakpoints', { source, breakpoints: [{ line: loop, hitCondition: '3' }] });

  // An instruction breakpoint at main's return address from square.
  const [, caller] = await client.frames();
  const instruction = await client.request('setInstructionBreakpoints', {
    breakpoints: [{ instructionReference: caller.instructionPointerReference, offset: 4 }],
  });
  assert.equal(instruction.breakpoints[0].verified, true);
  await client.request('continue', { threadId: 1 });
  await client.stopped('breakpoint');
  [top] = await client.frames();
  assert.equal(
    parseInt(top.instructionPointerReference, 16),
    parseInt(caller.instructionPointerReference, 16) + 4,
  );
  await client.request('setInstructionBreakpoints', { breakpoints: [] });

  await client.request('continue', { threadId: 1 });
  await client.stopped('breakpoint');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['sum_points', lineOf(stepping, 'int total = 0')]);
  // The hit condition lets the loop line pass twice.
  await client.request('continue', { threadId: 1 });
  await client.stopped('breakpoint');
  [top] = await client.frames();
  assert.equal(top.line, loop);
  assert.equal((await client.request('evaluate', { expression: 'i', frameId: top.id })).result, '2');
  // writeMemory into `total`, read back through an expression.
  const total = await client.request('evaluate', { expression: 'total', frameId: top.id });
  assert.equal(total.result, '10');
  const bytes = Buffer.alloc(4);
  bytes.writeInt32LE(-5);
  const written = await client.request('writeMemory', {
    memoryReference: total.memoryReference,
    data: bytes.toString('base64'),
  });
  assert.equal(written.bytesWritten, 4);
  assert.equal((await client.request('evaluate', { expression: 'total', frameId: top.id })).result, '-5');
  // The C library's frames have their source by reference.
  const outermost = (await client.frames()).at(-1);
  assert.equal(outermost.name, '_start');
  assert.ok(outermost.source.sourceReference > 0);
  const library = await client.request('source', {
    source: outermost.source,
    sourceReference: outermost.source.sourceReference,
  });
  assert.match(library.content, /_start/);
  // goto: back to the function's first line.
  const first = lineOf(stepping, 'int total = 0');
  const { targets } = await client.request('gotoTargets', { source, line: first });
  assert.equal(targets.length, 1);
  await client.request('goto', { threadId: 1, targetId: targets[0].id });
  await client.stopped('goto');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['sum_points', first]);

  await client.request('setBreakpoints', { source, breakpoints: [] });
  await client.request('setFunctionBreakpoints', { breakpoints: [] });
  await client.request('stepOut', { threadId: 1 });
  await client.stopped('step');
  [top] = await client.frames();
  assert.deepEqual([top.name, top.line], ['main', lineOf(stepping, 'printf("sum')]);
  await client.request('stepOut', { threadId: 1 });
  await client.stopped('step');
  [top] = await client.frames();
  assert.equal(top.name, '_start');
  const outermostStepOut = await client.send('stepOut', { threadId: 1 });
  assert.equal(outermostStepOut.success, false);
  assert.match(outermostStepOut.message!, /outermost/);
  await client.request('terminate');
  await client.event('terminated');
  await client.close();
});

test('a trap stops with reason exception and exceptionInfo; going on ends the session', async () => {
  const text = `#include <stdio.h>

static int read_through(int *p) {
  return *p; // null read
}

int main(void) {
  printf("before\\n");
  return read_through(0) + 1;
}

int *nowhere = 1; // a warning
`;
  const { dir } = writeProgram('trap.c', text);
  const client = new Client(dir);
  await client.start({ program: 'trap.c', cwd: dir });
  await client.request('configurationDone');
  const stop = await client.stopped('exception');
  assert.match(stop.body.text, /^null pointer access: read of 4 bytes at 0x0/);
  const info = await client.request('exceptionInfo', { threadId: 1 });
  assert.equal(info.exceptionId, 'null-access');
  assert.equal(info.breakMode, 'always');
  assert.equal(info.description, stop.body.text);
  assert.match(info.details.stackTrace, /trap\.c:4:\d+ in (trap\.c:)?read_through\n/);
  const frames = await client.frames();
  assert.deepEqual(
    frames.slice(0, 2).map((f) => [f.name, f.line]),
    [
      ['read_through', lineOf(text, 'null read')],
      ['main', lineOf(text, 'read_through(0)')],
    ],
  );
  const p = await client.request('evaluate', { expression: 'p', frameId: frames[0].id });
  assert.deepEqual([p.result, p.type], ['(int *) 0x0', 'int *']);
  assert.equal(client.output('stdout'), 'before\n');
  assert.match(
    client.output('stderr'),
    /^trap: null pointer access: read of 4 bytes at 0x0, at .*trap\.c:4:/m,
  );
  // The compiler's warnings reach the debug console too.
  assert.match(client.output('stderr'), /trap\.c:12:\d+: warning: initialization of 'int \*' from 'int'/);
  await client.request('continue', { threadId: 1 });
  const exited = await client.event('exited');
  assert.equal(exited.body.exitCode, 70);
  await client.event('terminated');
  await client.close();
});

test('pause a running loop, look at it; terminate or disconnect while it runs', async () => {
  const text = `int main(void) {
  volatile unsigned long n = 0;
  for (;;)
    n++; // spin
}
`;
  const { dir } = writeProgram('spin.c', text);
  const client = new Client(dir);
  await client.start({ program: 'spin.c', cwd: dir });
  await client.request('configurationDone');
  await new Promise((resolve) => setTimeout(resolve, 200));
  await client.request('pause', { threadId: 1 });
  await client.stopped('pause');
  const [top] = await client.frames();
  assert.equal(top.name, 'main');
  const n = await client.request('evaluate', { expression: 'n > 1000', frameId: top.id });
  assert.equal(n.result, '1');
  // Running again and pausing again moves n on.
  const before = BigInt((await client.request('evaluate', { expression: 'n', frameId: top.id })).result);
  await client.request('continue', { threadId: 1 });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await client.request('pause', { threadId: 1 });
  await client.stopped('pause');
  const [again] = await client.frames();
  const after = BigInt((await client.request('evaluate', { expression: 'n', frameId: again.id })).result);
  assert.ok(after > before, `${after} > ${before}`);
  // terminate while it runs: terminated, without an exit.
  await client.request('continue', { threadId: 1 });
  await client.request('terminate');
  await client.event('terminated');
  assert.ok(!client.events.some((e) => e.event === 'exited'));
  await client.close();

  // Disconnecting while the program runs ends it, and the adapter exits.
  const running = new Client(dir);
  await running.start({ program: 'spin.c', cwd: dir });
  await running.request('configurationDone');
  await running.close();
});

test('a program that does not compile: an error response with the diagnostics, no stack trace', async () => {
  const { dir } = writeProgram('broken.c', 'int main(void) {\n  return nosuch;\n}\n');
  const client = new Client(dir);
  await client.request('initialize', { adapterID: 'tessera', pathFormat: 'path' });
  const launch = await client.send('launch', { program: 'broken.c', cwd: dir });
  assert.equal(launch.success, false);
  assert.match(launch.message!, /broken\.c:2:\d+: error: .*nosuch/);
  assert.doesNotMatch(launch.message!, /\n\s+at .*\.js:\d+/);
  assert.match(client.output('stderr'), /return nosuch;\n\s+\^/);
  await client.event('terminated');
  const missing = await client.send('launch', { cwd: dir });
  assert.equal(missing.success, false);
  await client.close();
});

test('an assembly program: a register condition, the Registers scope, setting a register, instruction steps', async () => {
  const client = new Client();
  await client.start({ program: 'examples/fib.s', cwd: root });
  const source = { path: join(root, 'examples/fib.s') };
  const set = await client.request('setBreakpoints', {
    source,
    breakpoints: [{ line: 16, condition: '$r0 == 25' }],
  });
  assert.equal(set.breakpoints[0].verified, true);
  await client.request('configurationDone');
  await client.stopped('breakpoint');
  const frames = await client.frames();
  assert.deepEqual(
    frames.slice(0, 3).map((f) => [f.name, f.line]),
    [
      ['fib', 16],
      ['fib', 19],
      ['fib', 19],
    ],
  );
  assert.equal(frames.at(-1).name, 'main');
  assert.equal(frames.length, 7);
  let registers = await client.scope(frames[0].id, 'Registers');
  assert.equal(registers.get('r0').value, '25 (0x19)');
  const reference = (await client.request('scopes', { frameId: frames[0].id })).scopes[2].variablesReference;
  const set0 = await client.request('setVariable', { variablesReference: reference, name: 'r0', value: '1' });
  assert.equal(set0.value, '1 (0x1)');
  // r0 = 1 < 2: the next instruction branches to fib_done.
  await client.request('stepIn', { threadId: 1, granularity: 'instruction' });
  await client.stopped('step');
  const [top] = await client.frames();
  assert.equal(top.line, 29);
  registers = await client.scope(top.id, 'Registers');
  assert.equal(registers.get('r0').value, '1 (0x1)');
  await client.request('terminate');
  await client.event('terminated');
  await client.close();
});
