// hostile: opens raw IP and packet sockets (sniffing, spoofing). They need CAP_NET_RAW, which the program
// does not have in any namespace.
// verdict: AC
#include <arpa/inet.h>
#include <linux/if_ether.h>
#include <netinet/in.h>
#include <stdio.h>
#include <sys/socket.h>
int main(void) {
  struct { int domain, type, protocol; const char* name; } kinds[] = {
      {AF_INET, SOCK_RAW, IPPROTO_RAW, "AF_INET raw"},       {AF_INET, SOCK_RAW, IPPROTO_ICMP, "AF_INET icmp"},
      {AF_INET6, SOCK_RAW, IPPROTO_RAW, "AF_INET6 raw"},     {AF_PACKET, SOCK_RAW, htons(ETH_P_ALL), "AF_PACKET raw"},
      {AF_PACKET, SOCK_DGRAM, htons(ETH_P_IP), "AF_PACKET dgram"}};
  for (unsigned i = 0; i < sizeof kinds / sizeof *kinds; ++i)
    if (socket(kinds[i].domain, kinds[i].type, kinds[i].protocol) >= 0) {
      printf("LEAK %s\n", kinds[i].name);
      return 0;
    }
  long a, b;
  if (scanf("%ld %ld", &a, &b) != 2) return 1;
  printf("%ld\n", a + b);
  return 0;
}
