#include "sandbox/error.h"

#include <cstring>

namespace sandbox {

std::string errno_text(int err) {
  char buf[256];
  return std::string(strerror_r(err, buf, sizeof buf));
}

void throw_errno(const std::string& what, int err) {
  throw SandboxError(what + ": " + errno_text(err));
}

}  // namespace sandbox
