; trap-null.s: a load through a null pointer traps with null-access at the load.
; expect: before
; expect trap: null-access at main+0x18
(module "trap-null")
(export 'main)
(import 'write "tessera.write")
(function 'main)
  (vp-cpy-cr 1 r0)
  (vp-lea-p 'text r1)
  (vp-cpy-cr 7 r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-cpy-cr 0 r3)
  (vp-cpy-ir r3 16 r0)
  (vp-ret)
(section 'data)
(vp-label 'text)
  (vp-string "before\n")
