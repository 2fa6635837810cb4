; Constant expressions and data values.
(module "values")
(const 'size 16)
(const 'a (+ b 1))
(const 'b (* a 2))
(function 'main)
  (vp-cpy-cr a r0)                ; ASM032: a and b depend on each other
  (vp-cpy-cr (/ size 0) r0)       ; ASM014
  (vp-cpy-cr (% size (- 4 4)) r0) ; ASM014
  (vp-cpy-cr (** 2 8) r0)         ; ASM015: unknown operator
  (vp-cpy-cr (~ 1 2) r0)          ; ASM015: ~ takes one operand
  (vp-cpy-cr r1 r0)               ; ASM013: a register is not a value
  (vp-cpy-cr "text" r0)           ; ASM013
  (vp-cpy-cr (1 2) r0)            ; ASM013: a list needs an operator
  (vp-cpy-cr 0x1_0000_0000_0000_0000 r0) ; ASM016: more than 64 bits
  (vp-cpy-cr (* 0x100000000 0x100000000 0x100000000 0x100000000 0x100000000) r0) ; ASM016
  (vp-ret)
(section 'data)
  (vp-byte 255 -128 256)          ; ASM016: 256 is too large for vp-byte
  (vp-short 65536)                ; ASM016
  (vp-int -2147483649)            ; ASM016
  (vp-align 3)                    ; ASM022
  (vp-align 8192)                 ; ASM022
  (vp-align 8 -1)                 ; ASM033: the fill byte
  (space -1)                      ; ASM033
  (space 'main)                   ; ASM033: labels are not known yet
  (space later)                   ; ASM033: nor constants defined further down
(const 'later 4)
(program 0x100000000 1)           ; ASM016: program numbers are 32 bits
