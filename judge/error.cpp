#include "judge/error.h"

namespace judge {

void throw_errno(const std::string& what, int err) {
  throw JudgeError(what + ": " + base::errno_text(err));
}

}  // namespace judge
