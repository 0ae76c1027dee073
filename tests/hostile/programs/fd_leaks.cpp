// hostile: looks for descriptors inherited from the judge (its listener, other runs' files, the box's
// channels): only 0, 1 and 2 may be open, none a directory or a terminal.
// verdict: AC
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <iostream>
#include <set>
#include <string>

int main() {
  std::set<int> open_fds;
  DIR* dir = opendir("/proc/self/fd");
  for (dirent* e; (e = readdir(dir));)
    if (e->d_name[0] != '.' && std::stoi(e->d_name) != dirfd(dir)) open_fds.insert(std::stoi(e->d_name));
  closedir(dir);
  for (int fd = 0; fd < 65536; ++fd)
    if (fcntl(fd, F_GETFD) >= 0) open_fds.insert(fd);
  if (open_fds != std::set<int>{0, 1, 2}) {
    std::cout << "LEAK fds:";
    for (int fd : open_fds) std::cout << " " << fd;
    std::cout << "\n";
    return 0;
  }
  for (int fd = 0; fd < 3; ++fd) {
    struct stat st;
    if (fstat(fd, &st) != 0 || S_ISDIR(st.st_mode) || isatty(fd)) {
      std::cout << "LEAK fd " << fd << " is a directory or a terminal\n";
      return 0;
    }
  }
  long a, b;
  std::cin >> a >> b;
  std::cout << a + b << "\n";
}
