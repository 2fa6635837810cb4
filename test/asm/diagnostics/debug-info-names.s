; Debug directives whose names are resolved once the module is laid out.
(module "debug-info-names")
(export 'main)
(debug-var "early" 0 frame -8 1 1 2 2)   ; ASM044: local, but no function yet
(function 'main)
  (debug-type 0 "i4|int")
  (debug-type 1 "p#7|int *")              ; ASM043: #7 is not defined in this file
  (debug-var "w" 9 frame -16 3 1 9 1)    ; ASM043
  (debug-var "g" 0 static 'nowhere 0 0 1 1) ; ASM010
  (debug-var "x" 0 none 0 3 1 9 1)
  (vp-ret)
