; sys.s: the C library's bottom layer in VP assembly: the system calls on the tessera.* host functions,
; setjmp and longjmp, the program entry _start, and the few functions one instruction does better than C
; (sqrt, memcpy, memmove, memset, and reading a double's bits). Each follows docs/ABI.md: arguments in
; r0.., the result in r0, r6-r13 preserved. Assemble it with the program's other files into one module.

; Import slots are labels, so their names stay in the reserved namespace, away from the program's.
(import '__tessera_host_write "tessera.write")
(import '__tessera_host_read "tessera.read")
(import '__tessera_host_exit "tessera.exit")
(import '__tessera_host_clock "tessera.clock")
(import '__tessera_host_sbrk "tessera.sbrk")
(import '__tessera_host_abort "tessera.abort")
(entry '_start)

(section 'text)

; _start: the machine calls it with argc in r0 and argv in r1, which main takes as they are; main's
; result (an int, already sign-extended) goes to exit, which runs the atexit handlers and flushes stdio.
(function '_start)
  (vp-call 'main)
  (vp-call 'exit)
  (vp-ret)

; long __tessera_write(int fd, const void *buffer, unsigned long length)
(function '__tessera_write)
  (vp-call-host '__tessera_host_write (r0 r1 r2))
  (vp-ret)

; long __tessera_read(int fd, void *buffer, unsigned long length)
(function '__tessera_read)
  (vp-call-host '__tessera_host_read (r0 r1 r2))
  (vp-ret)

; void __tessera_exit(int status): does not return.
(function '__tessera_exit)
  (vp-call-host '__tessera_host_exit (r0))
  (vp-ret)

; long __tessera_clock(int which): 0 wall clock, 1 monotonic; nanoseconds.
(function '__tessera_clock)
  (vp-call-host '__tessera_host_clock (r0))
  (vp-ret)

; void *__tessera_sbrk(long increment): the old break, or -1.
(function '__tessera_sbrk)
  (vp-call-host '__tessera_host_sbrk (r0))
  (vp-ret)

; void __tessera_abort(const char *message): tessera.abort(address, length) traps with the message.
(function '__tessera_abort)
  (vp-cpy-rr r0 r1)
(vp-label '__tessera_abort_scan)
  (vp-cpy-ir-ub r1 0 r2)
  (vp-beq-cr 0 r2 '__tessera_abort_trap)
  (vp-add-cr 1 r1)
  (vp-jmp '__tessera_abort_scan)
(vp-label '__tessera_abort_trap)
  (vp-sub-rr r0 r1)                  ; r1 = length
  (vp-call-host '__tessera_host_abort (r0 r1))
  (vp-cpy-cr 134 r0)                 ; only if the host returned: end as a program killed by SIGABRT would
  (vp-call-host '__tessera_host_exit (r0))
  (vp-ret)

; int setjmp(jmp_buf env): env holds r6-r13, then the caller's rsp and the return address.
(function 'setjmp)
  (vp-cpy-ri r6 r0 0)
  (vp-cpy-ri r7 r0 8)
  (vp-cpy-ri r8 r0 16)
  (vp-cpy-ri r9 r0 24)
  (vp-cpy-ri r10 r0 32)
  (vp-cpy-ri r11 r0 40)
  (vp-cpy-ri r12 r0 48)
  (vp-cpy-ri r13 r0 56)
  (vp-lea-i rsp 8 r1)                ; rsp as the caller has it once we return
  (vp-cpy-ri r1 r0 64)
  (vp-cpy-ir rsp 0 r1)               ; the return address
  (vp-cpy-ri r1 r0 72)
  (vp-cpy-cr 0 r0)
  (vp-ret)

; void longjmp(jmp_buf env, int value): returns from env's setjmp again, with value (1 if value is 0).
(function 'longjmp)
  (vp-cpy-rr r0 r14)
  (vp-cpy-ir r14 0 r6)
  (vp-cpy-ir r14 8 r7)
  (vp-cpy-ir r14 16 r8)
  (vp-cpy-ir r14 24 r9)
  (vp-cpy-ir r14 32 r10)
  (vp-cpy-ir r14 40 r11)
  (vp-cpy-ir r14 48 r12)
  (vp-cpy-ir r14 56 r13)
  (vp-cpy-rr r1 r0)
  (vp-bne-cr 0 r0 '__tessera_longjmp_value)
  (vp-cpy-cr 1 r0)
(vp-label '__tessera_longjmp_value)
  ; Return as setjmp did, from its return address's slot: a return forgets the calls whose slots lie at or
  ; below the one it pops, so backtraces, the profiler and the debugger no longer see the frames left behind.
  (vp-cpy-ir r14 64 r1)
  (vp-lea-i r1 -8 rsp)
  (vp-cpy-ir r14 72 r1)
  (vp-cpy-ri r1 rsp 0)
  (vp-ret)

; double sqrt(double x): correctly rounded by the instruction; a negative x is a domain error (errno).
(function 'sqrt)
  (vp-cpy-cr 0 r1)                   ; the bits of +0.0
  (vp-fblt-rr r1 r0 '__tessera_sqrt_negative)
  (vp-fsqrt-rr r0 r0)
  (vp-ret)
(vp-label '__tessera_sqrt_negative)
  (vp-jmp '__libc_domain_error)

; void *memcpy(void *destination, const void *source, size_t size), and memmove: the copy allows overlap.
(function 'memcpy)
  (vp-copy-rrr r1 r0 r2)
  (vp-ret)

(function 'memmove)
  (vp-copy-rrr r1 r0 r2)
  (vp-ret)

; void *memset(void *destination, int c, size_t size)
(function 'memset)
  (vp-fill-rrr r1 r0 r2)
  (vp-ret)

; unsigned long __libc_double_bits(double x) and its inverse: a double travels as its bits already.
(function '__libc_double_bits)
  (vp-ret)

(function '__libc_bits_double)
  (vp-ret)
