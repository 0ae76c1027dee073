#include <iostream>

#include "cli/commands.h"
#include "cli/usage_error.h"

namespace cli {
int cmd_doctor(int, char**) {
  std::cerr << "judge doctor: not built yet\n";
  return kExitUsage;
}
}  // namespace cli
