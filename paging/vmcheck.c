/* vmcheck.c - vmcheck */
#include <xinu.h>
syscall vmcheck(void) { return OK; }
