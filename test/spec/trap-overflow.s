; trap-overflow.s: a 128-bit dividend whose quotient does not fit in 64 bits.
; expect trap: quotient-overflow at main+0xc
(module "trap-overflow")
(export 'main)
(function 'main)
  (vp-cpy-cr 1 r1)                   ; rdh = 1: the dividend is 2^64 + ...
  (vp-cpy-cr 0 r2)
  (vp-cpy-cr 1 r3)
  (vp-div-rrr r3 r1 r2)              ; 2^64 / 1 overflows
  (vp-ret)
