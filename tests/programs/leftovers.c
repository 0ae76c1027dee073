/* leftovers CLAUSE leave|look [ARG]: hostile. Each clause of "every test starts fresh"
 * (docs/security.md) has a "leave" side, which leaves something behind in its box and prints what
 * it left (and that its own look would see it), and a "look" side, which a later run makes and
 * which prints what it finds of it. tests/sandbox/fresh_between_runs_test.cpp runs them in
 * consecutive boxes; every line they print is compared exactly.
 *
 *   files     a file in /tmp and in the working directory, a POSIX shm object (/dev/shm)
 *   sysv      a SysV shm segment, semaphore set and message queue under a fixed key; looked for by
 *             key and in /proc/sysvipc/
 *   mqueue    a POSIX message queue (refused in a box: RLIMIT_MSGQUEUE is 0)
 *   process   a double-forked setsid daemon that ignores SIGTERM; look: no process in /proc but the
 *             box's init and the program itself
 *   socket    a daemon listening on an abstract unix socket; look: connect() is refused
 *   hostname  sethostname("evil"); look: the hostname is still the box's
 *   net       UDP to 127.0.0.1 (when the box's seccomp allows inet sockets); look (ARG: the
 *             network namespace of the leave side): lo's counters are zero, another namespace
 *   state     (no leave/look) prints the environment, cwd, umask, rlimits, open fds, signal
 *             dispositions and more as they are at its start; "state mess" then changes all of
 *             them and leaves a daemon holding the changes
 *   memory MIB         touches MIB of anonymous memory and writes 32 MiB into /tmp
 *   burn MS            burns MS of CPU time and leaves a daemon burning more
 *   forkall            forks until the pids limit refuses, leaving every child paused
 *   hold               holds every leftover above at once until EOF on stdin, after printing
 *                      "ready" (the concurrent-boxes test)
 *
 * Without arguments it is a submission (the end-to-end test): for each word on stdin, "leave"
 * leaves everything and prints "left"; "look" prints "clean" when it finds nothing of any clause,
 * else the names of the clauses it found. */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <mqueue.h>
#include <netinet/in.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/msg.h>
#include <sys/resource.h>
#include <sys/sem.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const key_t kKey = 0x46524553; /* "FRES" */
static const char kQueue[] = "/fresh-queue";
static const char kSocket[] = "fresh-listener"; /* abstract: no file anywhere */

static const char* err_name(int e) {
  const char* name = strerrorname_np(e);
  return name ? name : "?";
}

/* Detached from the program: a grandchild in its own session, deaf to SIGTERM, SIGHUP and SIGINT,
 * its stdio on /dev/null. Returns 1 in the daemon; 0 in the program once the daemon is set up (it
 * closes the pipe the program reads: an event, no sleep), -1 if it could not be made. */
static int daemonize(void) {
  int ready[2];
  if (pipe(ready) != 0) return -1;
  pid_t child = fork();
  if (child < 0) return -1;
  if (child == 0) {
    close(ready[0]);
    setsid();
    pid_t grandchild = fork();
    if (grandchild != 0) _exit(grandchild < 0);
    signal(SIGTERM, SIG_IGN);
    signal(SIGHUP, SIG_IGN);
    signal(SIGINT, SIG_IGN);
    int null = open("/dev/null", O_RDWR);
    dup2(null, 0);
    dup2(null, 1);
    dup2(null, 2);
    close(ready[1]);
    return 1;
  }
  close(ready[1]);
  int status = 1;
  waitpid(child, &status, 0);
  char c;
  while (read(ready[0], &c, 1) > 0) {
  }
  close(ready[0]);
  return status == 0 ? 0 : -1;
}

static void pause_forever(void) {
  for (;;) pause();
}

/* ---- files ---- */
/* The two marks, and a POSIX shared memory object (a file in /dev/shm, which links to /tmp). */
static int files_found(void) {
  int shm = shm_open("/fresh_shm", O_RDONLY, 0);
  if (shm >= 0) close(shm);
  return (access("/tmp/fresh_mark", F_OK) == 0) + (access("fresh_mark", F_OK) == 0) + (shm >= 0);
}

