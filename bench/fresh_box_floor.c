// The floor of a fresh box (issue 17): the kernel work that any judge promising a fresh box per
// test must do, and nothing else: no seccomp, no rlimits, no C++, no judge. Its time per test is a
// lower bound for any fresh-box judge on the same host; docs/performance.md has the figures.
//
//   fresh_box_floor MODE JOBS PROGRAM TESTDIR N
//
// TESTDIR holds 1.in/1.ans ... N.in/N.ans; PROGRAM reads stdin and writes stdout. JOBS threads
// share the N tests. Exit 0, silently, when every output matches its answer token by token
// (whitespace-separated); a message and exit 1 on a mismatch or any failed system call.
//
// MODE:
//   bare       fork, stdin = the input file, stdout = a pipe, exec PROGRAM; read, wait, compare.
//   box        per test a fresh box, each step as the judge does it:
//              a. fresh leaf cgroups under a parent of our own (v1: cpuacct, memory, pids;
//                 v2: one leaf), memory limit 256 MiB, pids.max 64;
//              b. clone3 with new user, PID, mount, IPC, UTS and network namespaces; the child
//                 waits until the parent has written its uid/gid maps (root in the box is host
//                 uid/gid 65534; setgroups deny); v2: cloned into its leaf (CLONE_INTO_CGROUP);
//                 v1: as the judge's init, it moves itself, writing "0" to each leaf's `tasks`
//                 file that we opened before the clone (a write of its pid to cgroup.procs by us
//                 takes the global threadgroup lock, whose write side waits for an RCU grace
//                 period: ~10 ms per test here, docs/performance.md);
//              c. the child (PID 1 of the box): a new cgroup namespace, / private, a tmpfs stage
//                 with upper/, work/ and a skeleton lower base/ (/proc, /tmp), an overlay root over the base
//                 (as the judge's), /usr and /etc bound read-only onto it (and /bin, /lib, ... as
//                 binds where they are directories, symlinks into usr where they are links), a
//                 fresh /proc, pivot_root, old root detached, a host name, lo up;
//              d. the child forks PROGRAM (stdin the test's input, opened before the clone;
//                 stdout a pipe to us), waits for it and exits with its status;
//              e. we read the output, wait for the box's init, compare, remove the leaves.
//   box-ahead  as box, but each worker's helper thread makes the NEXT test's box (a-c) while the
//              current test runs, its init waiting for "go"; and reaps the finished box's init
//              (its namespaces' teardown) and removes its cgroups. The init sends the program's
//              status on a pipe before it exits, so a test's own path is only "go", the
//              program's fork+exec in the box, the read of its output and status, the compare.
//
// Every cgroup is made under judge-floor-<pid> in each hierarchy and removed at the end, also on
// an error or SIGINT/SIGTERM (the boxes' processes are killed first). The mounts live only in the
// boxes' mount namespaces and go with them.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/sched.h>
#include <net/if.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#ifndef CLONE_INTO_CGROUP
#define CLONE_INTO_CGROUP 0x200000000ULL
#endif

enum { MODE_BARE, MODE_BOX, MODE_AHEAD };

#define BOX_ID 65534      // host uid and gid of root in the box
#define MAX_CG 3          // v1: cpuacct, memory, pids
#define MAX_TOP 8         // top-level host directories handled (/usr, /etc, /bin, ...)
#define FD_IN 1000        // the box init's fds, moved out of the way of everything else
#define FD_OUT 1001
#define FD_CTL 1002
#define FD_READY 1003
#define FD_PROG 1004
#define FD_TASKS 1005     // v1: the leaves' tasks files, FD_TASKS .. FD_TASKS + g_ncg - 1

static int g_mode, g_jobs, g_n;
static const char* g_prog;
static const char* g_testdir;
static int g_progfd = -1;
static int g_v2;
static int g_ncg;
static char g_parent[MAX_CG][PATH_MAX];  // our own parent cgroup in each hierarchy
static char g_stage[64];                 // host directory the boxes mount their tmpfs on
static atomic_int g_next_test = 1;
static atomic_int g_failing;  // set once: the first failure (or signal) cleans up and exits
// The box inits alive, two slots per worker (the current box and the one made ahead), for the
// cleanup on a failure: an init not yet in its leaves is found here, not in cgroup.procs.
#define MAX_JOBS 64
static atomic_int g_inits[MAX_JOBS * 2];

