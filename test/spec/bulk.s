; bulk.s: vp-copy-rrr (overlapping) and vp-fill-rrr, vp-bswap-rr, and a string written through the host.
; expect: aaaaabcdef
; expect: 1311768467463790320
; expect: 4038909680
(module "bulk")
(export 'main)
(include "../../examples/lib/print.s")

(function 'main)
  (vp-lea-p 'buffer r5)
  (vp-cpy-cr 97 r1)                  ; 'a'
  (vp-cpy-cr 4 r2)
  (vp-fill-rrr r1 r5 r2)             ; "aaaa"
  (vp-lea-p 'letters r1)
  (vp-lea-i r5 4 r2)
  (vp-cpy-cr 6 r3)
  (vp-copy-rrr r1 r2 r3)             ; "aaaaabcdef" with 'a' from letters
  (vp-cpy-cr 10 r1)
  (vp-cpy-ri-b r1 r5 10)
  (vp-cpy-cr 1 r0)
  (vp-cpy-rr r5 r1)
  (vp-cpy-cr 11 r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-cpy-cr 0xf0debc9a78563412 r1)
  (vp-bswap-rr r1 r0)
  (vp-call 'print_i64)
  (vp-cpy-cr 0x12345678f0debcf0 r1)
  (vp-bswap-rr-i r1 r0)
  (vp-call 'print_i64)
  (vp-cpy-cr 0 r0)
  (vp-ret)

(section 'data)
(vp-label 'letters)
  (vp-string "abcdef")
(section 'bss)
(vp-label 'buffer)
  (space 16)
