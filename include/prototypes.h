/* prototypes.h - prototypes of kernel functions */

#ifndef _PROTOTYPES_H_
#define _PROTOTYPES_H_

/* Processes */
extern	pid32	create(void *, uint32, pri16, char *, uint32, ...);
extern	pri16	resume(pid32);
extern	syscall	suspend(pid32);
extern	syscall	kill(pid32);
extern	void	exit(void);
extern	void	userret(void);
extern	status	ready(pid32);
extern	void	resched(void);
extern	status	resched_cntl(int32);
extern	void	ctxsw(char **, char **, uint32);
extern	syscall	yield(void);
extern	pid32	getpid(void);
extern	syscall	getprio(pid32);
extern	pri16	chprio(pid32, pri16);
extern	pid32	newpid(void);
extern	char	*proc_initstack(char *, void *, uint32, uint32 *);
extern	void	proc_reap(pid32);
extern	void	proc_setup(pid32, char *, pri16, uint32);
extern	void	proc_copyname(char *, char *);
extern	status	proc_prepare(void *, char *, pri16, uint32, va_list, char *,
			uint32 *);
extern	pid32	pagerpid;
extern	void	main_ended(void);
extern	pid32	mainpid;
extern	pid32	keeperpid;
extern	char	*sysproc(pid32);

/* Queues */
extern	pid32	enqueue(pid32, qid16);
extern	pid32	dequeue(qid16);
extern	pid32	getfirst(qid16);
extern	pid32	getlast(qid16);
extern	pid32	getitem(pid32);
extern	status	insert(pid32, qid16, int32);
extern	status	insertd(pid32, qid16, int32);
extern	qid16	newqueue(void);

/* Semaphores and messages */
extern	sid32	semcreate(int32);
extern	syscall	semdelete(sid32);
extern	syscall	semreset(sid32, int32);
extern	syscall	wait(sid32);
extern	syscall	signal(sid32);
extern	syscall	signaln(sid32, int32);
extern	syscall	semcount(sid32);
extern	syscall	send(pid32, umsg32);
extern	umsg32	receive(void);
extern	umsg32	recvclr(void);
extern	umsg32	recvtime(int32);

/* Clock */
extern	void	clkinit(void);
extern	void	clkhandler(void);
extern	syscall	sleep(int32);
extern	syscall	sleepms(int32);
extern	status	unsleep(pid32);
extern	void	wakeup(void);
extern	uint32	uptime(void);

/* Memory */
extern	char	*getmem(uint32);
extern	syscall	freemem(char *, uint32);
extern	char	*getstk(uint32);
extern	char	*memfit(char *(*)(uint32), uint32);
extern	void	meminit(void);
extern	void	memsummary(int32);
extern	uint32	memfree(void);
extern	uint32	memlargest(void);

/* Interrupts and CPU */
extern	intmask	disable(void);
extern	void	restore(intmask);
extern	void	irqoff_arm(pid32, uint32 *, int32);
extern	int32	irqoff_disarm(void);
extern	void	irqoff_close(void);
extern	pid32	irqoff_pid;
extern	bool8	irqoff_open;
extern	uint64	irqoff_t0;
extern	uint32	irqoff_tick0;
extern	void	enable(void);
extern	void	pause(void);
extern	void	gdtinit(void);
extern	void	dfinit(void);
extern	void	fpuinit(void);
extern	void	fpu_trap(void);
extern	void	fpu_switch(pid32);
extern	void	fpu_release(pid32);
extern	void	fpu_copy(pid32, pid32);
extern	void	dfault_handle(void);
extern	void	dfkill(void);
extern	void	stkkill(void);
extern	void	idtinit(void);
extern	void	picinit(void);
extern	void	set_irqhandler(uint32, void (*)(void));
extern	void	irq_enable(uint32);
extern	void	irq_disable(uint32);
extern	void	pic_eoi(uint32);
extern	void	pic_eoi_inservice(void);
extern	void	trap(struct trapframe *);
extern	void	panic(char *, ...);
extern	void	panic_frame(struct trapframe *, char *, ...);
extern	void	backtrace(uint32);
extern	void	qemu_exit(uint32);
extern	void	killproc_fault(char *, struct trapframe *);

/* Devices */
extern	syscall	open(did32, char *, char *);
extern	syscall	close(did32);
extern	syscall	read(did32, char *, uint32);
extern	syscall	write(did32, char *, uint32);
extern	syscall	getc(did32);
extern	syscall	putc(did32, char);
extern	syscall	seek(did32, uint32);
extern	syscall	control(did32, int32, int32, int32);
extern	syscall	init(did32);
extern	devcall	ioerr(void);
extern	devcall	ionull(void);

/* Console output that works anywhere, interrupts on or off */
extern	void	kputc(char);
extern	int	kprintf(const char *, ...);
extern	void	kputs_raw(const char *);

/* System start-up */
extern	void	nulluser(void);
extern	void	pager_start(void);
extern	qid16	readylist;
extern	char	bootstk[];
extern	void	sysinit(void);
extern	process	startup(void);
extern	process	main(void);

#endif /* _PROTOTYPES_H_ */
