#include "sandbox/error.h"

namespace sandbox {

void throw_errno(const std::string& what, int err) {
  throw SandboxError(what + ": " + errno_text(err));
}

}  // namespace sandbox
