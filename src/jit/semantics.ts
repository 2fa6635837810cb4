// The compiled-tier translation of every instruction, as WebAssembly emitted through a FunctionEmitter,
// beside the interpreter's cases in src/vm/semantics.ts; the type of `wasmCases` demands one per mnemonic.
// A case either translates the instruction or hands it to the interpreter (`e.interpret()`, one instruction
// run by the hooked loop). Anything unusual (an address outside memory, a division by zero, an odd stack)
// leaves compiled code before the instruction (`e.bail()`), so the interpreter raises the very same trap.

import type { Mnemonic } from '../isa/index.js';
import type { OpName } from './wasm.js';
import type { FunctionEmitter } from './emitter.js';

type Case = (e: FunctionEmitter) => void;

/** rd (field a) = rd OP c. */
const constOp =
  (operation: OpName): Case =>
  (e) => {
    e.w.localGet(e.a).i64Const(e.K).op(operation).localSet(e.a);
  };

/** rd (field b) = rd OP rs (field a). */
const regOp =
  (operation: OpName): Case =>
  (e) => {
    e.w.localGet(e.b);
    e.getOperand(e.a, false);
    e.w.op(operation).localSet(e.b);
  };

/** rd (field a) = (rd CMP c) ? 1 : 0. */
const setConst =
  (compare: OpName): Case =>
  (e) => {
    e.w.localGet(e.a).i64Const(e.K).op(compare).op('i64.extend_i32_u').localSet(e.a);
  };

/** rd (field b) = (rd CMP rs) ? 1 : 0, integer or double. */
const setReg =
  (compare: OpName, double = false): Case =>
  (e) => {
    e.getOperand(e.b, double);
    e.getOperand(e.a, double);
    e.w.op(compare).op('i64.extend_i32_u').localSet(e.b);
  };

/** if rd (field a) CMP c goto target. */
const branchConst =
  (compare: OpName): Case =>
  (e) => {
    e.w.localGet(e.a).i64Const(e.K).op(compare);
    e.branch();
  };

/** if rd (field b) CMP rs (field a) goto target, integer or double. */
const branchReg =
  (compare: OpName, double = false): Case =>
  (e) => {
    e.getOperand(e.b, double);
    e.getOperand(e.a, double);
    e.w.op(compare);
    e.branch();
  };

/** double rd (field b) = rd OP rs. */
const floatOp =
  (operation: OpName): Case =>
  (e) => {
    e.getOperand(e.b, true);
    e.getOperand(e.a, true);
    e.w.op(operation);
    e.setDouble(e.b);
  };

/** Load `width` bytes at [address on the stack] into register `r`. */
const loads = {
  '': ['i64.load', 8],
  b: ['i64.load8_s', 1],
  ub: ['i64.load8_u', 1],
  s: ['i64.load16_s', 2],
  us: ['i64.load16_u', 2],
  i: ['i64.load32_s', 4],
  ui: ['i64.load32_u', 4],
} as const satisfies Record<string, readonly [OpName, number]>;
const stores = {
  '': ['i64.store', 8],
  b: ['i64.store8', 1],
  s: ['i64.store16', 2],
  i: ['i64.store32', 4],
} as const satisfies Record<string, readonly [OpName, number]>;

const loadImm =
  (width: keyof typeof loads): Case =>
  (e) => {
    const [load, bytes] = loads[width];
    e.w.localGet(e.a).i64Const(e.K).op('i64.add');
    e.checkAddress(bytes, false);
    e.w.memory(load).localSet(e.b);
  };
const loadReg =
  (width: keyof typeof loads): Case =>
  (e) => {
    const [load, bytes] = loads[width];
    e.w.localGet(e.a).localGet(e.b).op('i64.add');
    e.checkAddress(bytes, false);
    e.w.memory(load).localSet(e.c);
  };
const storeImm =
  (width: keyof typeof stores): Case =>
  (e) => {
    const [store, bytes] = stores[width];
    e.w.localGet(e.b).i64Const(e.K).op('i64.add');
    e.checkAddress(bytes, true);
    e.w.memory(e.storedValue(e.a, store));
  };
const storeReg =
  (width: keyof typeof stores): Case =>
  (e) => {
    const [store, bytes] = stores[width];
    e.w.localGet(e.b).localGet(e.c).op('i64.add');
    e.checkAddress(bytes, true);
    e.w.memory(e.storedValue(e.a, store));
  };

