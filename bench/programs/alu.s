; alu.s: a tight 64-bit ALU loop (add, xor, shift, add of a large odd constant, compare-and-branch) for dispatch speed.
; Prints nothing; exits with the low byte of the final accumulator.
(module "alu")
(export 'main)
(const 'iterations 20000000)

(function 'main)
  (vp-cpy-cr 0 r0)                  ; accumulator
  (vp-cpy-cr 0 r1)                  ; counter
  (vp-cpy-cr 0x9e3779b97f4a7c15 r2) ; odd multiplier
(vp-label 'loop)
  (vp-add-rr r1 r0)
  (vp-xor-cr 0x5bd1 r0)
  (vp-shl-cr 1 r0)
  (vp-add-rr r2 r0)
  (vp-add-cr 1 r1)
  (vp-blt-cr iterations r1 'loop)
  (vp-and-cr 255 r0)
  (vp-ret)
