; Instruction forms: unknown mnemonics, operand counts, registers and register lists.
(module "instructions")
(import 'write "tessera.write")
(function 'main)
  (vp-frob r0 r1)                 ; ASM007
  (vp-add-rr r0)                  ; ASM008: one operand short
  (vp-ret r0)                     ; ASM008: takes none
  (vp-cpy-rr r15 r0)              ; ASM009: r15 is spelled rsp
  (vp-cpy-rr r0 'r1)              ; ASM009: a quoted name is not a register
  (vp-cpy-ir r0 8 16)             ; ASM009
  (vp-push)                       ; ASM025: at least one register
  (vp-pop r0 r1 r2 r3 r4 r5 r6 r7 r8 r9 r10 r11 r12 r13 r14 rsp) ; ASM025: at most 15
  (vp-call-host 'write r0)        ; ASM026: arguments go in a list
  (vp-call-host 'write (r0 r1 r2 r3 r4 r5 r6 r7)) ; ASM025: at most 7 arguments
  (vp-call-host 'main ())         ; ASM027: main is a label, not an import
  (vp-call-abi r1 r2 0 (r0 x1))   ; ASM009 inside an argument list
  (section)                       ; ASM008 for a directive
  (vp-ret)
(section 'data)
  (vp-cpy-cr 1 r0)                ; ASM028: code belongs in text
(function 'helper)                ; ASM028: so do functions
