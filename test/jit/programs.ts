// Random valid, structured VP programs for the differential tests of the compiled tier: straight-line
// arithmetic on every register, loads and stores (mostly inside a data buffer, sometimes at null, in text or
// outside memory), forward branches, loops with bounded trip counts (some in the shape of C's `for`), calls (direct, through registers and
// memory, tail calls, bounded recursion), setjmp/longjmp (a return to somewhere else, leaving stale frames),
// divisions by possibly-zero divisors, doubles, push/pop, vp-alloc, jump tables, bulk memory, host calls and
// breakpoints. Every program terminates (or traps).
//
// Registers: r0-r14 are fair game for arithmetic; r12 and r13 are clobbered by the scaffolding of loops, calls
// and jump tables; memory accesses reload their base into r14 first. rsp only moves in balanced pairs.

import fc from 'fast-check';

/** A structured statement; labels are given when the program is rendered. */
export type Node =
  | { readonly kind: 'op'; readonly text: string }
  | { readonly kind: 'if'; readonly test: string; readonly then: Node[]; readonly otherwise: Node[] }
  | { readonly kind: 'loop'; readonly trips: number; readonly topTested: boolean; readonly body: Node[] }
  /**
   * A C \`for\`: \`induction\` from \`start\` by \`stride\` (up or down; a constant, or the value of register
   * \`by\` when that is set) while \`test\` holds against \`bound\` (a constant, or the value of register \`limit\`),
   * test at the bottom; a countdown in memory leaves after \`trips\` rounds whatever the body does.
   */
  | {
      readonly kind: 'counted';
      readonly down: boolean;
      readonly test: string;
      readonly induction: string;
      readonly limit: string;
      readonly start: bigint;
      readonly bound: bigint;
      readonly stride: bigint;
      readonly by: string | undefined;
      readonly trips: number;
      /** Accesses at the top of the body whose address moves with the induction register (src/jit/strides.ts). */
      readonly strided: readonly Strided[];
      readonly body: Node[];
    }
  | { readonly kind: 'push'; readonly save: string[]; readonly restore: string[]; readonly body: Node[] }
  | { readonly kind: 'alloc'; readonly bytes: number; readonly stack: string[]; readonly body: Node[] }
  | { readonly kind: 'switch'; readonly on: string; readonly viaMemory: boolean; readonly cases: Node[][] }
  /** setjmp: save rsp and arm a landing after `body`, which a call to 'jump (longjmp) anywhere below reaches. */
  | { readonly kind: 'setjmp'; readonly body: Node[] };

/**
 * A load or store at 'strided + scale x induction + offset' (through base and index registers, or base and
 * offset), `register` the value loaded or stored. The region around 'strided' is padded, so that the small
 * inductions of most loops stay in it, and large ones run out of memory.
 */
export interface Strided {
  readonly scale: bigint;
  readonly offset: number;
  readonly width: string;
  readonly store: boolean;
  readonly indexed: boolean;
  readonly register: string;
}

/** Bytes of padding on either side of 'strided'. */
const stridedPadding = 2048;

/** A whole program before rendering. */
export interface ProgramShape {
  /** The values main starts with in r0-r14. */
  readonly registers: readonly bigint[];
  readonly main: Node[];
  readonly helpers: readonly { readonly body: Node[]; readonly tailCall: boolean }[];
  readonly recursive: Node[];
  /** The recursion's depth is at most this (r0 & mask on entry): 7, or past the compiled tier's call depth. */
  readonly recursionMask: number;
  readonly exit: string;
  /** The first bytes of the buffer (the rest is zero). */
  readonly data: Uint8Array;
}

/** The size of the data buffer `buf` the programs load from and store to. */
export const bufferSize = 256;

