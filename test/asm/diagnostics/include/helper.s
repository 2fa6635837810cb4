; Included by include.s. Paths in an include are relative to the including file.
(function 'helper)
  (vp-add-rr r0)                  ; ASM008, reported in include/helper.s
  (include "loop.s")
  (vp-ret)