// The paths the box's init uses, made before any clone: the init runs after a raw clone of a
// threaded process, so it calls only system calls (no malloc, no stdio).
struct top_entry {
  char name[16];
  char link[64];  // non-empty: a symlink to this (merged /usr), else a read-only bind
  unsigned long remount_flags;
};
static struct top_entry g_top[MAX_TOP];
static int g_ntop;
static char p_upper[128], p_work[128], p_base[128], p_root[128], p_proc[128], p_tmp[128], p_overlay_opts[512];
static char p_base_dir[MAX_TOP][160], p_root_dir[MAX_TOP][160];

static void cleanup(void);

static void fail(const char* fmt, ...) {
  if (atomic_exchange(&g_failing, 1))
    for (;;) pause();  // another thread is failing; it ends the process
  va_list ap;
  va_start(ap, fmt);
  fputs("fresh_box_floor: ", stderr);
  vfprintf(stderr, fmt, ap);
  fputc('\n', stderr);
  va_end(ap);
  cleanup();
  _exit(1);
}
#define FAIL_ERRNO(what, ...) fail(what ": %s", ##__VA_ARGS__, strerror(errno))

static void on_signal(int sig) {
  if (atomic_exchange(&g_failing, 1)) return;
  static const char msg[] = "fresh_box_floor: interrupted\n";
  (void)!write(2, msg, sizeof msg - 1);
  cleanup();
  _exit(128 + sig);
}

// ---- small file helpers ------------------------------------------------------------------

static void write_file(const char* path, const char* text) {
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) FAIL_ERRNO("open %s", path);
  ssize_t len = (ssize_t)strlen(text);
  if (write(fd, text, (size_t)len) != len) FAIL_ERRNO("write %s to %s", text, path);
  close(fd);
}

static void write_pid_file(const char* dir, const char* name, const char* text) {
  char path[PATH_MAX + 64];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  write_file(path, text);
}

// Reads a whole fd into *buf (grown as needed); returns the length.
static size_t read_all(int fd, char** buf, size_t* cap, const char* what) {
  size_t len = 0;
  for (;;) {
    if (len == *cap) {
      *cap = *cap ? *cap * 2 : 4096;
      if (!(*buf = realloc(*buf, *cap))) fail("out of memory");
    }
    ssize_t got = read(fd, *buf + len, *cap - len);
    if (got < 0) {
      if (errno == EINTR) continue;
      FAIL_ERRNO("read %s", what);
    }
    if (got == 0) return len;
    len += (size_t)got;
  }
}

static int is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

// Whitespace-separated tokens equal.
static int same_tokens(const char* a, size_t alen, const char* b, size_t blen) {
  size_t i = 0, j = 0;
  for (;;) {
    while (i < alen && is_space(a[i])) i++;
    while (j < blen && is_space(b[j])) j++;
    if (i == alen || j == blen) return i == alen && j == blen;
    while (i < alen && j < blen && !is_space(a[i]) && !is_space(b[j]))
      if (a[i++] != b[j++]) return 0;
    if ((i < alen && !is_space(a[i])) || (j < blen && !is_space(b[j]))) return 0;
  }
}

struct buffers {
  char *out, *ans;
  size_t out_cap, ans_cap;
};

static void compare(int test, struct buffers* b, size_t out_len) {
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%d.ans", g_testdir, test);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) FAIL_ERRNO("open %s", path);
  size_t ans_len = read_all(fd, &b->ans, &b->ans_cap, path);
  close(fd);
  if (!same_tokens(b->out, out_len, b->ans, ans_len))
    fail("test %d: wrong answer (output %.*s, expected %.*s)", test, (int)(out_len > 40 ? 40 : out_len),
         b->out, (int)(ans_len > 40 ? 40 : ans_len), b->ans);
}

static int open_input(int test) {
  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/%d.in", g_testdir, test);
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) FAIL_ERRNO("open %s", path);
  return fd;
}

static int claim_test(void) { return atomic_fetch_add(&g_next_test, 1); }

// ---- bare ---------------------------------------------------------------------------------