const helperCount = 3;
const register = fc.integer({ min: 0, max: 14 }).map((r) => `r${r}`);
/** A register to read: any, rsp included. */
const source = fc.integer({ min: 0, max: 15 }).map((r) => (r === 15 ? 'rsp' : `r${r}`));
/** An index register for register-offset accesses (masked into the buffer first). */
const indexRegister = fc.integer({ min: 0, max: 11 }).map((r) => `r${r}`);

const int64 = fc.bigInt({ min: -(1n << 63n), max: (1n << 63n) - 1n });
/** Constants: small ones, shift counts past 64, edges of the int32 and int64 ranges, anything. */
const constant = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -8, max: 70 }).map(BigInt) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      -1n,
      0x7fffffffn,
      -0x80000000n,
      0x80000000n,
      0xffffffffn,
      (1n << 63n) - 1n,
      -(1n << 63n),
      127n,
      -129n,
      65535n,
    ),
  },
  { weight: 2, arbitrary: fc.integer().map(BigInt) },
  { weight: 2, arbitrary: int64 },
);

/** The bits of a double as a signed 64-bit constant (NaNs, infinities, zeros and subnormals included). */
const doubleBits = fc
  .oneof(
    fc.double(),
    fc.constantFrom(0.5, -0.0, 1e308, 2 ** 63, -(2 ** 63), 2 ** 64, 4294967296.5, Number.MIN_VALUE, NaN),
    fc.integer({ min: -100, max: 100 }),
  )
  .map((d) => new BigInt64Array(new Float64Array([d]).buffer)[0]!);
const nanPayload = fc
  .bigInt({ min: 1n, max: (1n << 51n) - 1n })
  .map((m) => BigInt.asIntN(64, 0x7ff8000000000000n | m));

const op = (text: fc.Arbitrary<string>): fc.Arbitrary<Node> => text.map((t) => ({ kind: 'op', text: t }));

const crOps = ['cpy', 'add', 'sub', 'mul', 'and', 'or', 'xor', 'shl', 'shr', 'asr'];
const rrOps = [
  'cpy',
  'add',
  'sub',
  'mul',
  'and',
  'or',
  'xor',
  'shl',
  'shr',
  'asr',
  'ext',
  'swp',
  'lnot',
  'land',
];
const compares = ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'lo', 'ls', 'hi', 'hs'];
const floatCompares = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'];
const floatOps = ['fadd', 'fsub', 'fmul', 'fdiv', 'fmin', 'fmax', 'fsqrt', 'fneg', 'fabs'];
const conversions = ['if', 'uf', 'fi', 'fu', 'sf', 'fs'];
const loadWidths = ['', '-b', '-s', '-i', '-ub', '-us', '-ui'];
const storeWidths = ['', '-b', '-s', '-i'];
const widthBytes: Record<string, number> = { '': 8, '-b': 1, '-s': 2, '-i': 4, '-ub': 1, '-us': 2, '-ui': 4 };

const arithmetic = fc.oneof(
  fc.tuple(fc.constantFrom(...crOps), constant, register).map(([m, c, r]) => `(vp-${m}-cr ${c} ${r})`),
  fc.tuple(fc.constantFrom(...rrOps), source, register).map(([m, s, d]) => `(vp-${m}-rr ${s} ${d})`),
  fc.tuple(fc.constantFrom(...compares), constant, register).map(([m, c, r]) => `(vp-s${m}-cr ${c} ${r})`),
  fc.tuple(fc.constantFrom(...compares), source, register).map(([m, s, d]) => `(vp-s${m}-rr ${s} ${d})`),
  fc
    .tuple(register, fc.integer({ min: -300, max: 300 }), register)
    .map(([b, i, d]) => `(vp-lea-i ${b} ${i} ${d})`),
  fc.tuple(source, source, register).map(([b, i, d]) => `(vp-lea-d ${b} ${i} ${d})`),
  fc
    .tuple(fc.constantFrom('', '-i', '-s'), register, register)
    .map(([w, s, d]) => `(vp-bswap-rr${w} ${s} ${d})`),
);

