; calls.s: calls and jumps through registers, memory and link slots; push/pop order; a jump table.
; expect: 10
; expect: 20
; expect: 30
; expect: 42
; expect: 3
(module "calls")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-lea-p 'ten r1)
  (vp-call-r r1)
  (vp-call 'print_i64)
  (vp-lea-p 'table r2)
  (vp-call-i r2 8)                   ; table[1] = twenty
  (vp-call 'print_i64)
  (vp-call-p 'thirty_slot)
  (vp-call 'print_i64)
  (vp-cpy-cr 40 r1)
  (vp-cpy-cr 2 r2)
  (vp-push r1 r2)
  (vp-pop r3 r4)                     ; r3 = 40, r4 = 2
  (vp-add-rr r4 r3)
  (vp-cpy-rr r3 r0)
  (vp-call 'print_i64)               ; 42
  (vp-cpy-cr 2 r1)                   ; switch on 2 through the jump table
  (vp-lea-p 'cases r2)
  (vp-shl-cr 3 r1)
  (vp-cpy-dr r2 r1 r3)
  (vp-jmp-r r3)
(vp-label 'case0)
  (vp-cpy-cr 1 r0)
  (vp-jmp 'done)
(vp-label 'case1)
  (vp-cpy-cr 2 r0)
  (vp-jmp 'done)
(vp-label 'case2)
  (vp-cpy-cr 3 r0)
(vp-label 'done)
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r0)
  (vp-ret)

(function 'ten)
  (vp-cpy-cr 10 r0)
  (vp-ret)
(function 'twenty)
  (vp-cpy-cr 20 r0)
  (vp-ret)
(function 'thirty)
  (vp-cpy-cr 30 r0)
  (vp-ret)

(section 'data)
(vp-align 8)
(vp-label 'table)
  (vp-long 'ten 'twenty)
(vp-label 'thirty_slot)
  (vp-long 'thirty)
(vp-label 'cases)
  (vp-long 'case0 'case1 'case2)