static int make_files(void) {
  int made = 0;
  const char* names[] = {"/tmp/fresh_mark", "fresh_mark"};
  for (int i = 0; i < 2; ++i) {
    int fd = open(names[i], O_WRONLY | O_CREAT, 0666);
    made += fd >= 0;
    close(fd);
  }
  int shm = shm_open("/fresh_shm", O_RDWR | O_CREAT, 0666);
  made += shm >= 0 && ftruncate(shm, 4096) == 0;
  close(shm);
  return made;
}

static void leave_files(void) {
  int made = make_files();
  printf("files made=%d seen=%d\n", made, files_found());
}

static void look_files(void) {
  printf("files seen=%d\n", files_found());
}

/* ---- SysV IPC ---- */
/* Entries of /proc/sysvipc/NAME (lines after the header): the IPC namespace's objects of a kind. */
static int sysvipc_entries(const char* name) {
  char path[64];
  snprintf(path, sizeof path, "/proc/sysvipc/%s", name);
  FILE* f = fopen(path, "r");
  if (!f) return -1;
  int lines = 0;
  for (int c; (c = fgetc(f)) != EOF;) lines += c == '\n';
  fclose(f);
  return lines - 1;
}

static void print_sysv(const char* prefix) {
  printf("%s shm=%d sem=%d msg=%d listed=%d,%d,%d\n", prefix, shmget(kKey, 0, 0) >= 0,
         semget(kKey, 0, 0) >= 0, msgget(kKey, 0) >= 0, sysvipc_entries("shm"),
         sysvipc_entries("sem"), sysvipc_entries("msg"));
}

static int sysv_found(void) {
  return shmget(kKey, 0, 0) >= 0 || semget(kKey, 0, 0) >= 0 || msgget(kKey, 0) >= 0 ||
         sysvipc_entries("shm") != 0 || sysvipc_entries("sem") != 0 || sysvipc_entries("msg") != 0;
}

static int make_sysv(void) {
  int shm = shmget(kKey, 1 << 20, IPC_CREAT | 0666);
  if (shm >= 0) {
    char* p = shmat(shm, NULL, 0);
    if (p != (void*)-1) memset(p, 1, 1 << 20); /* its pages exist, not only its id */
  }
  int sem = semget(kKey, 1, IPC_CREAT | 0666);
  int msg = msgget(kKey, IPC_CREAT | 0666);
  struct {
    long type;
    char text[8];
  } m = {1, "left"};
  if (msg >= 0) msgsnd(msg, &m, sizeof m.text, IPC_NOWAIT);
  return shm >= 0 && sem >= 0 && msg >= 0;
}

static void leave_sysv(void) {
  make_sysv();
  print_sysv("sysv");
}

/* ---- POSIX message queue ---- */
static void leave_mqueue(void) {
  struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 16};
  mqd_t q = mq_open(kQueue, O_CREAT | O_RDWR, 0666, &attr);
  if (q == (mqd_t)-1)
    printf("mqueue refused=%s\n", err_name(errno));
  else
    printf("mqueue made\n");
}

static int mqueue_found(void) {
  return mq_open(kQueue, O_RDONLY) != (mqd_t)-1;
}

static void look_mqueue(void) {
  if (mq_open(kQueue, O_RDONLY) == (mqd_t)-1)
    printf("mqueue open=%s\n", err_name(errno));
  else
    printf("mqueue open=ok\n");
}

/* ---- processes ---- */
/* Processes of the box but its init (PID 1) and this one. */
static int other_processes(void) {
  DIR* proc = opendir("/proc");
  int others = 0;
  for (struct dirent* e; proc && (e = readdir(proc));) {
    int pid = atoi(e->d_name);
    if (pid > 1 && pid != getpid()) ++others;
  }
  if (proc) closedir(proc);
  return others;
}

static void leave_process(void) {
  int d = daemonize();
  if (d == 1) pause_forever();
  printf("process daemon=%s others=%d\n", d == 0 ? "up" : "failed", other_processes());
}

static void look_process(void) {
  printf("process others=%d\n", other_processes());
}

/* ---- abstract unix socket ---- */
static struct sockaddr_un abstract_address(socklen_t* len) {
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  memcpy(addr.sun_path + 1, kSocket, sizeof kSocket - 1);
  *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + 1 + sizeof kSocket - 1);
  return addr;
}

