; Included by helper.s, which it includes again: a cycle through two files.
(include "helper.s")
