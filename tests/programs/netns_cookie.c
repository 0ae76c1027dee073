/* Prints the cookie of the network namespace it runs in: a 64-bit number the kernel never gives to
 * another namespace. The inode of /proc/self/ns/net is no such identity: it is handed to the next
 * namespace made once this one is freed (two boxes one after the other can show the same). */
#include <stdio.h>
#include <sys/socket.h>

#ifndef SO_NETNS_COOKIE
#define SO_NETNS_COOKIE 71 /* Linux 5.14 */
#endif

int main(void) {
  unsigned long long cookie = 0;
  socklen_t size = sizeof cookie;
  int s = socket(AF_UNIX, SOCK_DGRAM, 0);
  if (s < 0 || getsockopt(s, SOL_SOCKET, SO_NETNS_COOKIE, &cookie, &size) != 0) {
    perror("netns cookie");
    return 1;
  }
  printf("cookie:%llu\n", cookie);
  return 0;
}
