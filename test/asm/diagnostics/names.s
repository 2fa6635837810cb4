; Names must fit the module format: 1 to 255 bytes of UTF-8 (the module name may be empty).
(module "a-module-name-that-goes-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-and-on-too-far") ; ASM038
(import 'nothing "")              ; ASM038: an import needs a name
(import 'é "ünïcödé.çount")       ; fine: 2 bytes per letter, well within 255
(function 'main)
  (vp-ret)
(vp-label 'éééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééééé) ; ASM038: 128 letters, 256 bytes
