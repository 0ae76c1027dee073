// hostile: reaches for the outside world: TCP to 1.1.1.1:80 and 8.8.8.8:53, UDP DNS to 8.8.8.8. The box's
// network namespace has only lo, and no route anywhere else.
// verdict: AC
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
static int reaches(const char* ip, int port, int type) {
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
  inet_pton(AF_INET, ip, &addr.sin_addr);
  int s = socket(AF_INET, type, 0);
  int ok = connect(s, (struct sockaddr*)&addr, sizeof addr) == 0 && send(s, "\0\0", 2, 0) == 2;
  close(s);
  if (ok) printf("LEAK %s:%d\n", ip, port);
  return ok;
}
int main(void) {
  if (reaches("1.1.1.1", 80, SOCK_STREAM) || reaches("8.8.8.8", 53, SOCK_STREAM) || reaches("8.8.8.8", 53, SOCK_DGRAM))
    return 0;
  FILE* dev = fopen("/proc/net/dev", "r");  // interfaces: the two header lines and lo
  char line[256];
  int lines = 0;
  while (dev && fgets(line, sizeof line, dev))
    if (++lines > 2 && !strstr(line, "lo:")) return printf("LEAK interface %s", line), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
