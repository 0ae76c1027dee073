// Errors of the sandbox itself (never of the boxed program): they become IE.
#pragma once

#include <cerrno>
#include <stdexcept>
#include <string>

namespace sandbox {

class SandboxError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "what: strerror(err)"
[[noreturn]] void throw_errno(const std::string& what, int err = errno);
std::string errno_text(int err);

}  // namespace sandbox
