/* syscalls: tries calls the seccomp policy refuses and prints "name=<errno name or ok>" for each,
 * then whether a thread can still be started (glibc falls back from clone3 to clone). */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <linux/sched.h>
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

static void report(const char* name, long rc) {
  printf("%s=%s\n", name, rc >= 0 ? "ok" : strerrorname_np(errno));
}

static void* thread_main(void* arg) { return arg; }

int main(void) {
  report("unshare", unshare(CLONE_NEWUSER));
  report("mount", mount("none", "/tmp", "tmpfs", 0, NULL));
  report("ptrace", ptrace(PTRACE_TRACEME, 0, NULL, NULL));
  report("bpf", syscall(SYS_bpf, 0, NULL, 0));
  report("io_uring_setup", syscall(SYS_io_uring_setup, 1, NULL));
  report("keyctl", syscall(SYS_keyctl, 0, 0, 0, 0, 0));
  report("perf_event_open", syscall(SYS_perf_event_open, NULL, 0, -1, -1, 0));
  struct clone_args args;
  memset(&args, 0, sizeof args);
  args.flags = CLONE_NEWUSER;
  args.exit_signal = 17;
  report("clone3", syscall(SYS_clone3, &args, sizeof args));
  report("clone_newns", syscall(SYS_clone, CLONE_NEWNS | 17, NULL, NULL, NULL, 0));
  /* TIOCSTI with bits above 32 set: the kernel truncates the command; the filter must too. */
  report("tiocsti_high", syscall(SYS_ioctl, 0, 0x100000000UL | TIOCSTI, "x"));
  /* Socket families outside the box's network namespace (vsock reaches the hypervisor), and the
   * ones programs need. The family is an int: bits above 32 must not confuse the filter. */
  report("socket_vsock", socket(AF_VSOCK, SOCK_STREAM, 0));
  report("socket_packet", socket(AF_PACKET, SOCK_RAW, 0));
  report("socket_vsock_high", syscall(SYS_socket, 0x100000000UL | AF_VSOCK, SOCK_STREAM, 0));
  report("socket_unix", socket(AF_UNIX, SOCK_STREAM, 0));
  report("socket_netlink", socket(AF_NETLINK, SOCK_RAW, 0));
  report("io_setup", syscall(SYS_io_setup, 1, &(unsigned long){0}));
  report("inotify_init1", syscall(SYS_inotify_init1, 0));
  int buffer = 1 << 23, local = socket(AF_UNIX, SOCK_STREAM, 0);
  report("so_rcvbuf", setsockopt(local, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer));
  report("so_passcred", setsockopt(local, SOL_SOCKET, SO_PASSCRED, &(int){1}, sizeof(int)));
  int pair[2];
  report("socketpair_vsock", socketpair(AF_VSOCK, SOCK_STREAM, 0, pair));
  report("socketpair_tipc", socketpair(AF_TIPC, SOCK_SEQPACKET, 0, pair));
  report("socketpair_unix", socketpair(AF_UNIX, SOCK_STREAM, 0, pair));
  report("socket_inet", socket(AF_INET, SOCK_DGRAM, 0));
  report("socket_inet6", socket(AF_INET6, SOCK_STREAM, 0));
  /* A family number past every kernel's table today: refused by the filter, not by the kernel. */
  report("socket_new_family", socket(AF_MAX + 8, SOCK_STREAM, 0));
  /* The new mount API and the mount tree, by number (Debian 12's headers lack some). */
  report("open_tree", syscall(428, -1, "/", 0));
  report("fsopen", syscall(430, "tmpfs", 0));
  report("statmount", syscall(457, NULL, NULL, 0, 0));
  report("listmount", syscall(458, NULL, NULL, 0, 0));
  report("open_tree_attr", syscall(467, -1, "/", 0, NULL, 0));
  report("cachestat", syscall(451, 0, NULL, NULL, 0));
  /* A call newer than the policy: "not implemented", whatever the kernel has. */
  report("unreviewed_470", syscall(470, 0, 0, 0, 0, 0, 0));
  /* Durability and caching advice on a shared read-only file: done as no-ops. */
  int shared = open("/usr/bin/env", O_RDONLY | O_CLOEXEC);
  report("fsync", fsync(shared));
  report("fdatasync", fdatasync(shared));
  report("syncfs", syncfs(shared));
  report("sync_file_range", sync_file_range(shared, 0, 4096, SYNC_FILE_RANGE_WRITE));
  report("fadvise_dontneed", syscall(SYS_fadvise64, shared, 0, 0, POSIX_FADV_DONTNEED));
  report("readahead", readahead(shared, 0, 1 << 20));
  void* map = mmap(NULL, 4096, PROT_READ, MAP_SHARED, shared, 0);
  report("msync", map == MAP_FAILED ? -1 : msync(map, 4096, MS_SYNC));
  /* Locks on it would be seen by every box that shares the file. */
  report("flock", flock(shared, LOCK_SH | LOCK_NB));
  struct flock lock = {.l_type = F_RDLCK, .l_whence = SEEK_SET};
  report("fcntl_setlk", fcntl(shared, F_SETLK, &lock));
  report("fcntl_ofd_getlk", fcntl(shared, F_OFD_GETLK, &lock));
  report("fcntl_getfl", fcntl(shared, F_GETFL));
  pthread_t t;
  int rc = pthread_create(&t, NULL, thread_main, NULL);
  if (rc == 0) pthread_join(t, NULL);
  printf("thread=%s\n", rc == 0 ? "ok" : strerrorname_np(rc));
  fflush(stdout);
  return 0;
}
