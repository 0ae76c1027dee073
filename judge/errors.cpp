#include "judge/errors.h"

namespace judge {
namespace {

std::string locate(const std::string& file, unsigned line, unsigned column,
                   const std::string& message) {
  std::string where = file;
  if (line) where += ":" + std::to_string(line);
  if (line && column) where += ":" + std::to_string(column);
  return where + ": " + message;
}

}  // namespace

InputError::InputError(const std::string& file, unsigned line, unsigned column,
                       const std::string& message)
    : std::runtime_error(locate(file, line, column, message)) {}

void throw_errno(const std::string& what, int err) {
  throw JudgeError(what + ": " + base::errno_text(err));
}

}  // namespace judge
