/* xinu.h - include all system header files */

#ifndef _XINU_H_
#define _XINU_H_

#include <kernel.h>
#include <conf.h>
#include <i386.h>
#include <process.h>
#include <killhook.h>
#include <queue.h>
#include <resched.h>
#include <sem.h>
#include <memory.h>
#include <clock.h>
#include <uart.h>
#include <tty.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <ctype.h>
#include <stdarg.h>
#include <prototypes.h>
#include <paging.h>
#include <syscalls.h>
#include <uprog.h>
#include <multiboot.h>

#endif /* _XINU_H_ */
