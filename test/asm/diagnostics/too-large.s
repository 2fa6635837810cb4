; The text segment is limited to 64 MiB; nothing is allocated before the check.
(module "too-large")
(function 'main)
  (vp-ret)
  (space 0x4000000)               ; ASM035