const division = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .tuple(
        fc.constantFrom('div-rr', 'div-rr-u', 'rem-rr', 'rem-rr-u'),
        register,
        register,
        fc.oneof({ weight: 9, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      )
      .map(([m, s, d, nonZero]) => `${nonZero ? `(vp-or-cr 1 ${s}) ` : ''}(vp-${m} ${s} ${d})`),
  },
  // INT64_MIN / -1: a trap for vp-div-rr, 0 for vp-rem-rr.
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('div-rr', 'rem-rr', 'rem-rr', 'rem-rr'), fc.constantFrom('r3', 'r4'))
      .map(([m, d]) => `(vp-cpy-cr ${-(1n << 63n)} ${d}) (vp-cpy-cr -1 r5) (vp-${m} r5 ${d})`),
  },
  // 128-bit dividends: the high half is the low half's sign (or zero) so the quotient usually fits.
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('', '-u'), fc.uniqueArray(register, { minLength: 3, maxLength: 3 }))
      .map(([u, [s, h, l]]) => {
        const high = u === '' ? `(vp-ext-rr ${l} ${h})` : `(vp-cpy-cr 0 ${h})`;
        return `(vp-or-cr 1 ${s}) ${high} (vp-div-rrr${u} ${s} ${h} ${l})`;
      }),
  },
);

const floats = fc.oneof(
  fc.tuple(fc.oneof(doubleBits, nanPayload), register).map(([bits, r]) => `(vp-cpy-cr ${bits} ${r})`),
  fc.tuple(fc.constantFrom(...floatOps), register, register).map(([m, s, d]) => `(vp-${m}-rr ${s} ${d})`),
  fc.tuple(fc.constantFrom(...conversions), register, register).map(([m, s, d]) => `(vp-cvt-${m} ${s} ${d})`),
  fc
    .tuple(fc.constantFrom(...floatCompares), register, register)
    .map(([m, s, d]) => `(vp-fs${m}-rr ${s} ${d})`),
);

/** A load or store inside the buffer, at a constant or a (masked) register offset. */
const validAccess = fc.oneof(
  fc
    .tuple(fc.constantFrom(...loadWidths), fc.nat(bufferSize), register)
    .map(
      ([w, at, d]) =>
        `(vp-lea-p 'buf r14) (vp-cpy-ir${w} r14 ${Math.min(at, bufferSize - widthBytes[w]!)} ${d})`,
    ),
  fc
    .tuple(fc.constantFrom(...loadWidths), indexRegister, register)
    .map(([w, i, d]) => `(vp-lea-p 'buf r14) (vp-and-cr 0xf8 ${i}) (vp-cpy-dr${w} r14 ${i} ${d})`),
  fc
    .tuple(fc.constantFrom(...storeWidths), source, fc.nat(bufferSize))
    .map(
      ([w, s, at]) =>
        `(vp-lea-p 'buf r14) (vp-cpy-ri${w} ${s} r14 ${Math.min(at, bufferSize - widthBytes[w]!)})`,
    ),
  fc
    .tuple(fc.constantFrom(...storeWidths), register, indexRegister)
    .map(([w, s, i]) => `(vp-lea-p 'buf r14) (vp-and-cr 0xf8 ${i}) (vp-cpy-rd${w} ${s} r14 ${i})`),
  register.map((r) => `(vp-cpy-pr 'buf ${r})`),
  source.map((r) => `(vp-cpy-rp ${r} 'buf)`),
  register.map((r) => `(vp-lea-p 'main r14) (vp-cpy-ir r14 4 ${r})`), // reading text is allowed
);

/** Accesses that trap: null, a write to text, past the end of memory, a negative address. */
const invalidAccess = fc
  .tuple(
    fc.constantFrom('0', '24', '0x100000', '0xffff8', '-8', '0x7fffffffffffffff'),
    fc.constantFrom('load', 'store'),
    register,
  )
  .chain(([base, kind, r]) =>
    fc.constantFrom(
      kind === 'load'
        ? `(vp-cpy-cr ${base} r14) (vp-cpy-ir r14 0 ${r})`
        : `(vp-cpy-cr ${base} r14) (vp-cpy-ri ${r} r14 0)`,
      `(vp-lea-p 'main r14) (vp-cpy-ri-b ${r} r14 8)`,
    ),
  );

