; div128.s: signed 128/64-bit division with vp-div-rrr. Divides the 128-bit value
; -0x1_0000_0000_0000_0000_0123 (rdh:rdl) by 1_000_003 and prints quotient and remainder,
; then divides a sign-extended 64-bit value (vp-ext-rr) by -7.
(module "div128")
(export 'main)
(include "lib/print.s")

(function 'main)
  (vp-cpy-cr -2 r1)                  ; rdh: high 64 bits
  (vp-cpy-cr -0x123 r2)              ; rdl: low 64 bits; r1:r2 = -2^64 - 0x123
  (vp-cpy-cr 1000003 r3)
  (vp-div-rrr r3 r1 r2)              ; r2 = quotient, r1 = remainder
  (vp-push r1)
  (vp-cpy-rr r2 r0)
  (vp-call 'print_i64)               ; -18446688733643
  (vp-pop r0)
  (vp-call 'print_i64)               ; -350978
  (vp-cpy-cr -1234567890123 r2)
  (vp-ext-rr r2 r1)                  ; r1:r2 = the sign extension of r2
  (vp-cpy-cr -7 r3)
  (vp-div-rrr r3 r1 r2)
  (vp-push r1)
  (vp-cpy-rr r2 r0)
  (vp-call 'print_i64)               ; 176366841446
  (vp-pop r0)
  (vp-call 'print_i64)               ; -1
  (vp-cpy-cr 0 r0)
  (vp-ret)
