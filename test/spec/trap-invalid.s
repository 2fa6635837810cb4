; trap-invalid.s: executing a word that is not an instruction traps.
; expect trap: invalid-instruction at main+0x4
(module "trap-invalid")
(export 'main)
(function 'main)
  (vp-nop)
  (vp-int 0xff)