static void run_bare(int test, struct buffers* b) {
  int in = open_input(test), pipefd[2];
  if (pipe2(pipefd, O_CLOEXEC) != 0) FAIL_ERRNO("pipe2");
  pid_t pid = fork();
  if (pid < 0) FAIL_ERRNO("fork");
  if (pid == 0) {
    if (dup2(in, 0) < 0 || dup2(pipefd[1], 1) < 0) _exit(126);
    char* argv[] = {(char*)g_prog, NULL};
    char* envp[] = {NULL};
    execve(g_prog, argv, envp);
    _exit(127);
  }
  close(in);
  close(pipefd[1]);
  size_t len = read_all(pipefd[0], &b->out, &b->out_cap, "the program's output");
  close(pipefd[0]);
  int status;
  if (waitpid(pid, &status, 0) != pid) FAIL_ERRNO("waitpid");
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    fail("test %d: the program failed (status 0x%x)", test, status);
  compare(test, b, len);
}

// ---- cgroups ------------------------------------------------------------------------------

static const char* const kV1Controllers[MAX_CG] = {"cpuacct", "memory", "pids"};

static void setup_parents(void) {
  g_v2 = access("/sys/fs/cgroup/cgroup.controllers", F_OK) == 0;
  if (g_v2) {
    g_ncg = 1;
    snprintf(g_parent[0], PATH_MAX, "/sys/fs/cgroup/judge-floor-%d", (int)getpid());
  } else {
    g_ncg = MAX_CG;
    for (int i = 0; i < MAX_CG; i++) {
      const char* ctrl = kV1Controllers[i];
      if (i == 0 && access("/sys/fs/cgroup/cpu,cpuacct", F_OK) == 0) ctrl = "cpu,cpuacct";
      snprintf(g_parent[i], PATH_MAX, "/sys/fs/cgroup/%s/judge-floor-%d", ctrl, (int)getpid());
    }
  }
  for (int i = 0; i < g_ncg; i++)
    if (mkdir(g_parent[i], 0755) != 0) {
      int e = errno;
      for (int j = i; j < g_ncg; j++) g_parent[j][0] = 0;  // not ours: never removed
      errno = e;
      FAIL_ERRNO("mkdir a parent cgroup judge-floor-%d", (int)getpid());
    }
  if (g_v2) write_pid_file(g_parent[0], "cgroup.subtree_control", "+memory +pids");
}

struct box {
  int test, slot;
  char leaf[MAX_CG][PATH_MAX];
  pid_t init;
  int ctl_w, ready_r, out_r;
};

static void make_leaves(struct box* box, int worker) {
  for (int i = 0; i < g_ncg; i++) {
    snprintf(box->leaf[i], PATH_MAX, "%s/w%d-t%d", g_parent[i], worker, box->test);
    if (mkdir(box->leaf[i], 0755) != 0) FAIL_ERRNO("mkdir %s", box->leaf[i]);
  }
  if (g_v2) {
    write_pid_file(box->leaf[0], "memory.max", "268435456");
    write_pid_file(box->leaf[0], "pids.max", "64");
  } else {
    write_pid_file(box->leaf[1], "memory.limit_in_bytes", "268435456");
    write_pid_file(box->leaf[2], "pids.max", "64");
  }
}

static void remove_leaves(struct box* box) {
  for (int i = 0; i < g_ncg; i++)
    if (rmdir(box->leaf[i]) != 0) FAIL_ERRNO("rmdir %s", box->leaf[i]);
}

// Async-signal-safe: kills what is left in our leaves, removes them, our parents and the stage.
static void cleanup_dir(const char* dir) {
  int dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dfd < 0) return;
  char buf[8192];
  for (;;) {
    long n = syscall(SYS_getdents64, dfd, buf, sizeof buf);
    if (n <= 0) break;
    for (long off = 0; off < n;) {
      struct dirent64* d = (struct dirent64*)(buf + off);
      off += d->d_reclen;
      if (d->d_type != DT_DIR || d->d_name[0] == '.') continue;
      // Kill the processes in the leaf (all ours: box inits and their programs).
      char path[PATH_MAX];
      size_t dl = strlen(dir), nl = strlen(d->d_name);
      if (dl + nl + 16 >= sizeof path) continue;
      memcpy(path, dir, dl);
      path[dl] = '/';
      memcpy(path + dl + 1, d->d_name, nl);
      memcpy(path + dl + 1 + nl, "/cgroup.procs", 14);
      int pfd = open(path, O_RDONLY | O_CLOEXEC);
      if (pfd >= 0) {
        char pids[4096];
        ssize_t got = read(pfd, pids, sizeof pids - 1);
        close(pfd);
        for (ssize_t k = 0; k < got;) {
          long pid = 0;
          while (k < got && pids[k] >= '0' && pids[k] <= '9') pid = pid * 10 + (pids[k++] - '0');
          k++;
          if (pid > 0) kill((pid_t)pid, SIGKILL);
        }
      }
      path[dl + 1 + nl] = 0;
      rmdir(path);
    }
  }
  close(dfd);
}

