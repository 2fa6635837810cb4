; Data and bss together are limited to 1 GiB.
(module "too-large-data")
(section 'data)
(vp-label 'table)
  (vp-long 1)
(section 'bss)
  (space 0x40000000)              ; ASM035, reported at the first data item
