// hostile: connects to a listener on the host's loopback (TCP over IPv4 and IPv6) and sends UDP to its port.
// The box has its own network namespace: its 127.0.0.1 is its own lo, where nothing listens.
// verdict: AC
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>
int main(void) {
  struct sockaddr_in v4 = {.sin_family = AF_INET, .sin_port = htons(@HOST_PORT@)};
  inet_pton(AF_INET, "127.0.0.1", &v4.sin_addr);
  struct sockaddr_in6 v6 = {
      .sin6_family = AF_INET6, .sin6_port = htons(@HOST_PORT@), .sin6_addr = IN6ADDR_LOOPBACK_INIT};
  int s = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(s, (struct sockaddr*)&v4, sizeof v4) == 0) return printf("LEAK tcp 127.0.0.1:@HOST_PORT@\n"), 0;
  s = socket(AF_INET6, SOCK_STREAM, 0);
  if (connect(s, (struct sockaddr*)&v6, sizeof v6) == 0) return printf("LEAK tcp [::1]:@HOST_PORT@\n"), 0;
  // UDP: the datagram goes to the box's own lo; a reply (anything but refused or nothing) would be a leak.
  s = socket(AF_INET, SOCK_DGRAM, 0);
  struct timeval tv = {0, 200000};
  setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char buf[16];
  if (connect(s, (struct sockaddr*)&v4, sizeof v4) == 0 && send(s, "hello", 5, 0) == 5 &&
      recv(s, buf, sizeof buf, 0) >= 0)
    return printf("LEAK udp reply\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