static void reap(void) {
  for (int i = 0; i < MAX_JOBS * 2; i++) {
    pid_t pid = atomic_load(&g_inits[i]);
    if (pid > 0 && waitpid(pid, NULL, WNOHANG) == pid) atomic_store(&g_inits[i], 0);
  }
}

// Other threads may still be making a box (a leaf, a clone) while this runs: passes until every
// parent is gone (a thread that then finds its parent missing fails, and waits for our exit).
static void cleanup(void) {
  for (int i = 0; i < MAX_JOBS * 2; i++) {
    pid_t pid = atomic_load(&g_inits[i]);
    if (pid > 0) kill(pid, SIGKILL);
  }
  for (int pass = 0; pass < 400; pass++) {
    int left = 0;
    for (int i = 0; i < g_ncg; i++) {
      if (!g_parent[i][0]) continue;
      cleanup_dir(g_parent[i]);
      if (rmdir(g_parent[i]) == 0 || errno == ENOENT) g_parent[i][0] = 0;
      else left = 1;
    }
    reap();
    if (!left) break;
    struct timespec ts = {0, 5 * 1000 * 1000};
    nanosleep(&ts, NULL);
  }
  for (int pass = 0; pass < 40; pass++) {  // the inits, killed above: no zombies left behind
    int alive = 0;
    for (int i = 0; i < MAX_JOBS * 2; i++) {
      pid_t pid = atomic_load(&g_inits[i]);
      if (pid > 0) kill(pid, SIGKILL), alive = 1;
    }
    reap();
    if (!alive) break;
    struct timespec ts = {0, 5 * 1000 * 1000};
    nanosleep(&ts, NULL);
  }
  if (g_stage[0]) rmdir(g_stage);
}

// ---- the box's init (after a raw clone: system calls only) --------------------------------

static void child_die(const char* what) {
  int e = errno;
  char msg[256], num[16];
  size_t len = 0, wl = strlen(what);
  static const char head[] = "fresh_box_floor: box: ";
  memcpy(msg, head, sizeof head - 1);
  len = sizeof head - 1;
  if (wl > 180) wl = 180;
  memcpy(msg + len, what, wl);
  len += wl;
  memcpy(msg + len, ": errno ", 8);
  len += 8;
  int nl = 0;
  do num[nl++] = (char)('0' + e % 10); while ((e /= 10) && nl < 15);
  while (nl) msg[len++] = num[--nl];
  msg[len++] = '\n';
  (void)!write(2, msg, len);
  _exit(125);
}

static void expect_byte(int fd, char want) {
  char c;
  ssize_t got;
  while ((got = read(fd, &c, 1)) < 0 && errno == EINTR) {
  }
  if (got != 1 || c != want) {
    if (got == 0) _exit(124);  // the parent went away (or gave up on us): quietly
    child_die("control pipe");
  }
}

static void mount_or_die(const char* src, const char* dst, const char* type, unsigned long flags,
                         const char* data) {
  if (mount(src, dst, type, flags, data) != 0) child_die(dst);
}

static void mkdir_or_die(const char* path, mode_t mode) {
  if (mkdir(path, mode) != 0) child_die(path);
}

