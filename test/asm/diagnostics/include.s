; Includes: errors inside an included file are reported against that file; missing files and cycles.
(module "include")
(include "include/helper.s")      ; helper.s has an error of its own, and includes back into its folder
(include "include/missing.s")     ; ASM018
(include "include.s")             ; ASM019: this file includes itself
(include 'helper)                 ; ASM023
(function 'main)
  (vp-call 'helper)
  (vp-ret)
