// hostile: looks for the host's unix sockets: well-known paths (docker, containerd, systemd, dbus) and
// abstract names, which belong to the network namespace. The box's root has no /run or /var, its network
// namespace is new, and its /proc/net/unix lists nothing of the host's.
// verdict: AC
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
static int reaches(const char* name) {  // a leading '@' means an abstract name
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  strncpy(addr.sun_path, name, sizeof addr.sun_path - 1);
  if (name[0] == '@') addr.sun_path[0] = 0;
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  int ok = connect(s, (struct sockaddr*)&addr, sizeof addr.sun_family + strlen(name)) == 0;
  close(s);
  return ok;
}
int main(void) {
  const char* names[] = {"/run/docker.sock", "/var/run/docker.sock", "/run/containerd/containerd.sock",
                         "/run/systemd/private", "/run/dbus/system_bus_socket", "/run/systemd/journal/stdout",
                         "@/org/freedesktop/systemd1/notify", "@/tmp/.X11-unix/X0", "@/containerd-shim", "@judge"};
  for (unsigned i = 0; i < sizeof names / sizeof *names; ++i)
    if (reaches(names[i])) return printf("LEAK %s\n", names[i]), 0;
  FILE* unix_list = fopen("/proc/net/unix", "r");
  char line[512];
  for (int n = 0; unix_list && fgets(line, sizeof line, unix_list);)
    if (++n > 1) return printf("LEAK a unix socket: %s", line), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