static __attribute__((noreturn)) void box_init(int in, int out, int ctl, int ready,
                                               const int* tasks) {
  // Our fds out of the way, then every other fd closed: the pipes of boxes that other threads
  // were making at the moment of our clone must not be held open by us.
  if (dup2(in, FD_IN) < 0 || dup2(out, FD_OUT) < 0 || dup2(ctl, FD_CTL) < 0 ||
      dup2(ready, FD_READY) < 0 || dup3(g_progfd, FD_PROG, O_CLOEXEC) < 0)
    child_die("dup2");
  int ntasks = g_v2 ? 0 : g_ncg;
  for (int i = 0; i < ntasks; i++)
    if (dup2(tasks[i], FD_TASKS + i) < 0) child_die("dup2 tasks");
  if (syscall(SYS_close_range, 3, FD_IN - 1, 0) != 0 ||
      syscall(SYS_close_range, FD_TASKS + ntasks, ~0U, 0) != 0)
    child_die("close_range");
  if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0) child_die("PR_SET_PDEATHSIG");
  expect_byte(FD_CTL, 'm');  // maps written, in the leaves
  // Root in the box (host uid 65534), as the judge's init: raw calls, glibc's would signal the
  // parent's other threads, which this process does not have.
  if (syscall(SYS_setresgid, 0, 0, 0) != 0 || syscall(SYS_setresuid, 0, 0, 0) != 0)
    child_die("setresuid");
  for (int i = 0; i < ntasks; i++) {  // into the leaves (v1), one thread moving itself
    if (write(FD_TASKS + i, "0", 1) != 1) child_die("write tasks");
    close(FD_TASKS + i);
  }

  if (unshare(CLONE_NEWCGROUP) != 0) child_die("unshare(CLONE_NEWCGROUP)");
  mount_or_die(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
  mount_or_die("tmpfs", g_stage, "tmpfs", MS_NOSUID | MS_NODEV, "size=64m,nr_inodes=4096,mode=0755");
  mkdir_or_die(p_upper, 0755);
  mkdir_or_die(p_work, 0755);
  mkdir_or_die(p_root, 0755);
  mkdir_or_die(p_base, 0755);
  mkdir_or_die(p_proc, 0555);
  mkdir_or_die(p_tmp, 0755);
  if (chmod(p_tmp, 01777) != 0) child_die(p_tmp);  // not under the umask, as the judge's /tmp
  for (int i = 0; i < g_ntop; i++) {
    if (g_top[i].link[0]) {
      if (symlink(g_top[i].link, p_base_dir[i]) != 0) child_die(p_base_dir[i]);
    } else {
      mkdir_or_die(p_base_dir[i], 0755);
    }
  }
  mount_or_die("overlay", p_root, "overlay", MS_NOSUID | MS_NODEV, p_overlay_opts);
  for (int i = 0; i < g_ntop; i++) {
    if (g_top[i].link[0]) continue;
    const char* host = p_base_dir[i] + strlen(p_base);  // "/usr"
    mount_or_die(host, p_root_dir[i], NULL, MS_BIND, NULL);
    mount_or_die(NULL, p_root_dir[i], NULL, g_top[i].remount_flags, NULL);
  }
  // The proc skeleton dir is in the base (lower), so the overlay's /proc is the mount point.
  char root_proc[160];
  size_t rl = strlen(p_root);
  memcpy(root_proc, p_root, rl);
  memcpy(root_proc + rl, "/proc", 6);
  mount_or_die("proc", root_proc, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
  if (chdir(p_root) != 0) child_die("chdir root");
  if (syscall(SYS_pivot_root, ".", ".") != 0) child_die("pivot_root");
  if (umount2(".", MNT_DETACH) != 0) child_die("umount2 old root");
  if (chdir("/") != 0) child_die("chdir /");
  if (sethostname("box", 3) != 0) child_die("sethostname");
  int sock = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (sock < 0) child_die("socket");
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  memcpy(ifr.ifr_name, "lo", 3);
  if (ioctl(sock, SIOCGIFFLAGS, &ifr) != 0) child_die("SIOCGIFFLAGS lo");
  ifr.ifr_flags |= IFF_UP;
  if (ioctl(sock, SIOCSIFFLAGS, &ifr) != 0) child_die("SIOCSIFFLAGS lo");
  close(sock);

  if (write(FD_READY, "r", 1) != 1) child_die("ready");
  expect_byte(FD_CTL, 'g');
  close(FD_CTL);

  long pid = syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0);  // fork, without glibc's fork handlers
  if (pid < 0) child_die("fork");
  if (pid == 0) {
    if (dup2(FD_IN, 0) < 0 || dup2(FD_OUT, 1) < 0) child_die("dup2 program");
    if (syscall(SYS_close_range, 3, FD_PROG - 1, 0) != 0) child_die("close_range program");
    char* argv[] = {"program", NULL};
    char* envp[] = {NULL};
    syscall(SYS_execveat, FD_PROG, "", argv, envp, AT_EMPTY_PATH);
    child_die("execveat program");
  }
  close(FD_IN);
  close(FD_OUT);
  int status;
  while (wait4((pid_t)pid, &status, 0, NULL) < 0)
    if (errno != EINTR) child_die("wait4");
  // The program's status before the box is torn down, for box-ahead (box mode waits for us).
  (void)!write(FD_READY, &status, sizeof status);
  _exit(WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : 123);
}

