; sieve.s: the sieve of Eratosthenes over a byte array in bss; prints the number of primes below 2,000,000 (148933).
(module "sieve")
(export 'main)
(include "lib/print.s")
(const 'limit 2000000)

(function 'main)
  (vp-lea-p 'composite r5)           ; r5 = the array
  (vp-cpy-cr 0 r0)                   ; r0 = primes found
  (vp-cpy-cr 2 r1)                   ; r1 = candidate
  (vp-cpy-cr 1 r4)
(vp-label 'candidate)
  (vp-bge-cr limit r1 'done)
  (vp-cpy-dr-ub r5 r1 r2)
  (vp-bne-cr 0 r2 'next)
  (vp-add-cr 1 r0)
  (vp-cpy-rr r1 r3)
  (vp-mul-rr r1 r3)                  ; r3 = candidate squared
(vp-label 'strike)
  (vp-bge-cr limit r3 'next)
  (vp-cpy-rd-b r4 r5 r3)             ; composite[r3] = 1
  (vp-add-rr r1 r3)
  (vp-jmp 'strike)
(vp-label 'next)
  (vp-add-cr 1 r1)
  (vp-jmp 'candidate)
(vp-label 'done)
  (vp-call 'print_u64)
  (vp-cpy-cr 0 r0)
  (vp-ret)

(section 'bss)
(vp-label 'composite)
  (space limit)
