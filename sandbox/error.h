// Errors of the sandbox itself (never of the boxed program): they become IE.
#pragma once

#include <cerrno>
#include <string>

#include "base/error.h"

namespace sandbox {

class SandboxError : public base::Error {
 public:
  using base::Error::Error;
};

// Throws SandboxError "what: strerror(err)".
[[noreturn]] void throw_errno(const std::string& what, int err = errno);
using base::errno_text;

}  // namespace sandbox
