// hostile: asks the kernel over rtnetlink to add an address to lo and to take lo down. seccomp refuses
// netlink sockets (their messages are kernel memory no cgroup charges); were one to open, changes
// would need CAP_NET_ADMIN over the network namespace and the kernel would ack with EPERM.
// verdict: AC
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <net/if.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
static int nl_request(int s, struct nlmsghdr* msg, int flags) {  // returns the ack's error (0 = done)
  msg->nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK | flags;
  if (send(s, msg, msg->nlmsg_len, 0) < 0) return -1;
  char buf[4096];
  ssize_t n = recv(s, buf, sizeof buf, 0);
  struct nlmsghdr* h = (struct nlmsghdr*)buf;
  if (n < (ssize_t)sizeof *h || h->nlmsg_type != NLMSG_ERROR) return -2;
  return ((struct nlmsgerr*)NLMSG_DATA(h))->error;
}
int main(void) {
  int s = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
  if (s < 0 && errno != EPERM) {
    printf("LEAK netlink socket refused by the kernel, not by seccomp: %s\n", strerror(errno));
    return 0;
  }
  struct { struct nlmsghdr h; struct ifaddrmsg a; struct rtattr rta; unsigned char ip[4]; } add = {
      {sizeof add, RTM_NEWADDR}, {AF_INET, 8, 0, 0, if_nametoindex("lo")}, {RTA_LENGTH(4), IFA_LOCAL}, {10, 9, 8, 7}};
  struct { struct nlmsghdr h; struct ifinfomsg i; } down = {  // lo: clear IFF_UP
      {sizeof down, RTM_NEWLINK}, {AF_UNSPEC, 0, 0, (int)if_nametoindex("lo"), 0, IFF_UP}};
  int e1 = nl_request(s, &add.h, NLM_F_CREATE | NLM_F_EXCL), e2 = nl_request(s, &down.h, 0);
  if (s >= 0 && (e1 != -EPERM || e2 != -EPERM)) {
    printf("LEAK netlink: add address %d, lo down %d\n", e1, e2);
    return 0;
  }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