/** Host calls, bulk memory and breakpoints: the instructions compiled code hands to the interpreter. */
const system = fc.oneof(
  fc
    .integer({ min: 0, max: 16 })
    .map((n) => `(vp-cpy-cr 1 r0) (vp-lea-p 'buf r1) (vp-cpy-cr ${n} r2) (vp-call-host 'write (r0 r1 r2))`),
  fc
    .tuple(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), fc.boolean())
    .map(
      ([at, n, fill]) =>
        `(vp-lea-p 'buf r1) (vp-lea-i r1 ${at} r2) (vp-cpy-cr ${n} r3) ` +
        (fill ? '(vp-fill-rrr r4 r2 r3)' : '(vp-copy-rrr r1 r2 r3)'),
    ),
  fc.integer({ min: 0, max: 9 }).map((c) => `(vp-brk ${c})`),
);

/** Every function but main, in the order of the table of their addresses. */
const callable = ['f0', 'f1', 'f2', 'rec', 'jump'];

/** A call to one of `callees` (helper names), directly, through a register or through memory. */
function call(callees: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(...callees),
      fc.constantFrom('direct', 'register', 'slot', 'table'),
      fc.oneof({ weight: 9, arbitrary: fc.nat(7) }, { weight: 1, arbitrary: fc.constant(1023) }),
    )
    .map(([callee, how, depth]) => {
      const argument = callee === 'rec' ? `(vp-cpy-cr ${depth} r0) ` : '';
      const index = callable.indexOf(callee);
      switch (how) {
        case 'direct':
          return `${argument}(vp-call '${callee})`;
        case 'register':
          return `${argument}(vp-lea-p '${callee} r13) (vp-call-r r13)`;
        case 'slot':
          return `${argument}(vp-call-p 'slot_${callee})`;
        default:
          return `${argument}(vp-lea-p 'table r13) (vp-call-i r13 ${index * 8})`;
      }
    });
}

/** Weighted so that most programs run a while: about one in five ends in a trap of an invalid access. */
function leaves(callees: readonly string[]): fc.Arbitrary<Node> {
  const kinds = [
    { weight: 180, arbitrary: op(arithmetic) },
    { weight: 90, arbitrary: op(validAccess) },
    { weight: 45, arbitrary: op(floats) },
    { weight: 24, arbitrary: op(division) },
    { weight: 1, arbitrary: op(invalidAccess) },
    { weight: 12, arbitrary: op(system) },
  ];
  if (callees.length > 0) kinds.push({ weight: 36, arbitrary: op(call(callees)) });
  return fc.oneof(...kinds);
}

/** A branch condition with `%` where the label goes. */
const condition = fc.oneof(
  fc
    .tuple(fc.constantFrom(...compares), fc.integer({ min: -4, max: 4 }), register)
    .map(([m, c, r]) => `(vp-b${m}-cr ${c} ${r} %)`),
  fc.tuple(fc.constantFrom(...compares), source, register).map(([m, s, d]) => `(vp-b${m}-rr ${s} ${d} %)`),
  fc
    .tuple(fc.constantFrom(...floatCompares), register, register)
    .map(([m, s, d]) => `(vp-fb${m}-rr ${s} ${d} %)`),
);

/**
 * Statements nested at most `depth` deep, calling only `callees`; with `setjmp` (main only, where a landing
 * can never be reached again once passed) also setjmp nodes.
 */
