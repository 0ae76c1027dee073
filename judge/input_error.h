// Bad input (a problem file, a languages file, a submission path): a clear message naming the file,
// line and column. The CLI turns it into exit status 2; it is never a verdict.
#pragma once

#include <stdexcept>
#include <string>

namespace judge {

class InputError : public std::runtime_error {
 public:
  // "FILE:LINE:COLUMN: MESSAGE" (line and column omitted when 0).
  InputError(const std::string& file, unsigned line, unsigned column, const std::string& message);
  explicit InputError(const std::string& message) : std::runtime_error(message) {}
};

}  // namespace judge
