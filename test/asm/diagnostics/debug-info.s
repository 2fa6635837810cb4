; Debug directives (the C compiler's types and variables) that do not fit.
(module "debug-info")
(export 'main)
(function 'main)
  (debug-type 0 "i4|int")
  (debug-type 0 "u4|unsigned int")       ; ASM040
  (debug-var "x" 0 frame -8 3 1 9 1)
  (debug-var "y" 0 register 1 3 1 9 1)   ; ASM041
  (debug-var "z" 0 frame 4294967296 3 1 9 1) ; ASM042
  (debug-var "h" 0 frame -8)             ; ASM008
  (vp-ret)