function statements(
  depth: number,
  callees: readonly string[],
  maxLength: number,
  setjmp = false,
): fc.Arbitrary<Node[]> {
  const leaf = leaves(callees);
  if (depth === 0) return fc.array(leaf, { maxLength, size: 'max' });
  const inner = statements(depth - 1, callees, Math.max(2, maxLength >> 1), setjmp);
  const kinds: fc.Arbitrary<Node>[] = [];
  if (setjmp) kinds.push(inner.map((body): Node => ({ kind: 'setjmp', body })));
  const compound: fc.Arbitrary<Node> = fc.oneof(
    ...kinds,
    fc
      .tuple(condition, inner, inner)
      .map(([test, then, otherwise]): Node => ({ kind: 'if', test, then, otherwise })),
    fc
      .tuple(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 9 })), fc.boolean(), inner)
      .map(([trips, topTested, body]): Node => ({ kind: 'loop', trips, topTested, body })),
    countedLoop(fc.oneof(inner, fc.array(leaf, { maxLength: 6 }))),
    fc
      .tuple(
        fc.uniqueArray(register, { minLength: 1, maxLength: 6 }),
        fc.array(register, { minLength: 1, maxLength: 6 }),
        inner,
      )
      .map(([save, restore, body]): Node => {
        // As many pops as pushes, so rsp is back where it was.
        const popped = save.map((_, k) => restore[k % restore.length]!);
        return { kind: 'push', save, restore: popped, body };
      }),
    fc
      .tuple(
        fc.oneof(
          { weight: 9, arbitrary: fc.constantFrom(8, 13, 64, 256) },
          { weight: 1, arbitrary: fc.constant(1 << 20) },
        ),
        fc.array(fc.tuple(register, fc.nat(31), fc.boolean()), { maxLength: 4 }),
        inner,
      )
      .map(([bytes, accesses, body]): Node => {
        const stack = accesses.map(([r, slot, store]) => {
          const at = Math.min(slot * 8, (bytes & ~7) - 8);
          return store ? `(vp-cpy-ri ${r} rsp ${at})` : `(vp-cpy-ir rsp ${at} ${r})`;
        });
        return { kind: 'alloc', bytes, stack, body };
      }),
    fc
      .tuple(register, fc.boolean(), fc.array(inner, { minLength: 1, maxLength: 4 }))
      .map(([on, viaMemory, cases]): Node => ({ kind: 'switch', on, viaMemory, cases })),
  );
  return fc.array(fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: compound }), {
    maxLength,
    size: 'max',
  });
}

/** The tests of a counted loop going up, and going down (src/jit/counted.ts takes these shapes). */
const upTests = ['blt-rr', 'blo-rr', 'bne-rr', 'blt-cr', 'ble-cr', 'bne-cr', 'blo-cr', 'bls-cr'];
const downTests = ['bgt-rr', 'bhi-rr', 'bne-rr', 'bgt-cr', 'bge-cr', 'bne-cr', 'bhi-cr', 'bhs-cr'];

/** Counted loops of a few rounds from anywhere (a bound near the start), or of very many (any bound). */
function countedLoop(body: fc.Arbitrary<Node[]>): fc.Arbitrary<Node> {
  return fc
    .tuple(
      fc.boolean(),
      fc.nat(7),
      fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { minLength: 3, maxLength: 3 }),
      constant,
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: -1, max: 12 }).map(BigInt) },
        { weight: 1, arbitrary: int64 },
      ),
      fc.boolean(),
      fc.integer({ min: 0, max: 9 }),
      fc.oneof(
        { weight: 3, arbitrary: fc.constant(1n) },
        { weight: 1, arbitrary: fc.constantFrom(2n, 3n, 8n, -1n, 0n, (1n << 62n) + 1n) },
      ),
      fc.boolean(),
      fc.array(stridedAccess, { maxLength: 3 }),
      body,
    )
    .map(
      ([
        down,
        which,
        [induction, limit, by],
        start,
        distance,
        near,
        trips,
        stride,
        inRegister,
        strided,
        body,
      ]): Node => ({
        kind: 'counted',
        down,
        test: `vp-${(down ? downTests : upTests)[which]!}`,
        induction: `r${induction!}`,
        limit: `r${limit!}`,
        start,
        bound: near ? BigInt.asIntN(64, down ? start - distance : start + distance) : distance,
        stride,
        by: inRegister ? `r${by!}` : undefined,
        trips,
        // The value of a load goes to a register the loop's test does not read (r0-r11 but those three).
        strided: strided.map((access) => {
          const used = [induction!, limit!, by!];
          let target = Number(access.register.slice(1));
          while (used.includes(target)) target = (target + 1) % 12;
          return { ...access, register: access.store ? access.register : `r${target}` };
        }),
        body,
      }),
    );
}

