; Sections: names, and what bss may hold.
(module "sections")
(section 'rodata)                 ; ASM020
(section "data")                  ; ASM024: a name, not a string
(section 'bss)
(vp-label 'buffer)
  (space 64)
  (vp-string "no")                ; ASM021
  (vp-long 1)                     ; ASM021
  (vp-align 8 255)                ; ASM021: bss is zero-filled
  (vp-align 16)
(section 'data)
  (vp-string 5)                   ; ASM023
  (vp-string)                     ; ASM008
(module 42)                       ; ASM023
