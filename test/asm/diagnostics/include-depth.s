; Includes nest at most 64 deep: a chain of paths that differ but name the same file (here through empty
; path segments, elsewhere perhaps through a symbolic link) is stopped rather than followed forever.
(module "include-depth")
(include "include/deep.s")