/** A strided access (before the loop's registers are known: a load's register is then moved off them). */
const stridedAccess: fc.Arbitrary<Strided> = fc
  .tuple(
    fc.constantFrom(1n, 2n, 4n, 8n, 8n, 8n, 24n, -8n),
    fc.integer({ min: -16, max: 16 }),
    fc.boolean(),
    fc.boolean(),
    fc.integer({ min: 0, max: 11 }),
  )
  .chain(([scale, offset, store, indexed, r]) =>
    fc
      .constantFrom(...(store ? storeWidths : loadWidths))
      .map((width): Strided => ({ scale, offset, width, store, indexed, register: `r${r}` })),
  );

/** The instructions of a strided access in a loop over `induction` (r12 and r13 are free for it). */
function renderStrided(access: Strided, induction: string): string {
  const { scale, offset, width, store, indexed, register } = access;
  const power = [1n, 2n, 4n, 8n].indexOf(scale);
  const scaled = power >= 0 ? `(vp-shl-cr ${power} r12)` : `(vp-mul-cr ${scale} r12)`;
  const index = `(vp-cpy-rr ${induction} r12) ${scaled} (vp-lea-p 'strided r13)`;
  if (indexed) {
    const base = offset === 0 ? '' : `(vp-lea-i r13 ${offset} r13) `;
    return store
      ? `${index} ${base}(vp-cpy-rd${width} ${register} r13 r12)`
      : `${index} ${base}(vp-cpy-dr${width} r13 r12 ${register})`;
  }
  return store
    ? `${index} (vp-add-rr r13 r12) (vp-cpy-ri${width} ${register} r12 ${offset})`
    : `${index} (vp-add-rr r13 r12) (vp-cpy-ir${width} r12 ${offset} ${register})`;
}

/** Random programs: main, three helpers (each may call the ones before it), and a bounded recursion. */
export const programShape: fc.Arbitrary<ProgramShape> = fc.record({
  registers: fc.array(fc.oneof(constant, doubleBits), { minLength: 15, maxLength: 15 }),
  main: statements(3, ['f0', 'f1', 'f2', 'rec', 'jump'], 24, true),
  helpers: fc.tuple(
    ...Array.from({ length: helperCount }, (_, k) =>
      fc.record({
        body: statements(2, [...['f0', 'f1', 'f2'].slice(0, k), 'jump'], 10),
        tailCall: k > 0 ? fc.boolean() : fc.constant(false),
      }),
    ),
  ),
  recursive: statements(1, [], 8),
  recursionMask: fc.oneof(
    { weight: 9, arbitrary: fc.constant(7) },
    { weight: 1, arbitrary: fc.constant(1023) },
  ),
  exit: register,
  data: fc.uint8Array({ minLength: 1, maxLength: 32 }),
});