/** Division and remainder: a zero divisor (and for `vp-div-rr`, INT64_MIN / -1) is the interpreter's to trap. */
const divide =
  (operation: OpName, checkOverflow: boolean): Case =>
  (e) => {
    const divisor = e.constantIn(e.a);
    if (divisor !== undefined && divisor !== 0n && !(checkOverflow && divisor === -1n)) {
      // A known divisor that cannot trap: V8 turns the division into a multiplication.
      e.w.localGet(e.b).i64Const(divisor).op(operation).localSet(e.b);
      return;
    }
    e.w.localGet(e.a).op('i64.eqz');
    if (checkOverflow) {
      e.w.localGet(e.a).i64Const(-1n).op('i64.eq');
      e.w
        .localGet(e.b)
        .i64Const(-(1n << 63n))
        .op('i64.eq')
        .op('i32.and')
        .op('i32.or');
    }
    e.bailIf();
    e.w.localGet(e.b).localGet(e.a).op(operation).localSet(e.b);
  };

const interpret: Case = (e) => e.interpret();

/** Every instruction's translation. */
export const wasmCases: Record<Mnemonic, Case> = {
  'vp-nop': () => {},
  'vp-cpy-cr': (e) => void e.w.i64Const(e.K).localSet(e.a),
  'vp-add-cr': constOp('i64.add'),
  'vp-sub-cr': constOp('i64.sub'),
  'vp-mul-cr': constOp('i64.mul'),
  'vp-and-cr': constOp('i64.and'),
  'vp-or-cr': constOp('i64.or'),
  'vp-xor-cr': constOp('i64.xor'),
  'vp-shl-cr': constOp('i64.shl'), // Wasm takes shift counts mod 64, as VP does
  'vp-shr-cr': constOp('i64.shr_u'),
  'vp-asr-cr': constOp('i64.shr_s'),
  'vp-cpy-rr': (e) => e.copyRegister(e.a, e.b),
  'vp-add-rr': regOp('i64.add'),
  'vp-sub-rr': regOp('i64.sub'),
  'vp-mul-rr': regOp('i64.mul'),
  'vp-and-rr': regOp('i64.and'),
  'vp-or-rr': regOp('i64.or'),
  'vp-xor-rr': regOp('i64.xor'),
  'vp-shl-rr': regOp('i64.shl'),
  'vp-shr-rr': regOp('i64.shr_u'),
  'vp-asr-rr': regOp('i64.shr_s'),
  'vp-div-rrr': interpret, // 128-bit dividend: rare, and BigInt arithmetic in the interpreter is exact
  'vp-div-rrr-u': interpret,
  'vp-ext-rr': (e) => void e.w.localGet(e.a).i64Const(63).op('i64.shr_s').localSet(e.b),
  'vp-swp-rr': (e) => {
    const t = e.i64Temp(0);
    e.w.localGet(e.a).localSet(t).localGet(e.b).localSet(e.a).localGet(t).localSet(e.b);
  },
  'vp-lnot-rr': (e) => {
    e.w.localGet(e.b).localSet(e.a);
    e.w.localGet(e.b).op('i64.eqz').op('i64.extend_i32_u').localSet(e.b);
  },
  'vp-land-rr': (e) => {
    e.w.localGet(e.a).op('i64.eqz').op('i32.eqz').op('i64.extend_i32_u').localSet(e.a);
    e.w.localGet(e.b).op('i64.eqz').op('i32.eqz').localGet(e.a).op('i32.wrap_i64').op('i32.and');
    e.w.op('i64.extend_i32_u').localSet(e.b);
  },
  'vp-cpy-ir': loadImm(''),
  'vp-cpy-ir-b': loadImm('b'),
  'vp-cpy-ir-s': loadImm('s'),
  'vp-cpy-ir-i': loadImm('i'),
  'vp-cpy-ir-ub': loadImm('ub'),
  'vp-cpy-ir-us': loadImm('us'),
  'vp-cpy-ir-ui': loadImm('ui'),
  'vp-cpy-dr': loadReg(''),
  'vp-cpy-dr-b': loadReg('b'),
  'vp-cpy-dr-s': loadReg('s'),
  'vp-cpy-dr-i': loadReg('i'),
  'vp-cpy-dr-ub': loadReg('ub'),
  'vp-cpy-dr-us': loadReg('us'),
  'vp-cpy-dr-ui': loadReg('ui'),
  'vp-cpy-pr': (e) => {
    e.w.i64Const(e.K);
    e.checkAddress(8, false);
    e.w.memory('i64.load').localSet(e.a);
  },
  'vp-cpy-ri': storeImm(''),
  'vp-cpy-ri-b': storeImm('b'),
  'vp-cpy-ri-s': storeImm('s'),
  'vp-cpy-ri-i': storeImm('i'),
  'vp-cpy-rd': storeReg(''),
  'vp-cpy-rd-b': storeReg('b'),
  'vp-cpy-rd-s': storeReg('s'),
  'vp-cpy-rd-i': storeReg('i'),
  'vp-cpy-rp': (e) => {
    e.w.i64Const(e.K);
    e.checkAddress(8, true);
    e.w.memory(e.storedValue(e.a, 'i64.store'));
  },
  'vp-lea-i': (e) => void e.w.localGet(e.a).i64Const(e.K).op('i64.add').localSet(e.b),
  'vp-lea-d': (e) => void e.w.localGet(e.a).localGet(e.b).op('i64.add').localSet(e.c),
  'vp-lea-p': (e) => void e.w.i64Const(e.K).localSet(e.a),
  'vp-push': (e) => e.push(),
  'vp-pop': (e) => e.pop(),
  'vp-alloc': (e) => e.alloc(),
  'vp-free': (e) =>
    void e.w
      .localGet(e.rsp)
      .i64Const((e.K + 7n) & -8n)
      .op('i64.add')
      .localSet(e.rsp),
  'vp-beq-cr': branchConst('i64.eq'),
  'vp-bne-cr': branchConst('i64.ne'),
  'vp-blt-cr': branchConst('i64.lt_s'),
  'vp-ble-cr': branchConst('i64.le_s'),
  'vp-bgt-cr': branchConst('i64.gt_s'),
  'vp-bge-cr': branchConst('i64.ge_s'),
  'vp-beq-rr': branchReg('i64.eq'),
  'vp-bne-rr': branchReg('i64.ne'),
  'vp-blt-rr': branchReg('i64.lt_s'),
  'vp-ble-rr': branchReg('i64.le_s'),
  'vp-bgt-rr': branchReg('i64.gt_s'),
  'vp-bge-rr': branchReg('i64.ge_s'),
  'vp-blo-cr': branchConst('i64.lt_u'),
  'vp-bls-cr': branchConst('i64.le_u'),
  'vp-bhi-cr': branchConst('i64.gt_u'),
  'vp-bhs-cr': branchConst('i64.ge_u'),
  'vp-blo-rr': branchReg('i64.lt_u'),
  'vp-bls-rr': branchReg('i64.le_u'),
  'vp-bhi-rr': branchReg('i64.gt_u'),
  'vp-bhs-rr': branchReg('i64.ge_u'),
  'vp-fbeq-rr': branchReg('f64.eq', true),
  'vp-fbne-rr': branchReg('f64.ne', true),
  'vp-fblt-rr': branchReg('f64.lt', true),
  'vp-fble-rr': branchReg('f64.le', true),
  'vp-fbgt-rr': branchReg('f64.gt', true),
  'vp-fbge-rr': branchReg('f64.ge', true),
  'vp-call': (e) => e.callDirect(),
  'vp-call-r': (e) => {
    e.w.localGet(e.a);
    e.callDynamic();
  },
  'vp-call-i': (e) => {
    e.w.localGet(e.a).i64Const(e.K).op('i64.add');
    e.checkAddress(8, false);
    e.w.memory('i64.load');
    e.callDynamic();
  },
  'vp-call-p': (e) => {
    e.w.i64Const(e.K);
    e.checkAddress(8, false);
    e.w.memory('i64.load');
    e.callDynamic();
  },
  'vp-jmp': (e) => e.jumpDirect(),
  'vp-jmp-r': (e) => {
    e.w.localGet(e.a);
    e.jumpDynamic();
  },
  'vp-jmp-i': (e) => {
    e.w.localGet(e.a).i64Const(e.K).op('i64.add');
    e.checkAddress(8, false);
    e.w.memory('i64.load');
    e.jumpDynamic();
  },
  'vp-jmp-p': (e) => {
    e.w.i64Const(e.K);
    e.checkAddress(8, false);
    e.w.memory('i64.load');
    e.jumpDynamic();
  },
  'vp-ret': (e) => e.ret(),
  'vp-call-abi': interpret, // host functions are JavaScript: the interpreter's slow path calls them
  'vp-call-host': interpret,
  'vp-copy-rrr': interpret, // bulk memory charges fuel by size and checks both ranges: the slow path's job
  'vp-fill-rrr': interpret,
  'vp-brk': interpret,
  'vp-seq-cr': setConst('i64.eq'),
  'vp-sne-cr': setConst('i64.ne'),
  'vp-slt-cr': setConst('i64.lt_s'),
  'vp-sle-cr': setConst('i64.le_s'),
  'vp-sgt-cr': setConst('i64.gt_s'),
  'vp-sge-cr': setConst('i64.ge_s'),
  'vp-slo-cr': setConst('i64.lt_u'),
  'vp-sls-cr': setConst('i64.le_u'),
  'vp-shi-cr': setConst('i64.gt_u'),
  'vp-shs-cr': setConst('i64.ge_u'),
  'vp-seq-rr': setReg('i64.eq'),
  'vp-sne-rr': setReg('i64.ne'),
  'vp-slt-rr': setReg('i64.lt_s'),
  'vp-sle-rr': setReg('i64.le_s'),
  'vp-sgt-rr': setReg('i64.gt_s'),
  'vp-sge-rr': setReg('i64.ge_s'),
  'vp-slo-rr': setReg('i64.lt_u'),
  'vp-sls-rr': setReg('i64.le_u'),
  'vp-shi-rr': setReg('i64.gt_u'),
  'vp-shs-rr': setReg('i64.ge_u'),
  'vp-div-rr': divide('i64.div_s', true),
  'vp-div-rr-u': divide('i64.div_u', false),
  'vp-rem-rr': divide('i64.rem_s', false), // Wasm's INT64_MIN % -1 is 0, as VP's
  'vp-rem-rr-u': divide('i64.rem_u', false),
  'vp-fadd-rr': floatOp('f64.add'),
  'vp-fsub-rr': floatOp('f64.sub'),
  'vp-fmul-rr': floatOp('f64.mul'),
  'vp-fdiv-rr': floatOp('f64.div'),
  'vp-fsqrt-rr': (e) => {
    e.getOperand(e.a, true);
    e.w.op('f64.sqrt');
    e.setDouble(e.b);
  },
  'vp-fneg-rr': (e) =>
    void e.w
      .localGet(e.a)
      .i64Const(-(1n << 63n))
      .op('i64.xor')
      .localSet(e.b),
  'vp-fabs-rr': (e) =>
    void e.w
      .localGet(e.a)
      .i64Const((1n << 63n) - 1n)
      .op('i64.and')
      .localSet(e.b),
  'vp-fmin-rr': floatOp('f64.min'), // NaN if either is NaN and -0 < +0, as Math.min
  'vp-fmax-rr': floatOp('f64.max'),
  'vp-cvt-if': (e) => {
    e.w.localGet(e.a).op('f64.convert_i64_s');
    e.setDouble(e.b, false);
  },
  'vp-cvt-uf': (e) => {
    e.w.localGet(e.a).op('f64.convert_i64_u');
    e.setDouble(e.b, false);
  },
  'vp-cvt-fi': (e) => {
    e.getOperand(e.a, true);
    e.w.truncSat('i64.trunc_sat_f64_s').localSet(e.b);
  },
  'vp-cvt-fu': (e) => {
    e.getOperand(e.a, true);
    e.w.truncSat('i64.trunc_sat_f64_u').localSet(e.b);
  },
  'vp-cvt-sf': (e) => {
    e.w.localGet(e.a).op('i32.wrap_i64').op('f32.reinterpret_i32').op('f64.promote_f32');
    e.setDouble(e.b);
  },
  'vp-cvt-fs': (e) => {
    const t = e.f64Temp;
    e.getOperand(e.a, true);
    e.w.localTee(t).op('f32.demote_f64').op('i32.reinterpret_f32').op('i64.extend_i32_u');
    e.w.i64Const(0x7fc00000n).localGet(t).localGet(t).op('f64.eq').op('select').localSet(e.b);
  },
  'vp-fseq-rr': setReg('f64.eq', true),
  'vp-fsne-rr': setReg('f64.ne', true),
  'vp-fslt-rr': setReg('f64.lt', true),
  'vp-fsle-rr': setReg('f64.le', true),
  'vp-fsgt-rr': setReg('f64.gt', true),
  'vp-fsge-rr': setReg('f64.ge', true),
  'vp-bswap-rr': interpret,
  'vp-bswap-rr-i': interpret,
  'vp-bswap-rr-s': interpret,
};

/** The instructions the compiled tier hands to the interpreter one at a time. */
export const interpretedMnemonics: ReadonlySet<Mnemonic> = new Set(
  (Object.keys(wasmCases) as Mnemonic[]).filter((m) => wasmCases[m] === interpret),
);
