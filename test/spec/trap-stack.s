; trap-stack.s: unbounded recursion ends in a stack-overflow trap, not a crash of the host.
; expect trap: stack-overflow at recurse
(module "trap-stack")
(export 'main)
(function 'main)
  (vp-call 'recurse)
  (vp-ret)
(function 'recurse)
  (vp-call 'recurse)
  (vp-ret)
