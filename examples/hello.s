; hello.s: print a greeting through the tessera.write host function and exit with status 0.
(module "hello")
(import 'write "tessera.write")
(export 'main)

(section 'text)
(function 'main)
  (vp-cpy-cr 1 r0)                 ; fd 1: stdout
  (vp-lea-p 'greeting r1)          ; address of the bytes
  (vp-cpy-cr (- 'greeting_end 'greeting) r2)
  (vp-call-host 'write (r0 r1 r2))
  (vp-cpy-cr 0 r0)                 ; exit status
  (vp-ret)

(section 'data)
(vp-label 'greeting)
  (vp-string "Hello from Tessera!\n")
(vp-label 'greeting_end)
