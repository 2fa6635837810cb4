; Names: undefined, duplicated, misplaced, and exports and entries that do not fit.
(module "labels")
(export 'main)
(export 'missing)                 ; ASM029
(export 'main 'func)              ; ASM031
(entry 'message)                  ; ASM030: entry must be code
(function 'main)
  (vp-jmp 'nowhere)               ; ASM010
  (vp-beq-cr 0 r0 'message)       ; ASM017: branch to a data label
  (vp-call (+ 'main 2))           ; ASM017: not word-aligned
  (vp-lea-p 'message r1)          ; fine: data addresses are bytes
  (vp-ret)
(vp-label 'main)                  ; ASM011
(vp-label 5)                      ; ASM024
(vp-label r3)                     ; ASM024: register names are not labels
(const 'main 3)                   ; ASM011: already a label
(section 'data)
(vp-label 'message)
  (vp-string "hi")
