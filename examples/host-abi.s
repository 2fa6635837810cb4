; host-abi.s: a host call through vp-call-abi, with the handle loaded from the import's link slot,
; then a clock read; exits with status 3 through tessera.exit.
(module "host-abi")
(export 'main)
(import 'write "tessera.write")
(import 'clock "tessera.clock")
(import 'exit "tessera.exit")

(function 'main)
  (vp-cpy-cr 1 r0)
  (vp-lea-p 'message r1)
  (vp-cpy-cr (- 'message_end 'message) r2)
  (vp-lea-p 'write r14)              ; r14 = address of the link slot holding write's handle
  (vp-call-abi r13 r14 0 (r0 r1 r2)) ; r0 = write(1, message, length)
  (vp-cpy-cr 1 r0)
  (vp-call-host 'clock (r0))         ; r0 = monotonic nanoseconds
  (vp-cpy-cr 3 r0)
  (vp-call-host 'exit (r0))
  (vp-brk 0)                         ; never reached: exit halts the machine

(section 'data)
(vp-label 'message)
  (vp-string "written through vp-call-abi\n")
(vp-label 'message_end)