/* 0 when connect() succeeds, else its errno. */
static int connect_error(void) {
  socklen_t len;
  struct sockaddr_un addr = abstract_address(&len);
  int c = socket(AF_UNIX, SOCK_STREAM, 0);
  int e = connect(c, (struct sockaddr*)&addr, len) == 0 ? 0 : errno;
  close(c);
  return e;
}

static int listen_abstract(void) {
  socklen_t len;
  struct sockaddr_un addr = abstract_address(&len);
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  return s >= 0 && bind(s, (struct sockaddr*)&addr, len) == 0 && listen(s, 8) == 0;
}

static void leave_socket(void) {
  int listening = listen_abstract();
  int d = daemonize(); /* the daemon holds the listener; the program closes its copy */
  if (d == 1) pause_forever();
  for (int fd = 3; fd < 64; ++fd) close(fd);
  int e = connect_error();
  printf("socket listening=%d daemon=%s connect=%s\n", listening, d == 0 ? "up" : "failed",
         e ? err_name(e) : "ok");
}

static void look_socket(void) {
  int e = connect_error();
  printf("socket connect=%s\n", e ? err_name(e) : "ok");
}

/* ---- hostname ---- */
static void print_hostname(const char* prefix) {
  char name[65] = {0};
  gethostname(name, sizeof name - 1);
  printf("%s hostname=%s\n", prefix, name);
}

static int hostname_is(const char* expected) {
  char name[65] = {0};
  gethostname(name, sizeof name - 1);
  return strcmp(name, expected) == 0;
}

static void leave_hostname(void) {
  int e = sethostname("evil", 4) == 0 ? 0 : errno;
  printf("sethostname=%s\n", e ? err_name(e) : "ok");
  print_hostname("now");
}

/* ---- network namespace ---- */
/* lo's received and sent packets, from /proc/net/dev; -1 when not found. */
static long long lo_packets(void) {
  FILE* f = fopen("/proc/net/dev", "r");
  char line[512];
  long long total = -1;
  while (f && fgets(line, sizeof line, f)) {
    char* colon = strchr(line, ':');
    if (!colon) continue;
    *colon = 0;
    char* name = line + strspn(line, " ");
    unsigned long long v[16];
    if (strcmp(name, "lo") != 0 ||
        sscanf(colon + 1, "%llu %llu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2],
               &v[3], &v[4], &v[5], &v[6], &v[7], &v[8], &v[9]) != 10)
      continue;
    total = (long long)(v[1] + v[9]); /* rx packets, tx packets */
  }
  if (f) fclose(f);
  return total;
}

/* The network namespace's cookie: never given to another namespace. Not the inode of
 * /proc/self/ns/net, which the next namespace made gets once this one is freed. */
static void netns(char* out, size_t size) {
  unsigned long long cookie = 0;
  socklen_t len = sizeof cookie;
  int s = socket(AF_UNIX, SOCK_DGRAM, 0);
  if (s < 0 || getsockopt(s, SOL_SOCKET, 71 /* SO_NETNS_COOKIE */, &cookie, &len) != 0)
    cookie = 0;
  if (s >= 0) close(s);
  snprintf(out, size, "cookie:%llu", cookie);
}

/* One UDP datagram to 127.0.0.1:9 (discard); 0 or the errno of the step that failed. */
static int send_udp(void) {
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  if (s < 0) return errno;
  struct sockaddr_in to = {.sin_family = AF_INET, .sin_port = htons(9)};
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int e = sendto(s, "x", 1, 0, (struct sockaddr*)&to, sizeof to) == 1 ? 0 : errno;
  close(s);
  return e;
}

static void leave_net(void) {
  char ns[64];
  netns(ns, sizeof ns);
  int e = send_udp();
  printf("net udp=%s lo_used=%d\n", e ? err_name(e) : "sent", lo_packets() > 0);
  printf("%s\n", ns);
}

static void look_net(const char* earlier) {
  char ns[64];
  netns(ns, sizeof ns);
  printf("net lo_packets=%lld same_namespace=%d\n", lo_packets(), strcmp(ns, earlier) == 0);
}

