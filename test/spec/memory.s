; memory.s: loads and stores of every width, sign and zero extension, unaligned 64-bit access.
; expect: -1
; expect: 255
; expect: -32768
; expect: 32768
; expect: -2147483648
; expect: 2147483648
; expect: 1311768467463790320
; expect: 72623859790382856
(module "memory")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-lea-p 'cell r5)
  (vp-cpy-cr -1 r1)
  (vp-cpy-ri-b r1 r5 0)
  (vp-cpy-ir-b r5 0 r0)
  (vp-call 'print_i64)               ; -1
  (vp-cpy-ir-ub r5 0 r0)
  (vp-call 'print_i64)               ; 255
  (vp-cpy-cr 0x8000 r1)
  (vp-cpy-ri-s r1 r5 8)
  (vp-cpy-ir-s r5 8 r0)
  (vp-call 'print_i64)               ; -32768
  (vp-cpy-cr 8 r2)
  (vp-cpy-dr-us r5 r2 r0)
  (vp-call 'print_i64)               ; 32768
  (vp-cpy-cr 0x80000000 r1)
  (vp-cpy-ri-i r1 r5 16)
  (vp-cpy-ir-i r5 16 r0)
  (vp-call 'print_i64)               ; -2^31
  (vp-cpy-ir-ui r5 16 r0)
  (vp-call 'print_i64)               ; 2^31
  (vp-cpy-cr 0x123456789abcdef0 r1)
  (vp-cpy-ri r1 r5 3)                ; unaligned store
  (vp-cpy-cr 3 r2)
  (vp-cpy-dr r5 r2 r0)
  (vp-call 'print_i64)
  (vp-lea-p 'bytes r5)
  (vp-cpy-ir r5 1 r0)                ; unaligned load of bytes 1..8
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r0)
  (vp-ret)

(section 'data)
(vp-align 8)
(vp-label 'bytes)
  (vp-byte 0 8 7 6 5 4 3 2 1)
(section 'bss)
(vp-align 8)
(vp-label 'cell)
  (space 32)
