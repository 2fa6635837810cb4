; fuel.s: an endless loop is stopped by fuel.
; fuel: 100000
; expect status: out-of-fuel
(module "fuel")
(export 'main)
(function 'main)
(vp-label 'forever)
  (vp-add-cr 1 r0)
  (vp-jmp 'forever)