// ---- a box, from the parent's side ---------------------------------------------------------

// Steps a and b, and in box-ahead mode waits until c is done. In box mode "go" is sent at once.
static void make_box(struct box* box, int worker, int test, int slot) {
  if (atomic_load(&g_failing))
    for (;;) pause();  // the failing thread is cleaning up; it ends the process
  box->test = test;
  box->slot = worker * 2 + slot;
  make_leaves(box, worker);
  int cgfd = -1;
  if (g_v2) {
    cgfd = open(box->leaf[0], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cgfd < 0) FAIL_ERRNO("open %s", box->leaf[0]);
  }
  int tasks[MAX_CG] = {-1, -1, -1};
  for (int i = 0; !g_v2 && i < g_ncg; i++) {
    char path[PATH_MAX];
    snprintf(path, sizeof path, "%s/tasks", box->leaf[i]);
    if ((tasks[i] = open(path, O_WRONLY | O_CLOEXEC)) < 0) FAIL_ERRNO("open %s", path);
  }
  int in = open_input(test), out[2], ctl[2], ready[2];
  if (pipe2(out, O_CLOEXEC) != 0 || pipe2(ctl, O_CLOEXEC) != 0 || pipe2(ready, O_CLOEXEC) != 0)
    FAIL_ERRNO("pipe2");
  struct clone_args args;
  memset(&args, 0, sizeof args);
  args.flags = CLONE_NEWUSER | CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWUTS |
               CLONE_NEWNET;
  if (g_v2) {
    args.flags |= CLONE_INTO_CGROUP;
    args.cgroup = (uint64_t)cgfd;
  }
  args.exit_signal = SIGCHLD;
  long pid = syscall(SYS_clone3, &args, sizeof args);
  if (pid < 0) FAIL_ERRNO("clone3");
  if (pid == 0) box_init(in, out[1], ctl[0], ready[1], tasks);
  box->init = (pid_t)pid;
  atomic_store(&g_inits[box->slot], box->init);
  close(in);
  close(out[1]);
  close(ctl[0]);
  close(ready[1]);
  if (cgfd >= 0) close(cgfd);
  for (int i = 0; i < MAX_CG; i++)
    if (tasks[i] >= 0) close(tasks[i]);
  box->out_r = out[0];
  box->ctl_w = ctl[1];
  box->ready_r = ready[0];

  char path[64], map[32];
  snprintf(map, sizeof map, "0 %d 1\n", BOX_ID);
  snprintf(path, sizeof path, "/proc/%ld/uid_map", pid);
  write_file(path, map);
  snprintf(path, sizeof path, "/proc/%ld/setgroups", pid);
  write_file(path, "deny");
  snprintf(path, sizeof path, "/proc/%ld/gid_map", pid);
  write_file(path, map);
  const char* msg = g_mode == MODE_AHEAD ? "m" : "mg";
  if (write(box->ctl_w, msg, strlen(msg)) != (ssize_t)strlen(msg)) FAIL_ERRNO("write control");
  if (g_mode == MODE_AHEAD) {
    char c;
    if (read(box->ready_r, &c, 1) != 1) {
      int status = 0;
      waitpid(box->init, &status, 0);
      fail("test %d: the box's init failed while making the box (status 0x%x)", test, status);
    }
  }
}

static void wait_init(struct box* box);

// box: read the output, wait for the init, compare. box-ahead: "go", read the output and the
// program's status from the init, compare; the init is left to the helper (finish_ahead). The
// leaves stay for the caller.
static void run_box(struct box* box, struct buffers* b) {
  if (g_mode == MODE_AHEAD) {
    if (write(box->ctl_w, "g", 1) != 1) FAIL_ERRNO("write go");
    size_t len = read_all(box->out_r, &b->out, &b->out_cap, "the program's output");
    close(box->out_r);
    close(box->ctl_w);
    int status;
    ssize_t got = read(box->ready_r, &status, sizeof status);
    close(box->ready_r);
    if (got != (ssize_t)sizeof status) wait_init(box);  // reports how the init failed
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
      fail("test %d: the program failed (status 0x%x)", box->test, status);
    compare(box->test, b, len);
    return;
  }
  size_t len = read_all(box->out_r, &b->out, &b->out_cap, "the program's output");
  close(box->out_r);
  close(box->ctl_w);
  close(box->ready_r);
  wait_init(box);
  compare(box->test, b, len);
}

