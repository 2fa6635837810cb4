/* Unknown directives, extra tokens after directives, directives without their operand,
   malformed #line directives. */
#foo
#ifdef A B
#endif
#ifndef
#endif
#if 1
#endif extra
#line x
#line 5 bad
#line 99999999999
#line
#pragma unknown_pragma_is_ignored
int main(void) { return 0; }
