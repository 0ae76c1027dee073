// hostile (interactive): reads the interactor's first line, then leaves its stdin and stdout
// pipes "in flight" (sent over a unix socket pair whose ends are sent into each other's queue)
// and exits without answering. No process holds the pipes, yet they stay open until the kernel's
// garbage collector runs: an interactor reading its stdin would wait for EOF until its own wall
// limit, and the test would be IE (the interactor's fault) instead of WA (the program's).
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
  char line[64];
  if (!fgets(line, sizeof line, stdin)) return 1;
  int pair[2];
  if (socketpair(AF_UNIX, SOCK_DGRAM, 0, pair) != 0) return 1;
  send_fd(pair[0], 0);
  send_fd(pair[0], 1);
  send_fd(pair[0], pair[1]);
  send_fd(pair[1], pair[0]);
  return 0;
}
