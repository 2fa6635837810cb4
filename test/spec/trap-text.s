; trap-text.s: writing into the read-only text segment traps.
; expect trap: write-to-text at main+0x4
(module "trap-text")
(export 'main)
(function 'main)
  (vp-lea-p 'main r1)
  (vp-cpy-ri r0 r1 0)
  (vp-ret)