/** The assembly text of a program. */
export function renderProgram(shape: ProgramShape): string {
  let labels = 0;
  const counters: string[] = [];
  const tables: string[] = [];
  const lines: string[] = [];
  const emit = (nodes: readonly Node[], indent: string): void => {
    for (const node of nodes) {
      switch (node.kind) {
        case 'op':
          lines.push(indent + node.text);
          break;
        case 'if': {
          const k = labels++;
          lines.push(indent + node.test.replace('%', `'else${k}`));
          emit(node.then, indent + '  ');
          lines.push(`${indent}(vp-jmp 'endif${k})`, `(vp-label 'else${k})`);
          emit(node.otherwise, indent + '  ');
          lines.push(`(vp-label 'endif${k})`);
          break;
        }
        case 'loop': {
          const k = labels++;
          counters.push(`(vp-label 'count${k}) (vp-long 0)`);
          const load = `(vp-cpy-pr 'count${k} r13)`;
          const store = `(vp-cpy-rp r13 'count${k})`;
          lines.push(`${indent}(vp-cpy-cr ${node.trips} r13) ${store}`, `(vp-label 'loop${k})`);
          if (node.topTested) {
            lines.push(`${indent}${load} (vp-ble-cr 0 r13 'done${k}) (vp-sub-cr 1 r13) ${store}`);
            emit(node.body, indent + '  ');
            lines.push(`${indent}(vp-jmp 'loop${k})`, `(vp-label 'done${k})`);
          } else {
            emit(node.body, indent + '  ');
            lines.push(`${indent}${load} (vp-sub-cr 1 r13) ${store} (vp-bgt-cr 0 r13 'loop${k})`);
          }
          break;
        }
        case 'counted': {
          const k = labels++;
          counters.push(`(vp-label 'count${k}) (vp-long 0)`);
          const constantBound = node.test.endsWith('-cr');
          lines.push(`${indent}(vp-cpy-cr ${node.trips} r13) (vp-cpy-rp r13 'count${k})`);
          lines.push(`${indent}(vp-cpy-cr ${node.start} ${node.induction})`);
          if (!constantBound) lines.push(`${indent}(vp-cpy-cr ${node.bound} ${node.limit})`);
          if (node.by !== undefined) lines.push(`${indent}(vp-cpy-cr ${node.stride} ${node.by})`);
          lines.push(`${indent}(vp-jmp 'test${k})`, `(vp-label 'body${k})`);
          lines.push(`${indent}(vp-cpy-pr 'count${k} r13) (vp-sub-cr 1 r13) (vp-cpy-rp r13 'count${k})`);
          lines.push(`${indent}(vp-blt-cr 0 r13 'done${k})`);
          for (const access of node.strided) lines.push(indent + renderStrided(access, node.induction));
          emit(node.body, indent + '  ');
          const step =
            node.by === undefined
              ? `${node.down ? 'vp-sub-cr' : 'vp-add-cr'} ${node.stride}`
              : `${node.down ? 'vp-sub-rr' : 'vp-add-rr'} ${node.by}`;
          lines.push(`${indent}(${step} ${node.induction})`);
          lines.push(`(vp-label 'test${k})`);
          const against = constantBound ? String(node.bound) : node.limit;
          lines.push(
            `${indent}(${node.test} ${against} ${node.induction} 'body${k})`,
            `(vp-label 'done${k})`,
          );
          break;
        }
        case 'push':
          lines.push(`${indent}(vp-push ${node.save.join(' ')})`);
          emit(node.body, indent + '  ');
          lines.push(`${indent}(vp-pop ${node.restore.join(' ')})`);
          break;
        case 'alloc':
          lines.push(`${indent}(vp-alloc ${node.bytes}) ${node.stack.join(' ')}`);
          emit(node.body, indent + '  ');
          lines.push(`${indent}(vp-free ${node.bytes})`);
          break;
        case 'switch': {
          const k = labels++;
          const n = node.cases.length;
          const size = n <= 1 ? 1 : n <= 2 ? 2 : 4;
          const names = Array.from({ length: size }, (_, c) => `case${k}_${Math.min(c, n - 1)}`);
          tables.push(`(vp-label 'jump${k}) (vp-long ${names.map((name) => `'${name}`).join(' ')})`);
          lines.push(`${indent}(vp-cpy-rr ${node.on} r13) (vp-and-cr ${size - 1} r13) (vp-shl-cr 3 r13)`);
          lines.push(
            node.viaMemory
              ? `${indent}(vp-lea-p 'jump${k} r12) (vp-add-rr r13 r12) (vp-jmp-i r12 0)`
              : `${indent}(vp-lea-p 'jump${k} r12) (vp-cpy-dr r12 r13 r12) (vp-jmp-r r12)`,
          );
          node.cases.forEach((body, c) => {
            lines.push(`(vp-label 'case${k}_${c})`);
            emit(body, indent + '  ');
            lines.push(`${indent}(vp-jmp 'endswitch${k})`);
          });
          lines.push(`(vp-label 'endswitch${k})`);
          break;
        }
        case 'setjmp': {
          const k = labels++;
          lines.push(
            `${indent}(vp-cpy-rr rsp r13) (vp-cpy-rp r13 'jump_sp) (vp-lea-p 'land${k} r13) (vp-cpy-rp r13 'jump_pc)`,
          );
          emit(node.body, indent + '  ');
          lines.push(`(vp-label 'land${k})`, `${indent}(vp-cpy-cr 0 r13) (vp-cpy-rp r13 'jump_pc)`);
          break;
        }
      }
    }
  };
  lines.push("(export 'main)", `(import 'write "tessera.write")`, "(function 'main)");
  lines.push(`  ${shape.registers.map((value, r) => `(vp-cpy-cr ${value} r${r})`).join(' ')}`);
  emit(shape.main, '  ');
  lines.push(`  (vp-cpy-rr ${shape.exit} r0)`, '  (vp-ret)');
  shape.helpers.forEach((helper, k) => {
    lines.push(`(function 'f${k})`);
    emit(helper.body, '  ');
    lines.push(helper.tailCall ? `  (vp-jmp 'f${k - 1})` : '  (vp-ret)');
  });
  // Bounded depth: r0 is masked on entry and strictly smaller at each recursive call.
  lines.push(
    "(function 'rec)",
    `  (vp-and-cr ${shape.recursionMask} r0)`,
    "  (vp-beq-cr 0 r0 'rec_done)",
    '  (vp-sub-cr 1 r0)',
  );
  lines.push('  (vp-push r0)');
  emit(shape.recursive, '  ');
  lines.push('  (vp-pop r0)', "  (vp-lea-p 'rec r13) (vp-call-r r13)", "(vp-label 'rec_done)", '  (vp-ret)');
  // longjmp: to the armed landing (disarming it) with main's rsp there; a plain return when none is armed.
  lines.push("(function 'jump)", "  (vp-cpy-pr 'jump_pc r13) (vp-beq-cr 0 r13 'jump_off)");
  lines.push(
    "  (vp-cpy-pr 'jump_sp r12) (vp-cpy-rr r12 rsp) (vp-jmp-r r13)",
    "(vp-label 'jump_off)",
    '  (vp-ret)',
  );
  lines.push("(section 'data)", '(vp-align 8)');
  lines.push(
    `(vp-label 'buf) (vp-byte ${[...shape.data].join(' ')}) (space ${bufferSize - shape.data.length})`,
  );
  lines.push(`(vp-label 'table) (vp-long ${callable.map((name) => `'${name}`).join(' ')})`);
  for (const name of callable) lines.push(`(vp-label 'slot_${name}) (vp-long '${name})`);
  lines.push("(vp-label 'jump_sp) (vp-long 0)", "(vp-label 'jump_pc) (vp-long 0)");
  lines.push(...tables, ...counters);
  lines.push(
    `(vp-align 8) (space ${stridedPadding}) (vp-label 'strided) (space ${bufferSize + stridedPadding})`,
  );
  return lines.join('\n') + '\n';
}

/** Random programs as assembly text (a failing case is shown as the program itself). */
export const programText: fc.Arbitrary<string> = programShape.map(renderProgram);
