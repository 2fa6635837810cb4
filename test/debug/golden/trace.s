; trace.s: stores of every width and form, a push and a pop, a call, a bulk copy and fill, and a host
; function that writes memory (tessera.read), for the golden JSON Lines trace in trace.jsonl.
(module "trace")
(export 'main)
(import 'read "tessera.read")
(import 'write "tessera.write")

(function 'main)
  (vp-lea-p 'buffer r4)
  (vp-cpy-cr 0x1234 r1)
  (vp-cpy-ri r1 r4 0)                ; store64 [r4 + 0]
  (vp-cpy-ri-b r1 r4 8)              ; store8
  (vp-cpy-cr 10 r2)
  (vp-cpy-rd-s r1 r4 r2)             ; store16 [r4 + r2]
  (vp-cpy-rd-i r1 r4 r2)             ; store32
  (vp-cpy-rp r1 'word)               ; store64 at a label
  (vp-push r1 r4)
  (vp-pop r5 r6)
  (vp-call 'double)
  (vp-cpy-cr 16 r3)
  (vp-lea-i r4 16 r5)
  (vp-cpy-cr 8 r2)
  (vp-copy-rrr r4 r5 r2)             ; copy 8 bytes from buffer to buffer + 16
  (vp-cpy-cr 0x41 r1)
  (vp-fill-rrr r1 r5 r3)             ; fill 16 bytes at buffer + 16 with 'A'
  (vp-cpy-cr 0 r0)
  (vp-cpy-rr r4 r1)
  (vp-cpy-cr 4 r2)
  (vp-call-host 'read (r0 r1 r2))    ; up to 4 bytes of input at buffer
  (vp-cpy-rr r0 r2)
  (vp-cpy-cr 1 r0)
  (vp-call-host 'write (r0 r1 r2))   ; echo them
  (vp-cpy-cr 0 r0)
  (vp-ret)

; double: r1 = 2 * r1
(function 'double)
  (vp-add-rr r1 r1)
  (vp-ret)

(section 'bss)
(vp-label 'buffer)
  (space 32)
(vp-label 'word)
  (space 8)
