; breakpoint.s: vp-brk stops the run with status breakpoint.
; expect status: breakpoint
(module "breakpoint")
(export 'main)
(function 'main)
  (vp-brk 7)
  (vp-ret)
