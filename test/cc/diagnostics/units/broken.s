; Linked with link-assembly.c: the function body uses an instruction that does not exist.
(function 'from_assembly)
  (vp-cpy-cr 7 r0)
  (vp-frobnicate r0)
  (vp-ret)