static void wait_init(struct box* box) {
  int status;
  if (waitpid(box->init, &status, 0) != box->init) FAIL_ERRNO("waitpid box init");
  atomic_store(&g_inits[box->slot], 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    fail("test %d: the box failed (status 0x%x; 123: the program failed, 125: a step of the box)",
         box->test, status);
}

// ---- workers ------------------------------------------------------------------------------

enum slot_state { SLOT_EMPTY, SLOT_READY, SLOT_NONE };

struct worker {
  int id;
  pthread_t thread, helper;
  struct buffers buf;
  // box-ahead: the next box, made by the helper, and the finished box it is to remove.
  pthread_mutex_t mu;
  pthread_cond_t cv;
  enum slot_state slot;
  struct box next, done;
  int has_done, quit;
  int made;  // boxes the helper made: their init slots alternate
};

static void* helper_main(void* arg) {
  struct worker* w = arg;
  pthread_mutex_lock(&w->mu);
  for (;;) {
    if (w->has_done) {
      struct box done = w->done;
      w->has_done = 0;
      pthread_cond_broadcast(&w->cv);
      pthread_mutex_unlock(&w->mu);
      wait_init(&done);
      remove_leaves(&done);
      pthread_mutex_lock(&w->mu);
      continue;
    }
    if (w->slot == SLOT_EMPTY) {
      pthread_mutex_unlock(&w->mu);
      int test = claim_test();
      struct box box;
      if (test <= g_n) make_box(&box, w->id, test, w->made++ % 2);
      pthread_mutex_lock(&w->mu);
      if (test <= g_n) {
        w->next = box;
        w->slot = SLOT_READY;
      } else {
        w->slot = SLOT_NONE;
      }
      pthread_cond_broadcast(&w->cv);
      continue;
    }
    if (w->quit) break;
    pthread_cond_wait(&w->cv, &w->mu);
  }
  pthread_mutex_unlock(&w->mu);
  return NULL;
}

static void* worker_main(void* arg) {
  struct worker* w = arg;
  if (g_mode == MODE_BARE) {
    for (int test; (test = claim_test()) <= g_n;) run_bare(test, &w->buf);
  } else if (g_mode == MODE_BOX) {
    for (int test; (test = claim_test()) <= g_n;) {
      struct box box;
      make_box(&box, w->id, test, 0);
      run_box(&box, &w->buf);
      remove_leaves(&box);
    }
  } else {
    pthread_mutex_init(&w->mu, NULL);
    pthread_cond_init(&w->cv, NULL);
    w->slot = SLOT_EMPTY;
    int err = pthread_create(&w->helper, NULL, helper_main, w);
    if (err) fail("pthread_create: %s", strerror(err));
    for (;;) {
      pthread_mutex_lock(&w->mu);
      while (w->slot == SLOT_EMPTY) pthread_cond_wait(&w->cv, &w->mu);
      if (w->slot == SLOT_NONE) {
        pthread_mutex_unlock(&w->mu);
        break;
      }
      struct box box = w->next;
      w->slot = SLOT_EMPTY;
      pthread_cond_broadcast(&w->cv);
      pthread_mutex_unlock(&w->mu);
      run_box(&box, &w->buf);
      pthread_mutex_lock(&w->mu);
      while (w->has_done) pthread_cond_wait(&w->cv, &w->mu);
      w->done = box;
      w->has_done = 1;
      pthread_cond_broadcast(&w->cv);
      pthread_mutex_unlock(&w->mu);
    }
    pthread_mutex_lock(&w->mu);
    w->quit = 1;
    pthread_cond_broadcast(&w->cv);
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->helper, NULL);
  }
  return NULL;
}

// ---- setup --------------------------------------------------------------------------------

