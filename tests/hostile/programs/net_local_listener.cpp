// hostile: listens on the box's own loopback and talks to itself. Allowed: lo belongs to the box's network
// namespace alone, so this reaches nothing outside (the host listener stays untouched).
// verdict: AC
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
