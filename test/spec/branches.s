; branches.s: signed and unsigned compare-and-branch in both forms, and set-on-condition.
; expect: 1
; expect: 2
; expect: 3
; expect: 4
; expect: 5
; expect: 6
(module "branches")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-cpy-cr -1 r1)
  (vp-cpy-cr 1 r2)
  (vp-bge-rr r2 r1 'fail)            ; -1 >= 1 signed: no
  (vp-blo-rr r2 r1 'fail)            ; 0xffff... < 1 unsigned: no
  (vp-cpy-cr 1 r0)
  (vp-call 'print_i64)
  (vp-cpy-cr -1 r1)
  (vp-bhi-cr 5 r1 'two)              ; unsigned -1 > 5: yes
  (vp-jmp 'fail)
(vp-label 'two)
  (vp-cpy-cr 2 r0)
  (vp-call 'print_i64)
  (vp-cpy-cr -1 r1)
  (vp-slt-cr 0 r1)                   ; r1 = (-1 < 0) = 1
  (vp-cpy-cr -1 r2)
  (vp-slo-cr 0 r2)                   ; r2 = (2^64-1 <u 0) = 0
  (vp-add-rr r2 r1)
  (vp-add-cr 2 r1)
  (vp-cpy-rr r1 r0)
  (vp-call 'print_i64)               ; 3
  (vp-cpy-cr 0x7fffffffffffffff r1)
  (vp-cpy-cr -0x8000000000000000 r2)
  (vp-blt-rr r1 r2 'four)            ; INT64_MIN < INT64_MAX
  (vp-jmp 'fail)
(vp-label 'four)
  (vp-cpy-cr 4 r0)
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r1)
  (vp-lnot-rr r2 r1)                 ; r2 = 0, r1 = 1
  (vp-cpy-cr 7 r3)
  (vp-land-rr r3 r1)                 ; r3 = 1, r1 = 1
  (vp-add-rr r3 r1)
  (vp-add-rr r2 r1)
  (vp-add-cr 3 r1)
  (vp-cpy-rr r1 r0)
  (vp-call 'print_i64)               ; 5
  (vp-cpy-cr 6 r0)
  (vp-bne-cr 6 r0 'fail)
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r0)
  (vp-ret)
(vp-label 'fail)
  (vp-cpy-cr 99 r0)
  (vp-ret)
