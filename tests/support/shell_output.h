// Runs a shell command and keeps its exit status and output (stdout and stderr together): how the
// CLI tests drive the real judge binary.
#pragma once

#include <string>

namespace test {

struct ShellOutput {
  int status = -1;  // the exit code; -1 when the command was killed by a signal
  std::string out;
};

ShellOutput run_shell(const std::string& command);

}  // namespace test
