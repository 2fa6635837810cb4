; Imports: kinds, duplicates and names.
(module "imports")
(import 'write "tessera.write")
(import 'put "tessera.write")     ; ASM036: the same function twice
(import 'clock "tessera.clock" 'native) ; ASM034
(import 'write "tessera.read")    ; ASM011: the label is taken
(import "exit" "tessera.exit")    ; ASM024
(import 'exit 'tessera.exit)      ; ASM023
(function 'main)
  (vp-call-host 'write (r0 r1 r2))
  (vp-call-host 'main (r0))       ; ASM027
  (vp-call-host 'nothing (r0))    ; ASM010
  (vp-ret)