/* ---- environment, cwd, rlimits, fds and the rest of a process's state at its start ---- */
static void print_status_lines(void) {
  static const char* keys[] = {
      "Uid:",    "Gid:",    "Groups:", "SigBlk:", "SigIgn:",     "SigCgt:",  "CapInh:",
      "CapPrm:", "CapEff:", "CapBnd:", "CapAmb:", "NoNewPrivs:", "Seccomp:", "Cpus_allowed_list:"};
  FILE* f = fopen("/proc/self/status", "r");
  char line[512];
  while (f && fgets(line, sizeof line, f))
    for (size_t i = 0; i < sizeof keys / sizeof *keys; ++i)
      if (strncmp(line, keys[i], strlen(keys[i])) == 0) fputs(line, stdout);
  if (f) fclose(f);
}

static void print_file(const char* path) {
  FILE* f = fopen(path, "r");
  char line[512];
  printf("%s:\n", path);
  size_t last = 0;
  while (f && fgets(line, sizeof line, f)) fputs(line, stdout), last = strlen(line);
  if (last && line[last - 1] != '\n') putchar('\n'); /* loginuid has no newline */
  if (f) fclose(f);
}

static void print_fds(void) {
  DIR* d = opendir("/proc/self/fd");
  for (struct dirent* e; d && (e = readdir(d));) {
    int fd = atoi(e->d_name);
    if (e->d_name[0] == '.' || fd == dirfd(d)) continue;
    struct stat st;
    fstat(fd, &st);
    printf("fd %d type=%o flags=%o cloexec=%d\n", fd, st.st_mode & S_IFMT, fcntl(fd, F_GETFL),
           fcntl(fd, F_GETFD) & FD_CLOEXEC);
  }
  if (d) closedir(d);
}

static void print_state(void) {
  extern char** environ;
  for (char** e = environ; *e; ++e) printf("env %s\n", *e);
  char cwd[4096] = "?";
  if (!getcwd(cwd, sizeof cwd)) strcpy(cwd, "?");
  mode_t mask = umask(0);
  umask(mask);
  printf("cwd=%s umask=%03o nice=%d pid=%d ppid=%d\n", cwd, mask, getpriority(PRIO_PROCESS, 0),
         getpid(), getppid());
  for (int r = 0; r < RLIM_NLIMITS; ++r) {
    struct rlimit l;
    getrlimit(r, &l);
    printf("rlimit %d %llu %llu\n", r, (unsigned long long)l.rlim_cur,
           (unsigned long long)l.rlim_max);
  }
  print_fds();
  print_status_lines();
  print_file("/proc/self/oom_score_adj");
  print_file("/proc/self/cgroup");
  print_file("/proc/self/loginuid");
}

/* Changes everything print_state shows that a process may change, and leaves a daemon holding it.
 */
static void mess_state(void) {
  setenv("FRESH_LEFT", "1", 1);
  unsetenv("PATH");
  if (chdir("/tmp") != 0) perror("chdir");
  umask(0);
  struct rlimit l = {16, 16};
  setrlimit(RLIMIT_NOFILE, &l);
  l.rlim_cur = l.rlim_max = 1 << 20;
  setrlimit(RLIMIT_STACK, &l);
  setpriority(PRIO_PROCESS, 0, 10);
  signal(SIGINT, SIG_IGN);
  signal(SIGUSR1, SIG_IGN);
  sigset_t block;
  sigemptyset(&block);
  sigaddset(&block, SIGUSR2);
  sigprocmask(SIG_BLOCK, &block, NULL);
  dup2(open("/tmp", O_RDONLY | O_DIRECTORY), 7);
  dup2(1, 8);
  int d = daemonize();
  if (d == 1) pause_forever();
  printf("messed daemon=%s\n", d == 0 ? "up" : "failed");
}

/* ---- cgroup figures ---- */
static void touch_memory(long mib) {
  size_t bytes = (size_t)mib << 20;
  volatile char* p = malloc(bytes); /* volatile: the stores stay */
  for (size_t i = 0; p && i < bytes; i += 4096) p[i] = 1;
  /* 32 MiB more in the writable layer (a tmpfs: memory of the box). */
  int f = open("/tmp/fresh_big", O_WRONLY | O_CREAT, 0666);
  static char block[1 << 20];
  memset(block, 1, sizeof block);
  int written = 0;
  for (int i = 0; f >= 0 && i < 32; ++i) written += write(f, block, sizeof block) == sizeof block;
  printf("memory touched=%ld tmp=%d\n", p ? mib : 0, written);
}

