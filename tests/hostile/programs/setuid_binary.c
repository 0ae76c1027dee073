// hostile: runs the host's setuid-root programs (passwd, su, mount...) and looks at their effective uid right
// after exec, from /proc. no_new_privs, the nosuid /usr mount and a box without uid 0 keep it at 1000.
// verdict: AC
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void) {
  const char* programs[] = {"/usr/bin/passwd", "/usr/bin/su", "/usr/bin/mount", "/usr/bin/chsh", "/usr/bin/newgrp",
                            "/usr/bin/gpasswd", "/usr/bin/sudo", "/usr/bin/pkexec", "/usr/lib/openssh/ssh-keysign"};
  for (unsigned i = 0; i < sizeof programs / sizeof *programs; ++i) {  // those the host has
    struct stat st;
    if (stat(programs[i], &st) != 0 || !(st.st_mode & S_ISUID)) continue;
    int gate[2], hold[2];
    pipe2(gate, O_CLOEXEC), pipe(hold);
    pid_t pid = fork();
    if (pid == 0) {  // stdin is a pipe nobody writes to: a password prompt waits on it
      dup2(hold[0], 0), dup2(open("/dev/null", O_WRONLY), 1), dup2(1, 2);
      execl(programs[i], programs[i], (char*)0);
      _exit(127);
    }
    close(gate[1]);
    char c;
    read(gate[0], &c, 1);  // EOF: the exec happened (a zombie keeps its credentials until reaped)
    char path[64], line[256];
    snprintf(path, sizeof path, "/proc/%d/status", pid);
    FILE* f = fopen(path, "r");
    unsigned ruid = 0, euid = 0;
    while (f && fgets(line, sizeof line, f))
      if (sscanf(line, "Uid: %u %u", &ruid, &euid) == 2) break;
    kill(pid, SIGKILL), waitpid(pid, 0, 0);
    if (f) fclose(f);
    close(gate[0]), close(hold[0]), close(hold[1]);
    if (euid != 1000) return printf("LEAK %s runs with euid %u\n", programs[i], euid), 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
