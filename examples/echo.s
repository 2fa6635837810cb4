; echo.s: print the program's arguments separated by spaces, like the shell's echo.
; The entry procedure gets argc in r0 and argv in r1 (an array of string addresses ending with 0).
(module "echo")
(export 'main)
(import 'write "tessera.write")

(function 'main)
  (vp-cpy-rr r1 r5)                  ; r5 walks argv
  (vp-cpy-cr 1 r6)                   ; r6 = index of the next argument (skip argv[0], the program)
  (vp-cpy-rr r0 r7)                  ; r7 = argc
(vp-label 'next)
  (vp-bge-rr r7 r6 'done)
  (vp-shl-cr 3 r6)
  (vp-cpy-dr r5 r6 r1)               ; r1 = argv[i]
  (vp-shr-cr 3 r6)
  (vp-cpy-rr r1 r2)
(vp-label 'length)                   ; r2 = end of the string
  (vp-cpy-ir-ub r2 0 r3)
  (vp-beq-cr 0 r3 'print)
  (vp-add-cr 1 r2)
  (vp-jmp 'length)
(vp-label 'print)
  (vp-sub-rr r1 r2)                  ; r2 = length
  (vp-cpy-cr 1 r0)
  (vp-call-host 'write (r0 r1 r2))
  (vp-add-cr 1 r6)
  (vp-bge-rr r7 r6 'done)
  (vp-cpy-cr 1 r0)
  (vp-lea-p 'space r1)
  (vp-cpy-cr 1 r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-jmp 'next)
(vp-label 'done)
  (vp-cpy-cr 1 r0)
  (vp-lea-p 'newline r1)
  (vp-cpy-cr 1 r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-cpy-cr 0 r0)
  (vp-ret)

(section 'data)
(vp-label 'space) (vp-string " ")
(vp-label 'newline) (vp-string "\n")
