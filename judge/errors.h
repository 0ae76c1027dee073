// The two kinds of failure that are not a submission's verdict:
// - InputError: bad input (a problem file, a languages file, a submission path), with a clear
//   message naming the file, line and column. The CLI turns it into exit status 2.
// - JudgeError: a failure of the judge itself (its files, its cache, its work directories); a
//   grading that meets one is IE. It is a base::Error, like the sandbox's own SandboxError.
#pragma once

#include <cerrno>
#include <stdexcept>
#include <string>

#include "base/error.h"

namespace judge {

class InputError : public std::runtime_error {
 public:
  // "FILE:LINE:COLUMN: MESSAGE" (line and column omitted when 0).
  InputError(const std::string& file, unsigned line, unsigned column, const std::string& message);
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

class JudgeError : public base::Error {
 public:
  using base::Error::Error;
};

// Throws JudgeError "what: strerror(err)".
[[noreturn]] void throw_errno(const std::string& what, int err = errno);

}  // namespace judge
