; lib/print.s: print numbers in decimal to stdout. Include it once per module.
; print_u64: r0 as unsigned decimal, then a newline. print_i64: r0 as signed decimal, then a newline.
; Both clobber r0-r3.
(import 'write "tessera.write")

(function 'print_i64)
  (vp-bge-cr 0 r0 'print_u64)        ; non-negative: print as unsigned
  (vp-push r0)
  (vp-cpy-cr 45 r1)                  ; '-'
  (vp-push r1)
  (vp-cpy-cr 1 r0)
  (vp-cpy-rr rsp r1)
  (vp-cpy-cr 1 r2)
  (vp-call-host 'write (r0 r1 r2))   ; write(1, "-", 1)
  (vp-pop r0 r1)
  (vp-cpy-cr 0 r1)
  (vp-sub-rr r0 r1)                  ; r1 = -r0 (INT64_MIN stays itself: printed as unsigned, it is right)
  (vp-cpy-rr r1 r0)

(function 'print_u64)
  (vp-alloc 32)                      ; a digit buffer at rsp .. rsp+31
  (vp-lea-i rsp 31 r3)               ; r3 walks back from the end
  (vp-cpy-cr 10 r1)
  (vp-cpy-ri-b r1 r3 0)              ; newline last
  (vp-cpy-cr 10 r2)
(vp-label 'print_u64_digit)
  (vp-sub-cr 1 r3)
  (vp-cpy-rr r0 r1)
  (vp-rem-rr-u r2 r1)                ; r1 = r0 % 10
  (vp-add-cr 48 r1)
  (vp-cpy-ri-b r1 r3 0)
  (vp-div-rr-u r2 r0)                ; r0 = r0 / 10
  (vp-bne-cr 0 r0 'print_u64_digit)
  (vp-lea-i rsp 32 r2)
  (vp-sub-rr r3 r2)                  ; length = end - r3
  (vp-cpy-rr r3 r1)
  (vp-cpy-cr 1 r0)
  (vp-call-host 'write (r0 r1 r2))
  (vp-free 32)
  (vp-ret)
