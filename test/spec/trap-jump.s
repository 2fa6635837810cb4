; trap-jump.s: jumping to an address outside text traps.
; expect trap: execute-outside-text at main+0x10
(module "trap-jump")
(export 'main)
(function 'main)
  (vp-cpy-cr 0x12345 r1)
  (vp-shl-cr 20 r1)
  (vp-jmp-r r1)
