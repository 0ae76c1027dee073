// hostile: talks to the hypervisor over vsock (and to other kernel socket families: Bluetooth,
// CAN, TIPC, RDS, ALG), with socket() and with socketpair(). A network namespace does not confine
// vsock; seccomp refuses every family but unix, inet, inet6 and netlink (socketpair: unix only).
// verdict: AC
#include <errno.h>
#include <linux/vm_sockets.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>
int main(void) {
  int families[] = {AF_VSOCK, AF_BLUETOOTH, AF_CAN, AF_TIPC, AF_RDS, AF_ALG, AF_XDP, AF_KEY, AF_PACKET};
  for (unsigned i = 0; i < sizeof families / sizeof *families; ++i)
    for (int type = SOCK_STREAM; type <= SOCK_SEQPACKET; ++type) {
      int fd = socket(families[i], type, 0);
      if (fd >= 0) {
        printf("LEAK socket family %d type %d\n", families[i], type);
        return 0;
      }
      if (errno != EPERM) {
        printf("LEAK family %d type %d reached the kernel (%s)\n", families[i], type, strerror(errno));
        return 0;
      }
    }
  /* socketpair runs the family's socket code too (AF_TIPC makes working pairs). */
  for (unsigned i = 0; i < sizeof families / sizeof *families; ++i) {
    int pair[2];
    if (socketpair(families[i], SOCK_SEQPACKET, 0, pair) == 0 || errno != EPERM) {
      printf("LEAK socketpair family %d (%s)\n", families[i], strerror(errno));
      return 0;
    }
  }
  struct sockaddr_vm host = {.svm_family = AF_VSOCK, .svm_cid = VMADDR_CID_HOST, .svm_port = 22};
  (void)host;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
