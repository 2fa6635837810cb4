; Included by include-depth.s: includes itself under a longer name each time.
(include ".//deep.s")
