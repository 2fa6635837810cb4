; floats.s: IEEE doubles on the integer registers: arithmetic, conversions, compares, NaN canonical form.
; expect: 3
; expect: -7
; expect: 9221120237041090560
; expect: 1
; expect: 4607182418800017408
; expect: 1065353216
; expect: 9223372036854775807
; expect: 0
(module "floats")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-cpy-cr 9 r1)
  (vp-cvt-if r1 r1)                  ; 9.0
  (vp-fsqrt-rr r1 r1)                ; 3.0
  (vp-cvt-fi r1 r0)
  (vp-call 'print_i64)               ; 3
  (vp-cpy-cr -15 r1)
  (vp-cvt-if r1 r1)
  (vp-cpy-cr 2 r2)
  (vp-cvt-if r2 r2)
  (vp-fdiv-rr r2 r1)                 ; -7.5
  (vp-cvt-fi r1 r0)
  (vp-call 'print_i64)               ; -7 (truncated)
  (vp-cpy-cr 0 r1)
  (vp-cvt-if r1 r1)
  (vp-cpy-rr r1 r2)
  (vp-fdiv-rr r2 r1)                 ; 0/0 = NaN, canonical bits
  (vp-cpy-rr r1 r0)
  (vp-call 'print_u64)
  (vp-cpy-cr 0x7ff8000000000000 r1)  ; NaN again: print_u64 clobbers r1
  (vp-cpy-cr 0 r2)
  (vp-fbeq-rr r1 r1 'fail)           ; NaN == NaN is false
  (vp-fsne-rr r1 r2)                 ; NaN != NaN is true
  (vp-cpy-rr r2 r0)
  (vp-call 'print_i64)               ; 1
  (vp-cpy-cr 1 r1)
  (vp-cvt-if r1 r0)                  ; 1.0 bits
  (vp-call 'print_i64)
  (vp-cpy-cr 1 r1)
  (vp-cvt-if r1 r1)
  (vp-cvt-fs r1 r0)                  ; 1.0f bits
  (vp-call 'print_i64)
  (vp-cpy-cr 0x7ff0000000000000 r1)  ; +Infinity
  (vp-cvt-fi r1 r0)                  ; saturates
  (vp-call 'print_i64)
  (vp-cpy-cr 0x7ff8000000000000 r1)
  (vp-cvt-fi r1 r0)                  ; NaN -> 0
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r0)
  (vp-ret)
(vp-label 'fail)
  (vp-cpy-cr 99 r0)
  (vp-ret)
