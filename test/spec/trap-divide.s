; trap-divide.s: division by zero, then (in a second procedure never reached) a quotient overflow.
; expect trap: division-by-zero at divide+0x8
(module "trap-divide")
(export 'main)
(function 'main)
  (vp-call 'divide)
  (vp-ret)
(function 'divide)
  (vp-cpy-cr 5 r0)
  (vp-cpy-cr 0 r1)
  (vp-div-rr r1 r0)
  (vp-ret)
