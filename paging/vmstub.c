/* vmstub.c - TEMPORARY: replaced as the VM subsystem lands */
#include <xinu.h>
#include "vmint.h"
uint32 vmtotals_pool_hits, vmtotals_path_zeroes;
struct vmcounts vmtotals;
uint32 debug_swapping;
void pager_start(void) {}
status vm_pagefault(struct trapframe *tf) { return SYSERR; }
void vm_procexit(pid32 pid) {}
void vm_switch_stats(struct procent *o, struct procent *n) {}
bool8 vm_stack_contains(pid32 pid, uint32 a, uint32 n) { return FALSE; }
syscall vmcheck(void) { return OK; }
