// Errors of the judge itself (its files, its cache, its work directories), as opposed to a
// submission's verdict or a problem's bad input (InputError): a grading that meets one is IE.
#pragma once

#include <cerrno>
#include <string>

#include "base/error.h"

namespace judge {

class JudgeError : public base::Error {
 public:
  using base::Error::Error;
};

// Throws JudgeError "what: strerror(err)".
[[noreturn]] void throw_errno(const std::string& what, int err = errno);

}  // namespace judge