static long cpu_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void burn(long ms) {
  int d = daemonize();
  if (d == 1)
    for (volatile unsigned long i = 0;; ++i) {
    }
  long start = cpu_ms();
  for (volatile unsigned long i = 0; cpu_ms() - start < ms; ++i) {
  }
  printf("burn daemon=%s ms=%ld\n", d == 0 ? "up" : "failed", ms);
}

static void fork_all(void) {
  int n = 0;
  for (;;) {
    pid_t p = fork();
    if (p < 0) break;
    if (p == 0) pause_forever();
    ++n;
  }
  printf("forked=%d errno=%s\n", n, err_name(errno));
}

/* ---- everything at once ---- */
static void leave_all(void) {
  make_files();
  make_sysv();
  struct mq_attr attr = {.mq_maxmsg = 1, .mq_msgsize = 16};
  mq_open(kQueue, O_CREAT | O_RDWR, 0666, &attr);
  sethostname("evil", 4);
  send_udp();
  listen_abstract();
  if (daemonize() == 1) pause_forever();
}

/* The clauses whose leftover this run finds, or "clean". */
static void look_all(void) {
  int any = 0;
  const char* names[] = {"files", "sysv", "mqueue", "process", "socket", "hostname", "net"};
  int found[] = {files_found(),        sysv_found(),        mqueue_found(),   other_processes() > 0,
                 connect_error() == 0, !hostname_is("box"), lo_packets() != 0};
  for (size_t i = 0; i < sizeof found / sizeof *found; ++i)
    if (found[i]) printf("%s%s", any++ ? " " : "", names[i]);
  printf("%s\n", any ? "" : "clean");
}

static int submission(void) {
  char word[16];
  while (scanf("%15s", word) == 1) {
    if (strcmp(word, "leave") == 0) {
      leave_all();
      printf("left\n");
    } else if (strcmp(word, "look") == 0) {
      look_all();
    } else {
      return 1;
    }
    fflush(stdout);
  }
  return 0;
}

/* Holds every leftover at once while another box looks: "ready" on stdout, then until EOF on stdin.
 */
static int hold(void) {
  leave_all();
  printf("ready files=%d sysv=%d others=%d connect=%s\n", files_found(), sysv_found(),
         other_processes(), connect_error() ? "failed" : "ok");
  fflush(stdout);
  char c;
  while (read(0, &c, 1) > 0) {
  }
  return 0;
}

static int clause(const char* name, const char* side, const char* arg) {
  int leave = strcmp(side, "leave") == 0;
  if (!leave && strcmp(side, "look") != 0) return 2;
  if (!strcmp(name, "files"))
    leave ? leave_files() : look_files();
  else if (!strcmp(name, "sysv"))
    leave ? leave_sysv() : print_sysv("sysv");
  else if (!strcmp(name, "mqueue"))
    leave ? leave_mqueue() : look_mqueue();
  else if (!strcmp(name, "process"))
    leave ? leave_process() : look_process();
  else if (!strcmp(name, "socket"))
    leave ? leave_socket() : look_socket();
  else if (!strcmp(name, "hostname"))
    leave ? leave_hostname() : print_hostname("look");
  else if (!strcmp(name, "net"))
    leave ? leave_net() : look_net(arg ? arg : "");
  else
    return 2;
  return 0;
}

int main(int argc, char** argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  if (argc < 2) return submission();
  const char* mode = argv[1];
  const char* arg = argc > 2 ? argv[2] : NULL;
  if (!strcmp(mode, "state")) {
    print_state();
    if (arg && !strcmp(arg, "mess")) mess_state();
    return 0;
  }
  if (!strcmp(mode, "memory")) return touch_memory(arg ? atol(arg) : 1), 0;
  if (!strcmp(mode, "burn")) return burn(arg ? atol(arg) : 300), 0;
  if (!strcmp(mode, "forkall")) return fork_all(), 0;
  if (!strcmp(mode, "hold")) return hold();
  if (arg && clause(mode, arg, argc > 3 ? argv[3] : NULL) == 0) return 0;
  fprintf(stderr, "usage: leftovers CLAUSE leave|look [ARG] (see the source)\n");
  return 2;
}
