// hostile: opens the devices a box must not have (memory, disks, terminals, kernel log, kvm, tun, fuse) and
// makes its own char device with mknod. /dev is a read-only tmpfs with five nodes, and mknod of a device
// needs CAP_MKNOD in the host's user namespace.
// verdict: AC
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>
int main(void) {
  const char* devices[] = {"/dev/mem", "/dev/kmem", "/dev/port", "/dev/kmsg", "/dev/sda", "/dev/vda", "/dev/nvme0n1",
                           "/dev/tty", "/dev/tty0", "/dev/console", "/dev/ptmx", "/dev/pts/ptmx", "/dev/kvm",
                           "/dev/net/tun", "/dev/fuse", "/dev/loop0", "/dev/loop-control", "/dev/vsock"};
  for (unsigned i = 0; i < sizeof devices / sizeof *devices; ++i)
    if (access(devices[i], F_OK) == 0) return printf("LEAK %s exists\n", devices[i]), 0;
  if (mknod("/box/mem", S_IFCHR | 0666, makedev(1, 1)) == 0) return printf("LEAK mknod /box/mem\n"), 0;
  if (mknod("/tmp/vda", S_IFBLK | 0666, makedev(254, 0)) == 0) return printf("LEAK mknod /tmp/vda\n"), 0;
  if (mknod("/dev/mem", S_IFCHR | 0666, makedev(1, 1)) == 0) return printf("LEAK mknod /dev/mem\n"), 0;
  if (open("/dev/hostile", O_CREAT | O_WRONLY, 0644) >= 0) return printf("LEAK /dev is writable\n"), 0;
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
