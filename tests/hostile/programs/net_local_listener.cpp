// hostile: listens on the box's own loopback to talk to itself, or to hold TCP connections nobody
// accepts (kernel memory no cgroup charges, shared with the host's TCP). seccomp refuses inet
// sockets; were one to open, lo would belong to the box's network namespace alone, and the host
// listener on the same port would stay untouched.
// verdict: AC
#include <errno.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <iostream>
#include <string>

int main() {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(@HOST_PORT@);  // the host's port number, free in the box's own namespace
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  int server = socket(AF_INET, SOCK_STREAM, 0);
  if (server < 0) {
    if (errno != EPERM) std::cout << "LEAK inet refused by the kernel, not by seccomp\n";
    long a, b;
    std::cin >> a >> b;
    std::cout << a + b << "\n";
    return 0;
  }
  if (bind(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(server, 1) != 0) {
    std::cout << "lo unusable\n";
    return 0;
  }
  int client = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(client, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) return 1;
  long a, b;
  std::cin >> a >> b;
  std::string sum = std::to_string(a + b);
  write(client, sum.data(), sum.size());
  close(client);
  int conn = accept(server, nullptr, nullptr);
  char buf[32] = {};
  read(conn, buf, sizeof buf - 1);
  std::cout << buf << "\n";
}
