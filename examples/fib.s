; fib.s: recursive Fibonacci; prints fib(30) = 832040.
(module "fib")
(export 'main)
(include "lib/print.s")
(const 'n 30)

(function 'main)
  (vp-cpy-cr n r0)
  (vp-call 'fib)
  (vp-call 'print_u64)
  (vp-cpy-cr 0 r0)
  (vp-ret)

; fib: r0 = n -> r0 = fib(n). Preserves every other register.
(function 'fib)
  (vp-blt-cr 2 r0 'fib_done)
  (vp-push r1 r0)                    ; caller's r1, then n
  (vp-sub-cr 1 r0)
  (vp-call 'fib)                     ; r0 = fib(n - 1)
  (vp-pop r1)                        ; r1 = n
  (vp-push r0)                       ; keep fib(n - 1)
  (vp-cpy-rr r1 r0)
  (vp-sub-cr 2 r0)
  (vp-call 'fib)                     ; r0 = fib(n - 2)
  (vp-pop r1)
  (vp-add-rr r1 r0)
  (vp-pop r1)                        ; caller's r1
(vp-label 'fib_done)
  (vp-ret)
