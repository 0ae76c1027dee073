// Errors of the judge's own machinery (a system call, a file it needs), never of a judged
// program's: each layer's error type derives from base::Error, so one catch takes them all.
#pragma once

#include <cerrno>
#include <stdexcept>
#include <string>

namespace base {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A system call of base code failed.
class SystemError : public Error {
 public:
  using Error::Error;
};

// "what: strerror(err)"
[[noreturn]] void throw_system_error(const std::string& what, int err = errno);
std::string errno_text(int err);

}  // namespace base
