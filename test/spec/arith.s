; arith.s: 64-bit wrapping arithmetic, shifts mod 64, signed and unsigned division.
; expect: -9223372036854775808
; expect: 0
; expect: -2
; expect: 1
; expect: 4611686018427387904
; expect: -4611686018427387904
; expect: 13
; expect: -3
; expect: -1
; expect: 6148914691236517205
; expect: 1
; expect exit: 0
(module "arith")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-cpy-cr 0x7fffffffffffffff r0)
  (vp-add-cr 1 r0)                   ; wraps to INT64_MIN
  (vp-call 'print_i64)
  (vp-cpy-cr -1 r0)
  (vp-add-cr 1 r0)
  (vp-call 'print_i64)               ; 0
  (vp-cpy-cr 0x7fffffffffffffff r0)
  (vp-mul-cr 2 r0)
  (vp-call 'print_i64)               ; -2
  (vp-cpy-cr 3 r0)
  (vp-shl-cr 64 r0)                  ; count mod 64 = 0
  (vp-shr-cr 65 r0)                  ; count 1
  (vp-call 'print_i64)               ; 1
  (vp-cpy-cr 1 r0)
  (vp-shl-cr 126 r0)                 ; 1 << 62
  (vp-call 'print_i64)
  (vp-cpy-cr -0x8000000000000000 r0)
  (vp-asr-cr 1 r0)
  (vp-call 'print_i64)               ; -2^62
  (vp-cpy-cr 100 r0)
  (vp-cpy-cr 7 r1)
  (vp-div-rr r1 r0)
  (vp-add-cr -1 r0)
  (vp-call 'print_i64)               ; 13
  (vp-cpy-cr -23 r0)
  (vp-cpy-cr 7 r1)
  (vp-div-rr r1 r0)
  (vp-call 'print_i64)               ; -3 (truncated)
  (vp-cpy-cr -1 r0)
  (vp-cpy-cr 7 r1)
  (vp-rem-rr r1 r0)
  (vp-call 'print_i64)               ; -1
  (vp-cpy-cr -1 r0)
  (vp-cpy-cr 3 r1)
  (vp-div-rr-u r1 r0)
  (vp-call 'print_i64)               ; (2^64-1)/3 = 6148914691236517205 as unsigned... printed signed
  (vp-cpy-cr -0x8000000000000000 r0)
  (vp-cpy-cr -1 r1)
  (vp-rem-rr r1 r0)
  (vp-add-cr 1 r0)
  (vp-call 'print_i64)               ; INT64_MIN % -1 = 0, plus 1
  (vp-cpy-cr 0 r0)
  (vp-ret)