static unsigned long locked_flags(const char* path) {
  struct statvfs st;
  if (statvfs(path, &st) != 0) FAIL_ERRNO("statvfs %s", path);
  unsigned long flags = 0;
  if (st.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
  if (st.f_flag & ST_NOATIME) flags |= MS_NOATIME;
  if (st.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
  if (st.f_flag & ST_RELATIME) flags |= MS_RELATIME;
  return flags;
}

// The box's root: /usr and /etc bound read-only; /bin, /sbin, /lib, /lib64 the same where they
// are directories, or symlinks as on the host where they are links into /usr (merged /usr).
static void setup_paths(void) {
  snprintf(g_stage, sizeof g_stage, "/tmp/judge-floor-stage.XXXXXX");
  if (!mkdtemp(g_stage)) {
    g_stage[0] = 0;
    FAIL_ERRNO("mkdtemp");
  }
  if (chmod(g_stage, 0755) != 0) FAIL_ERRNO("chmod %s", g_stage);
  snprintf(p_upper, sizeof p_upper, "%s/upper", g_stage);
  snprintf(p_work, sizeof p_work, "%s/work", g_stage);
  snprintf(p_base, sizeof p_base, "%s/base", g_stage);
  snprintf(p_root, sizeof p_root, "%s/root", g_stage);
  snprintf(p_proc, sizeof p_proc, "%s/base/proc", g_stage);
  snprintf(p_tmp, sizeof p_tmp, "%s/base/tmp", g_stage);
  snprintf(p_overlay_opts, sizeof p_overlay_opts, "lowerdir=%s,upperdir=%s,workdir=%s,userxattr",
           p_base, p_upper, p_work);
  static const char* const kTop[] = {"usr", "etc", "bin", "sbin", "lib", "lib64"};
  for (size_t i = 0; i < sizeof kTop / sizeof *kTop; i++) {
    char host[32];
    snprintf(host, sizeof host, "/%s", kTop[i]);
    struct stat st;
    if (lstat(host, &st) != 0) continue;
    struct top_entry* e = &g_top[g_ntop];
    snprintf(e->name, sizeof e->name, "%s", kTop[i]);
    if (S_ISLNK(st.st_mode)) {
      ssize_t len = readlink(host, e->link, sizeof e->link - 1);
      if (len <= 0) FAIL_ERRNO("readlink %s", host);
      e->link[len] = 0;
    } else if (S_ISDIR(st.st_mode)) {
      e->remount_flags =
          MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | MS_NODEV | locked_flags(host);
    } else {
      continue;
    }
    snprintf(p_base_dir[g_ntop], sizeof p_base_dir[g_ntop], "%s/%s", p_base, kTop[i]);
    snprintf(p_root_dir[g_ntop], sizeof p_root_dir[g_ntop], "%s/%s", p_root, kTop[i]);
    g_ntop++;
  }
}

int main(int argc, char** argv) {
  if (argc != 6) {
    fprintf(stderr, "usage: fresh_box_floor bare|box|box-ahead JOBS PROGRAM TESTDIR N\n");
    return 2;
  }
  if (strcmp(argv[1], "bare") == 0) g_mode = MODE_BARE;
  else if (strcmp(argv[1], "box") == 0) g_mode = MODE_BOX;
  else if (strcmp(argv[1], "box-ahead") == 0) g_mode = MODE_AHEAD;
  else {
    fprintf(stderr, "fresh_box_floor: unknown mode %s\n", argv[1]);
    return 2;
  }
  g_jobs = atoi(argv[2]);
  g_prog = argv[3];
  g_testdir = argv[4];
  g_n = atoi(argv[5]);
  if (g_jobs < 1 || g_jobs > MAX_JOBS || g_n < 1) {
    fprintf(stderr, "fresh_box_floor: JOBS must be 1..64 and N at least 1\n");
    return 2;
  }
  signal(SIGPIPE, SIG_IGN);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_signal;
  sigaction(SIGINT, &sa, NULL);
  sigaction(SIGTERM, &sa, NULL);
  sigaction(SIGHUP, &sa, NULL);
  if (g_mode != MODE_BARE) {
    g_progfd = open(g_prog, O_PATH | O_CLOEXEC);
    if (g_progfd < 0) FAIL_ERRNO("open %s", g_prog);
    setup_parents();
    setup_paths();
  }
  struct worker* workers = calloc((size_t)g_jobs, sizeof *workers);
  if (!workers) fail("out of memory");
  for (int i = 0; i < g_jobs; i++) {
    workers[i].id = i;
    int err = pthread_create(&workers[i].thread, NULL, worker_main, &workers[i]);
    if (err) fail("pthread_create: %s", strerror(err));
  }
  for (int i = 0; i < g_jobs; i++) pthread_join(workers[i].thread, NULL);
  cleanup();
  return 0;
}
