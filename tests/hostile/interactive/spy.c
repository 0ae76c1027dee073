// hostile: an interactive submission goes after the interactor and the test's files: it opens the
// interactor's files in its own box and the host's, looks for the interactor's process, signals
// every pid it can and tries to trace each. It prints "clean" only when all of that failed; the
// interactor, still alive to read it, accepts only that.
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <unistd.h>

static char leaks[4096];

static void leak(const char* what) {
  strncat(leaks, what, sizeof leaks - strlen(leaks) - 2);
  strcat(leaks, ",");
}

static void try_open(const char* path) {
  int fd = open(path, O_RDONLY);
  if (fd >= 0) leak(path);
  if (fd >= 0) close(fd);
}

// A visible process whose command line names the interactor.
static void look_for_interactor(void) {
  DIR* proc = opendir("/proc");
  if (!proc) return;
  struct dirent* e;
  while ((e = readdir(proc))) {
    if (e->d_name[0] < '0' || e->d_name[0] > '9') continue;
    char path[300], cmd[4096] = {0};
    snprintf(path, sizeof path, "/proc/%s/cmdline", e->d_name);
    int fd = open(path, O_RDONLY);
    if (fd < 0) continue;
    ssize_t n = read(fd, cmd, sizeof cmd - 1);
    close(fd);
    for (ssize_t i = 0; i < n; ++i)
      if (!cmd[i]) cmd[i] = ' ';
    if (strstr(cmd, "interact") || strstr(cmd, "/judge/")) leak("interactor process visible");
  }
  closedir(proc);
}

int main(void) {
  char first[256];
  if (!fgets(first, sizeof first, stdin)) return 1;  // the interactor is there
  try_open("/judge/input");
  try_open("/judge/answer");
  try_open("/judge/interactor");
  try_open("/box/secret");
  try_open("@INPUT_PATH@");
  try_open("@ANSWER_PATH@");
  look_for_interactor();
  pid_t self = getpid();
  for (pid_t pid = 2; pid < 32768; ++pid) {
    if (pid == self) continue;
    if (ptrace(PTRACE_ATTACH, pid, 0, 0) == 0) leak("traced a process");
    kill(pid, SIGKILL);
  }
  kill(-1, SIGKILL);
  printf("%s\n", leaks[0] ? leaks : "clean");
  fflush(stdout);
  char reply[16];
  return fgets(reply, sizeof reply, stdin) ? 0 : 1;
}
