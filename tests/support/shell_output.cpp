#include "tests/support/shell_output.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>

namespace test {

ShellOutput run_shell(const std::string& command) {
  ShellOutput o;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return o;
  std::array<char, 4096> buf;
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe)) o.out.append(buf.data(), n);
  int status = ::pclose(pipe);
  o.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return o;
}

}  // namespace test
