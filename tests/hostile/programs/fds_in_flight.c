// hostile: leaves its stdout and stderr pipes "in flight": sent over a unix socket pair whose two
// ends are then sent into each other's queue, so no process holds them, yet the pipes' write ends
// stay open until the kernel's garbage collector happens to run. A judge that waits for EOF on
// the output pipes after the box is gone would wait forever.
// verdict: AC
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
static void send_fd(int socket, int fd) {
  char byte = 'x';
  struct iovec io = {&byte, 1};
  char control[CMSG_SPACE(sizeof(int))];
  memset(control, 0, sizeof control);
  struct msghdr message = {0};
  message.msg_iov = &io;
  message.msg_iovlen = 1;
  message.msg_control = control;
  message.msg_controllen = sizeof control;
  struct cmsghdr* header = CMSG_FIRSTHDR(&message);
  header->cmsg_level = SOL_SOCKET;
  header->cmsg_type = SCM_RIGHTS;
  header->cmsg_len = CMSG_LEN(sizeof(int));
  memcpy(CMSG_DATA(header), &fd, sizeof fd);
  sendmsg(socket, &message, 0);
}
int main(void) {
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  fflush(stdout);
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) != 0) return 0;
  send_fd(pair[0], 1);
  send_fd(pair[0], 2);
  send_fd(pair[0], pair[1]);
  send_fd(pair[1], pair[0]);
  return 0;
}
