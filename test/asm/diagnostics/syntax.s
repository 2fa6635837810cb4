; Reader errors: the reader keeps going after each one, so every error in the file is reported.
(module "syntax")
(function 'main)
  (vp-cpy-cr 12abc r0)            ; ASM012: not a number
  (vp-cpy-cr 0x r1)               ; ASM012: hex prefix without digits
  (vp-label ')                    ; ASM001: a quote needs a name after it
(section 'data)
(vp-string "tab\q")               ; ASM003: unknown escape
(vp-string "never closed)         ; ASM002: a string ends at the end of its line
)
(vp-string "no continuation lines\
)                                 ; ASM002: a backslash does not join lines
(vp-string "ok")
(section 'text)
  (vp-ret))                       ; ASM005: one ")" too many
oops                              ; ASM006: not a form
()                                ; ASM006: empty form
(42 r0)                           ; ASM006: head is not a name
(section 'text
  (vp-ret)                        ; ASM004 is reported at the "(" that is never closed
